#include <backroutine/catalog/loader.hpp>
#include <backroutine/cli/context.hpp>
#include <backroutine/error.hpp>

#include <ostream>

namespace br::cli {

render::Style Context::style() const {
    const auto no_color_env = env()("NO_COLOR");
    const auto term = env()("TERM");
    const bool color = !no_color && !(no_color_env && !no_color_env->empty()) && !(term && *term == "dumb") &&
                       out_is_terminal();
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
    if (m_catalog) {
        return *m_catalog;
    }
    std::vector<catalog::Layer> layers{catalog::builtin_layer()};
    for (const auto& path : user_layers()) {
        layers.push_back(catalog::read_layer(path));
    }
    catalog::Loaded loaded = catalog::load_layers(layers);
    if (!loaded.diagnostics.empty()) {
        err() << catalog::format_all(loaded.diagnostics);
        throw Error("the catalog has " + std::to_string(loaded.diagnostics.size()) + " problem" +
                        (loaded.diagnostics.size() == 1 ? "" : "s"),
                    ExitCode::data);
    }
    m_catalog = std::move(loaded.catalog);
    return *m_catalog;
}

} // namespace br::cli
