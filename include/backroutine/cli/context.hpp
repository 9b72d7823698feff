#pragma once
#include <backroutine/catalog/loader.hpp>
#include <backroutine/cli/app.hpp>
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

/// State shared by the subcommands: global options, streams, and the
/// catalog, loaded on first use.
class Context {
public:
    explicit Context(Io io) : m_io(std::move(io)) {}

    std::ostream& out() { return m_io.out; }
    std::ostream& err() { return m_io.err; }
    const store::EnvLookup& env() const { return m_io.env; }
    bool out_is_terminal() const { return m_io.out_is_terminal; }
    /// The width tables fit: the terminal's, or 0 (no limit) when piped.
    std::size_t columns() const { return static_cast<std::size_t>(std::max(m_io.columns, 0)); }

    /// Output style after --no-color, NO_COLOR, TERM=dumb, the config's
    /// `color` and the terminal check.
    render::Style style();

    /// The layered catalog; prints every problem and throws (exit 65) when invalid.
    const model::Catalog& catalog();

    /// Layers before the command's own files: built-in, XDG, --catalog.
    std::vector<std::filesystem::path> user_layers() const;

    /// The config file's settings under the environment's; loaded once,
    /// printing every problem and throwing (exit 65) when invalid.
    const model::Settings& settings();

    /// A routine named by REF (an id, a routine file, or `-`) or by
    /// `--step` arguments; a file's entries join the catalog.
    const model::Routine& routine(const std::string& ref, const std::vector<std::string>& steps);

    std::vector<std::string> catalog_paths; // --catalog, in order
    bool no_color = false;
    bool quiet = false;
    int exit_code = 0;

private:
    void load_catalog(std::optional<catalog::Layer> extra);

    Io m_io;
    std::optional<model::Catalog> m_catalog;
    std::optional<model::Settings> m_settings;
    std::optional<model::Routine> m_routine;
};

} // namespace br::cli
