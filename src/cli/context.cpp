#include <backroutine/catalog/builtin.hpp>
#include <backroutine/catalog/config.hpp>
#include <backroutine/catalog/loader.hpp>
#include <backroutine/cli/context.hpp>
#include <backroutine/error.hpp>
#include <backroutine/plan/steps.hpp>
#include <backroutine/util/text.hpp>

#include <ostream>

namespace br::cli {

render::Style Context::style() {
    const auto no_color_env = env()("NO_COLOR");
    const auto term = env()("TERM");
    const bool color = !no_color && !(no_color_env && !no_color_env->empty()) && !(term && *term == "dumb") &&
                       out_is_terminal() && settings().color;
    return render::Style{color};
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
    }
    if (extra) {
        layers.push_back(std::move(*extra));
    }
    catalog::Loaded loaded = catalog::load_layers(std::move(layers), catalog::builtin_catalog());
    if (!loaded.diagnostics.empty()) {
        err() << catalog::format_all(loaded.diagnostics);
        throw Error("the catalog has " + std::to_string(loaded.diagnostics.size()) + " problem" +
                        (loaded.diagnostics.size() == 1 ? "" : "s"),
                    ExitCode::data);
    }
    m_catalog = std::move(loaded.catalog);
}

const model::Settings& Context::settings() {
    if (m_settings) {
        return *m_settings;
    }
    model::Settings settings;
    const auto override_path = env()("BACKROUTINE_CONFIG");
    const std::filesystem::path path =
        override_path && !override_path->empty() ? std::filesystem::path(*override_path) : store::config_file(env());
    std::error_code error;
    if (std::filesystem::exists(path, error) || (override_path && !override_path->empty())) {
        catalog::Diagnostics diagnostics;
        catalog::read_settings({path.string(), catalog::read_input_file(path)}, settings, diagnostics);
        if (!diagnostics.empty()) {
            err() << catalog::format_all(diagnostics);
            throw Error("the config file has problems", ExitCode::data);
        }
    }
    if (const auto intensity = env()("BACKROUTINE_INTENSITY"); intensity && !intensity->empty()) {
        const auto value = model::parse_enum<model::RoutineIntensity>(*intensity);
        if (!value) {
            throw Error("BACKROUTINE_INTENSITY must be gentle, standard or full, not '" + util::sanitize(*intensity) +
                            "'",
                        ExitCode::usage);
        }
        settings.intensity = value;
    }
    m_settings = settings;
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
            throw Error("no routine '" + util::sanitize(ref) + "'" + util::did_you_mean(ref, catalog().routine_ids()),
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

} // namespace br::cli
