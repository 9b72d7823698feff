#include <backroutine/store/paths.hpp>

#include <cstdlib>

namespace br::store {
namespace {

namespace fs = std::filesystem;

// An XDG base directory: the variable if it holds an absolute path, else $HOME/fallback.
fs::path base_dir(const EnvLookup& env, std::string_view variable, std::string_view fallback) {
    if (auto value = env(variable); value && !value->empty() && fs::path(*value).is_absolute()) {
        return *value;
    }
    const auto home = env("HOME");
    return fs::path(home && !home->empty() ? *home : "/") / fallback;
}

} // namespace

EnvLookup process_env() {
    return [](std::string_view name) -> std::optional<std::string> {
        const char* value = std::getenv(std::string(name).c_str());
        if (value == nullptr) {
            return std::nullopt;
        }
        return std::string(value);
    };
}

std::vector<fs::path> catalog_dirs(const EnvLookup& env) {
    std::vector<fs::path> system;
    std::string dirs = env("XDG_DATA_DIRS").value_or("");
    if (dirs.empty()) {
        dirs = "/usr/local/share:/usr/share";
    }
    std::size_t start = 0;
    while (start <= dirs.size()) {
        std::size_t end = dirs.find(':', start);
        if (end == std::string::npos) {
            end = dirs.size();
        }
        const fs::path dir = dirs.substr(start, end - start);
        // The installed copy of the built-in catalog is already in the binary.
        if (dir.is_absolute() && (dir / "backroutine" / "catalog") != fs::path(BR_INSTALLED_CATALOG)) {
            system.push_back(dir / "backroutine" / "catalog");
        }
        start = end + 1;
    }
    // The first directory of XDG_DATA_DIRS matters most, so it is layered last.
    std::vector<fs::path> out(system.rbegin(), system.rend());
    out.push_back(base_dir(env, "XDG_DATA_HOME", ".local/share") / "backroutine" / "catalog");
    return out;
}

fs::path config_file(const EnvLookup& env) {
    return base_dir(env, "XDG_CONFIG_HOME", ".config") / "backroutine" / "config.yaml";
}

fs::path state_dir(const EnvLookup& env) {
    return base_dir(env, "XDG_STATE_HOME", ".local/state") / "backroutine";
}

} // namespace br::store
