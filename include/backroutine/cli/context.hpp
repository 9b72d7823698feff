#pragma once
#include <backroutine/catalog/loader.hpp>
#include <backroutine/cli/app.hpp>
#include <backroutine/error.hpp>
#include <backroutine/model/catalog.hpp>
#include <backroutine/model/settings.hpp>
#include <backroutine/render/style.hpp>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace br::cli {

/// The config file in use and what reading it found.
struct ConfigFile {
    std::filesystem::path path;
    bool named_by_env = false; // BACKROUTINE_CONFIG names it
    bool exists = false;
    model::Settings settings;         // the defaults with the file's valid values laid over them
    catalog::Diagnostics diagnostics; // every problem, positioned
    std::optional<Error> unreadable;  // the file could not be read
    [[nodiscard]] bool broken() const { return !diagnostics.empty() || unreadable.has_value(); }
};

/// State shared by the subcommands: global options, streams, and the
/// catalog, loaded on first use.
class Context {
public:
    explicit Context(Io io) : m_io(std::move(io)) {}

    std::ostream& out() { return m_io.out; }
    std::ostream& err() { return m_io.err; }
    const store::EnvLookup& env() const { return m_io.env; }
    bool out_is_terminal() const { return m_io.out_is_terminal; }
    bool in_is_terminal() const { return m_io.in_is_terminal; }
    /// True when the locale's characters are UTF-8 (LC_ALL, LC_CTYPE, LANG), so braille can be printed.
    bool utf8_locale() const;
    /// The width tables fit: the terminal's; piped, $COLUMNS or 80 (0: no limit).
    std::size_t columns() const { return static_cast<std::size_t>(std::max(m_io.columns, 0)); }

    /// Output style: colour when the settings allow it and the output is a terminal.
    render::Style style();

    /// The layered catalog; prints every problem and throws (exit 65) when invalid.
    const model::Catalog& catalog();

    /// Layers before the command's own files: built-in, XDG, --catalog.
    std::vector<std::filesystem::path> user_layers() const;

    /// The config file (BACKROUTINE_CONFIG, else the XDG one), read once;
    /// problems are kept in it, not thrown.
    const ConfigFile& config();

    /// `base` with the environment and then `flags` laid over it; throws
    /// (exit 2) for an invalid environment value.
    [[nodiscard]] model::Settings resolve(model::Settings base) const;

    /// The settings every command reads: defaults < config < environment <
    /// flags, resolved once; prints every config problem and throws (exit
    /// 65) when the config is invalid.
    const model::Settings& settings();

    /// A routine named by REF (an id, a routine file, or `-`) or by
    /// `--step` arguments; a file's entries join the catalog.
    const model::Routine& routine(const std::string& ref, const std::vector<std::string>& steps);

    std::vector<std::string> catalog_paths; // --catalog, in order
    model::SettingFlags flags;              // bound by the commands' options
    bool quiet = false;
    int exit_code = 0;

    /// Why `id` is not in the catalog: the user file that gives it was left
    /// out ("': mine.yaml has 2 problems, see …"), or a "did you mean" among `ids`.
    std::string why_missing(std::string_view id, const std::vector<std::string>& ids);

private:
    void load_catalog(std::optional<catalog::Layer> extra);
    void warn_left_out(const catalog::Loaded& loaded);
    static std::string left_out_note(const catalog::LeftOut& file);

    Io m_io;
    std::optional<model::Catalog> m_catalog;
    std::optional<ConfigFile> m_config;
    std::optional<model::Settings> m_settings;
    std::optional<model::Routine> m_routine;
    std::vector<catalog::LeftOut> m_left_out;
};

} // namespace br::cli
