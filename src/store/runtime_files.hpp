#pragma once
// The per-process state files under the runtime directory, shared by the
// reminder's and the run's state: written atomically, named by pid, and
// left out (and removed) once their process is gone.
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace br::store::runtime {

/// `<prefix>-<pid>.json` in `dir`.
std::filesystem::path state_file(const std::filesystem::path& dir, const std::string& prefix, int pid);

/// Writes `json` to this process's file; failures are ignored (status is a
/// nicety, the reminder or the run goes on).
void publish(const std::filesystem::path& dir, const std::string& prefix, int pid, const nlohmann::json& json);

/// Removes this process's file.
void withdraw(const std::filesystem::path& dir, const std::string& prefix, int pid);

/// The objects of the files whose process still runs (the `pid` field);
/// files of dead processes are removed, unreadable ones skipped.
std::vector<nlohmann::json> live(const std::filesystem::path& dir, const std::string& prefix);

/// At most the first 4 KiB of `path` ("" when it cannot be read): a state file is small.
std::string read_small(const std::filesystem::path& path);

} // namespace br::store::runtime
