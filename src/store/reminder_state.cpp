#include <backroutine/store/atomic_file.hpp>
#include <backroutine/store/reminder_state.hpp>

#include <nlohmann/json.hpp>

#include <cerrno>
#include <csignal>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace br::store {
namespace {

namespace fs = std::filesystem;

std::string read_small(const fs::path& path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str().substr(0, 4096);
}

bool alive(int pid) {
    return pid > 0 && (::kill(pid, 0) == 0 || errno == EPERM);
}

} // namespace

fs::path runtime_dir(const EnvLookup& env) {
    const auto runtime = env("XDG_RUNTIME_DIR");
    if (runtime && !runtime->empty()) {
        return fs::path(*runtime) / "backroutine";
    }
    return fs::temp_directory_path() / ("backroutine-" + std::to_string(::getuid()));
}

void publish_reminder(const fs::path& dir, const ReminderState& state) {
    const nlohmann::json json{
        {"pid", state.pid}, {"next_break", state.next_break}, {"routine", state.routine}, {"mode", state.mode}};
    try {
        std::error_code error;
        fs::create_directories(dir, error);
        fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace, error);
        write_file_atomically(dir / ("remind-" + std::to_string(state.pid) + ".json"), json.dump() + "\n");
    } catch (const std::exception&) { // NOLINT(bugprone-empty-catch): status is a nicety, the reminder goes on
    }
}

void withdraw_reminder(const fs::path& dir, int pid) {
    std::error_code error;
    fs::remove(dir / ("remind-" + std::to_string(pid) + ".json"), error);
}

std::vector<ReminderState> running_reminders(const fs::path& dir) {
    std::vector<ReminderState> states;
    std::error_code error;
    for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
        const std::string name = it->path().filename().string();
        if (name.rfind("remind-", 0) != 0 || it->path().extension() != ".json") {
            continue;
        }
        const auto json = nlohmann::json::parse(read_small(it->path()), nullptr, false);
        if (json.is_discarded() || !json.is_object()) {
            continue;
        }
        ReminderState state;
        state.pid = json.value("pid", 0);
        state.next_break = json.value("next_break", std::int64_t{0});
        state.routine = json.value("routine", "");
        state.mode = json.value("mode", "");
        if (!alive(state.pid)) {
            std::error_code ignored;
            fs::remove(it->path(), ignored); // a reminder that died
            continue;
        }
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
    const std::string text = read_small(dir / "pause");
    try {
        const std::int64_t until = std::stoll(text);
        return until > now ? std::optional(until) : std::nullopt;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

} // namespace br::store
