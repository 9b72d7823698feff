#pragma once
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace br::store {

/// Looks up an environment variable; injected so tests control it.
using EnvLookup = std::function<std::optional<std::string>(std::string_view)>;

/// The process environment.
EnvLookup process_env();

/// User catalog directories, least important first:
/// `$XDG_DATA_DIRS/backroutine/catalog` (reversed), then `$XDG_DATA_HOME/backroutine/catalog`.
/// The directory the package installs the built-in catalog to is left out:
/// the binary carries the same files.
std::vector<std::filesystem::path> catalog_dirs(const EnvLookup& env);

/// `$XDG_CONFIG_HOME/backroutine/config.yaml` (default `~/.config/...`).
std::filesystem::path config_file(const EnvLookup& env);

/// `$XDG_STATE_HOME/backroutine` (default `~/.local/state/backroutine`).
std::filesystem::path state_dir(const EnvLookup& env);

} // namespace br::store
