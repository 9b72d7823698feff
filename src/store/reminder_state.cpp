#include "runtime_files.hpp"

#include <backroutine/store/atomic_file.hpp>
#include <backroutine/store/reminder_state.hpp>

#include <nlohmann/json.hpp>

#include <unistd.h>

namespace br::store {
namespace {

namespace fs = std::filesystem;

const std::string k_prefix = "remind";

} // namespace

fs::path runtime_dir(const EnvLookup& env) {
    const auto runtime = env("XDG_RUNTIME_DIR");
    if (runtime && !runtime->empty()) {
        return fs::path(*runtime) / "backroutine";
    }
    return fs::temp_directory_path() / ("backroutine-" + std::to_string(::getuid()));
}

void publish_reminder(const fs::path& dir, const ReminderState& state) {
    runtime::publish(
        dir, k_prefix, state.pid,
        {{"pid", state.pid}, {"next_break", state.next_break}, {"routine", state.routine}, {"mode", state.mode}});
}

void withdraw_reminder(const fs::path& dir, int pid) {
    runtime::withdraw(dir, k_prefix, pid);
}

std::vector<ReminderState> running_reminders(const fs::path& dir) {
    std::vector<ReminderState> states;
    for (const auto& json : runtime::live(dir, k_prefix)) {
        ReminderState state;
        state.pid = json.value("pid", 0);
        state.next_break = json.value("next_break", std::int64_t{0});
        state.routine = json.value("routine", "");
        state.mode = json.value("mode", "");
        states.push_back(state);
    }
    return states;
}

void write_pause(const fs::path& dir, std::int64_t until) {
    std::error_code error;
    fs::create_directories(dir, error);
    write_file_atomically(dir / "pause", std::to_string(until) + "\n");
}

void clear_pause(const fs::path& dir) {
    std::error_code error;
    fs::remove(dir / "pause", error);
}

std::optional<std::int64_t> read_pause(const fs::path& dir, std::int64_t now) {
    const std::string text = runtime::read_small(dir / "pause");
    try {
        const std::int64_t until = std::stoll(text);
        return until > now ? std::optional(until) : std::nullopt;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

} // namespace br::store
