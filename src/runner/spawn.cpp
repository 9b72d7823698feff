#include <backroutine/runner/spawn.hpp>

#include <algorithm>
#include <string_view>

#include <fcntl.h>
#include <spawn.h>

extern char** environ; // NOLINT(readability-redundant-declaration): POSIX declares it nowhere else

namespace br::runner {

namespace {

// The process's environment with `extra` laid over it (same NAME: extra wins).
std::vector<std::string> environment_with(const std::vector<std::string>& extra) {
    std::vector<std::string> out(extra);
    for (char** entry = environ; *entry != nullptr; ++entry) {
        const std::string_view text(*entry);
        const auto name = text.substr(0, text.find('=') + 1);
        if (std::none_of(extra.begin(), extra.end(), [&](const std::string& e) { return e.starts_with(name); })) {
            out.emplace_back(text);
        }
    }
    return out;
}

std::vector<char*> pointers(std::vector<std::string>& words) {
    std::vector<char*> out;
    out.reserve(words.size() + 1);
    for (auto& word : words) {
        out.push_back(word.data());
    }
    out.push_back(nullptr);
    return out;
}

} // namespace

Spawned spawn_quiet(std::vector<std::string> args, const std::vector<std::string>& env, int out_fd) {
    std::vector<char*> argv = pointers(args);
    std::vector<std::string> environment = env.empty() ? std::vector<std::string>{} : environment_with(env);
    std::vector<char*> envp = pointers(environment);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    if (out_fd >= 0) {
        posix_spawn_file_actions_adddup2(&actions, out_fd, 1);
    } else {
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    }
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int error =
        ::posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), env.empty() ? environ : envp.data());
    posix_spawn_file_actions_destroy(&actions);
    return error == 0 ? Spawned{pid, 0} : Spawned{-1, error};
}

} // namespace br::runner
