#include <backroutine/catalog/builtin.hpp>
#include <backroutine/catalog/config.hpp>
#include <backroutine/catalog/loader.hpp>
#include <backroutine/cli/context.hpp>
#include <backroutine/error.hpp>
#include <backroutine/plan/steps.hpp>
#include <backroutine/util/text.hpp>

#include <algorithm>
#include <cctype>
#include <ostream>

namespace br::cli {

render::Style Context::style() {
    // Colour only matters on a terminal: a pipe never reads the config for it.
    return render::Style{out_is_terminal() && settings().color};
}

std::vector<std::filesystem::path> Context::user_layers() const {
    std::vector<std::filesystem::path> layers;
    std::error_code error;
    for (const auto& dir : store::catalog_dirs(env())) {
        if (std::filesystem::is_directory(dir, error)) {
            layers.push_back(dir);
        }
    }
    for (const auto& path : catalog_paths) {
        layers.emplace_back(path);
    }
    return layers;
}

const model::Catalog& Context::catalog() {
    if (!m_catalog) {
        load_catalog(std::nullopt);
    }
    return *m_catalog;
}

void Context::load_catalog(std::optional<catalog::Layer> extra) {
    std::vector<catalog::Layer> layers;
    for (const auto& path : user_layers()) {
        layers.push_back(catalog::read_layer(path));
        layers.back().lenient = true; // a broken user file is left out, never locks the rest out
    }
    if (extra) {
        layers.push_back(std::move(*extra));
    }
    catalog::Loaded loaded = catalog::load_layers(std::move(layers), catalog::builtin_catalog());
    warn_left_out(loaded);
    m_left_out = std::move(loaded.left_out);
    if (!loaded.diagnostics.empty()) {
        err() << catalog::format_all(loaded.diagnostics);
        throw Error("the catalog has " + std::to_string(loaded.diagnostics.size()) + " problem" +
                        (loaded.diagnostics.size() == 1 ? "" : "s"),
                    ExitCode::data);
    }
    m_catalog = std::move(loaded.catalog);
}

const ConfigFile& Context::config() {
    if (m_config) {
        return *m_config;
    }
    ConfigFile config;
    const auto named = env()("BACKROUTINE_CONFIG");
    config.named_by_env = named && !named->empty();
    config.path = config.named_by_env ? std::filesystem::path(*named) : store::config_file(env());
    std::error_code error;
    config.exists = std::filesystem::exists(config.path, error);
    // A file the environment names must be there; the XDG one is optional,
    // but one that cannot even be looked at (a symlink loop, no permission) is said.
    if (config.exists || config.named_by_env || error) {
        try {
            const catalog::SourceFile file{config.path.string(), catalog::read_input_file(config.path)};
            catalog::read_settings(file, config.settings, config.diagnostics);
        } catch (const Error& failure) { // recoverable here: doctor reports it, settings() throws it
            config.unreadable = failure;
        }
    }
    m_config = std::move(config);
    return *m_config;
}

model::Settings Context::resolve(model::Settings base) const {
    if (const auto intensity = env()("BACKROUTINE_INTENSITY"); intensity && !intensity->empty()) {
        const auto value = model::parse_enum<model::RoutineIntensity>(*intensity);
        if (!value) {
            throw Error("BACKROUTINE_INTENSITY must be gentle, standard or full, not '" + util::sanitize(*intensity) +
                            "'",
                        ExitCode::usage);
        }
        base.intensity = value;
    }
    const auto no_color = env()("NO_COLOR");
    const auto term = env()("TERM");
    if ((no_color && !no_color->empty()) || (term && *term == "dumb")) {
        base.color = false;
    }
    if (!flags.intensity.empty()) {
        base.intensity = model::parse_enum<model::RoutineIntensity>(flags.intensity);
    }
    base.color = base.color && !flags.no_color;
    base.bell = base.bell && !flags.no_bell;
    base.voice = base.voice || flags.voice;
    base.log = base.log && !flags.no_log;
    return base;
}

void Context::warn_left_out(const catalog::Loaded& loaded) {
    for (const auto& message : loaded.unreadable) {
        err() << "backroutine: warning: " << message << "; left out\n";
    }
    err() << catalog::format_all(loaded.warnings, "warning");
    for (const auto& file : loaded.left_out) {
        if (!file.empty) {
            err() << "backroutine: warning: " << catalog::quote_file_name(file.file) << " is left out"
                  << left_out_note(file) << "\n";
        }
    }
}

std::string Context::left_out_note(const catalog::LeftOut& file) {
    const std::string name = catalog::quote_file_name(file.file);
    return " (" + std::to_string(file.problems) + " problem" + (file.problems == 1 ? "" : "s") +
           "; see `backroutine validate " + name + "`)";
}

std::string Context::why_missing(std::string_view id, const std::vector<std::string>& ids) {
    (void)catalog();
    for (const auto& file : m_left_out) {
        const bool gives = std::find(file.ids.begin(), file.ids.end(), id) != file.ids.end() ||
                           std::filesystem::path(file.file).stem() == id;
        if (gives) {
            return ": " + catalog::quote_file_name(file.file) + " has " + std::to_string(file.problems) + " problem" +
                   (file.problems == 1 ? "" : "s") + ", see `backroutine validate " +
                   catalog::quote_file_name(file.file) + "`";
        }
    }
    return util::did_you_mean(id, ids);
}

const model::Settings& Context::settings() {
    if (m_settings) {
        return *m_settings;
    }
    const ConfigFile& file = config();
    if (file.unreadable) {
        throw *file.unreadable;
    }
    if (!file.diagnostics.empty()) {
        err() << catalog::format_all(file.diagnostics);
        throw Error("the config file has problems", ExitCode::data);
    }
    m_settings = resolve(file.settings);
    return *m_settings;
}

const model::Routine& Context::routine(const std::string& ref, const std::vector<std::string>& steps) {
    // One command names one routine; resolve it once (stdin can be read only once).
    if (m_routine) {
        return *m_routine;
    }
    if (!steps.empty()) {
        if (!ref.empty()) {
            throw Error("give a routine or --step, not both", ExitCode::usage);
        }
        m_routine = plan::routine_from_steps(steps, catalog());
        return *m_routine;
    }
    if (ref.empty()) {
        throw Error("name a routine (see 'backroutine list routines'), a routine file, - or --step", ExitCode::usage);
    }
    const bool looks_like_path =
        ref == "-" || ref.find('/') != std::string::npos || ref.ends_with(".yaml") || ref.ends_with(".yml");
    if (!looks_like_path) {
        if (const auto* found = catalog().find_routine(ref)) {
            m_routine = *found;
            return *m_routine;
        }
        std::error_code error;
        if (!std::filesystem::exists(ref, error)) {
            if (catalog().find_exercise(ref) != nullptr) {
                throw Error("no routine '" + util::sanitize(ref) + "': it is an exercise; use --step " +
                                util::sanitize(ref) + " (or --step " + util::sanitize(ref) + ":DOSE)",
                            ExitCode::usage);
            }
            throw Error("no routine '" + util::sanitize(ref) + "'" + why_missing(ref, catalog().routine_ids()),
                        ExitCode::usage);
        }
    }
    std::error_code error;
    if (ref != "-" && std::filesystem::is_directory(ref, error)) {
        throw Error("cannot read '" + util::sanitize(ref) + "': it is a directory (a routine file is one YAML file)",
                    ExitCode::no_input);
    }
    catalog::Layer layer = catalog::read_layer(ref);
    const std::string file = layer.files.front().name;
    load_catalog(std::move(layer));
    std::vector<const model::Routine*> from_file;
    for (const auto& routine : m_catalog->routines()) {
        if (routine.origin.file == file) {
            from_file.push_back(&routine);
        }
    }
    if (from_file.size() != 1) {
        throw Error("'" + util::sanitize(file) + "' holds " + std::to_string(from_file.size()) +
                        " routines; a routine file holds exactly one",
                    ExitCode::data);
    }
    m_routine = *from_file.front();
    return *m_routine;
}

bool Context::utf8_locale() const {
    for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
        if (auto value = m_io.env(name); value && !value->empty()) {
            std::string lower = *value;
            std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
            return lower.find("utf-8") != std::string::npos || lower.find("utf8") != std::string::npos;
        }
    }
    return false;
}

} // namespace br::cli
