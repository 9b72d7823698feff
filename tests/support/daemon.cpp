#include "daemon.hpp"

#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ; // NOLINT(readability-redundant-declaration)

namespace br::test {

Daemon::Daemon(const std::string& program, const std::vector<std::string>& args,
               const std::map<std::string, std::string>& env) {
    std::map<std::string, std::string> all;
    for (char** entry = environ; *entry != nullptr; ++entry) {
        const std::string text = *entry;
        const auto equals = text.find('=');
        all[text.substr(0, equals)] = equals == std::string::npos ? "" : text.substr(equals + 1);
    }
    for (const auto& [key, value] : env) {
        if (value.empty()) {
            all.erase(key);
        } else {
            all[key] = value;
        }
    }
    std::vector<std::string> strings{program};
    strings.insert(strings.end(), args.begin(), args.end());
    std::vector<std::string> environment;
    for (const auto& [key, value] : all) {
        environment.push_back(key + "=" + value);
    }
    std::vector<char*> argv;
    for (auto& s : strings) {
        argv.push_back(s.data());
    }
    argv.push_back(nullptr);
    std::vector<char*> envp;
    for (auto& s : environment) {
        envp.push_back(s.data());
    }
    envp.push_back(nullptr);
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        return;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    if (::posix_spawnp(&pid, program.c_str(), &actions, nullptr, argv.data(), envp.data()) == 0) {
        m_pid = pid;
    }
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    m_out = fds[0];
}

void Daemon::stop() {
    if (m_pid > 0) {
        ::kill(m_pid, SIGTERM);
        int status = 0;
        ::waitpid(m_pid, &status, 0);
        m_pid = -1;
    }
}

Daemon::~Daemon() {
    stop();
    if (m_out >= 0) {
        ::close(m_out);
    }
}

std::string Daemon::read_line(std::chrono::milliseconds timeout) {
    const auto end = std::chrono::steady_clock::now() + timeout;
    while (true) {
        if (const auto newline = m_buffer.find('\n'); newline != std::string::npos) {
            std::string line = m_buffer.substr(0, newline);
            m_buffer.erase(0, newline + 1);
            return line;
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(end - std::chrono::steady_clock::now());
        pollfd fd{m_out, POLLIN, 0};
        if (left.count() <= 0 || ::poll(&fd, 1, static_cast<int>(left.count())) <= 0) {
            return {};
        }
        char chunk[256];
        const ssize_t n = ::read(m_out, chunk, sizeof chunk);
        if (n <= 0) {
            return {};
        }
        m_buffer.append(chunk, static_cast<std::size_t>(n));
    }
}

bool have_program(const std::string& program) {
    if (program.find('/') != std::string::npos) {
        return ::access(program.c_str(), X_OK) == 0;
    }
    const char* path = std::getenv("PATH");
    std::string paths = path != nullptr ? path : "/usr/bin:/bin";
    std::size_t start = 0;
    while (start <= paths.size()) {
        const std::size_t end = std::min(paths.find(':', start), paths.size());
        if (::access((paths.substr(start, end - start) + "/" + program).c_str(), X_OK) == 0) {
            return true;
        }
        start = end + 1;
    }
    return false;
}

FakeService::FakeService(const std::string& script, const std::vector<std::string>& args) {
    bus =
        std::make_unique<Daemon>("dbus-daemon", std::vector<std::string>{"--session", "--nofork", "--print-address=1"});
    address = bus->read_line();
    if (address.empty()) {
        return;
    }
    std::vector<std::string> words{script};
    words.insert(words.end(), args.begin(), args.end());
    service = std::make_unique<Daemon>("/usr/bin/python3", words,
                                       std::map<std::string, std::string>{{"DBUS_SESSION_BUS_ADDRESS", address}});
    if (service->read_line() != "ready") {
        address.clear();
    }
}

} // namespace br::test
