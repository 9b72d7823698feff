#pragma once
#include <backroutine/store/paths.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace br::store {

/// What a running `remind` publishes for `status` (one small JSON file per
/// process under the runtime directory, removed when it ends).
struct ReminderState {
    int pid = 0;
    std::int64_t next_break = 0; // Unix seconds
    std::string routine;
    std::string mode; // active or fixed
};

/// `$XDG_RUNTIME_DIR/backroutine`, or a per-user directory under /tmp without it.
std::filesystem::path runtime_dir(const EnvLookup& env);

/// Writes this process's state (atomically; failures are ignored: status is a nicety).
void publish_reminder(const std::filesystem::path& dir, const ReminderState& state);
/// Removes this process's state file.
void withdraw_reminder(const std::filesystem::path& dir, int pid);
/// The states of the reminders still running; files of dead ones are removed.
std::vector<ReminderState> running_reminders(const std::filesystem::path& dir);

/// `remind pause`: every reminder stays quiet until `until` (Unix seconds).
/// One file for all of them, so it works with none, one or several running.
void write_pause(const std::filesystem::path& dir, std::int64_t until);
void clear_pause(const std::filesystem::path& dir);
/// The end of the pause, if one is set and not over at `now`.
std::optional<std::int64_t> read_pause(const std::filesystem::path& dir, std::int64_t now);

} // namespace br::store
