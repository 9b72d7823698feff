#include "process.hpp"

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <poll.h>
#include <signal.h>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace br::test {

namespace {

// History written by runs in tests goes to a scratch directory of this test
// process, never to the user's (or, as root, to a directory made at /).
const std::string& scratch_state_dir() {
    static const TempDir dir;
    return dir.path();
}

} // namespace

ExecArgs::ExecArgs(const std::string& program, const std::vector<std::string>& args,
                   std::map<std::string, std::string> env) {
    env.try_emplace("PATH", "/usr/local/bin:/usr/bin:/bin");
    env.try_emplace("HOME", "/nonexistent");
    env.try_emplace("XDG_DATA_HOME", "/nonexistent/data");
    env.try_emplace("XDG_DATA_DIRS", "/nonexistent/share");
    env.try_emplace("XDG_CONFIG_HOME", "/nonexistent/config");
    env.try_emplace("XDG_STATE_HOME", scratch_state_dir());
    m_strings.push_back(program);
    m_strings.insert(m_strings.end(), args.begin(), args.end());
    for (const auto& [key, value] : env) {
        m_strings.push_back(key + "=" + value);
    }
    for (std::size_t i = 0; i < m_strings.size(); ++i) {
        (i <= args.size() ? m_argv : m_envp).push_back(m_strings[i].data());
    }
    m_argv.push_back(nullptr);
    m_envp.push_back(nullptr);
}

ProcessResult run_process(const std::string& program, const std::vector<std::string>& args,
                          std::map<std::string, std::string> env, const std::string& input) {
    int in_pipe[2];
    int out_pipe[2];
    int err_pipe[2];
    if (pipe(in_pipe) != 0 || pipe(out_pipe) != 0 || pipe(err_pipe) != 0) {
        throw std::runtime_error("pipe failed");
    }
    ExecArgs exec(program, args, std::move(env));

    const pid_t pid = fork();
    if (pid == 0) {
        dup2(in_pipe[0], 0);
        dup2(out_pipe[1], 1);
        dup2(err_pipe[1], 2);
        for (int fd : {in_pipe[0], in_pipe[1], out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) {
            close(fd);
        }
        execve(exec.program(), exec.argv(), exec.envp());
        _exit(127);
    }
    close(in_pipe[0]);
    close(out_pipe[1]);
    close(err_pipe[1]);
    signal(SIGPIPE, SIG_IGN);
    std::size_t written = 0;
    if (input.empty()) {
        close(in_pipe[1]);
        in_pipe[1] = -1;
    }
    ProcessResult result;
    pollfd fds[3] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}, {in_pipe[1], POLLOUT, 0}};
    int open_outputs = 2;
    while (open_outputs > 0) {
        const nfds_t count = in_pipe[1] >= 0 ? 3 : 2;
        if (poll(fds, count, -1) < 0 && errno != EINTR) {
            break;
        }
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd >= 0 && (fds[i].revents & (POLLIN | POLLHUP)) != 0) {
                char buffer[65536];
                const ssize_t n = read(fds[i].fd, buffer, sizeof buffer);
                if (n <= 0) {
                    close(fds[i].fd);
                    fds[i].fd = -1;
                    --open_outputs;
                } else {
                    (i == 0 ? result.out : result.err).append(buffer, static_cast<std::size_t>(n));
                }
            }
        }
        if (in_pipe[1] >= 0 && (fds[2].revents & (POLLOUT | POLLERR | POLLHUP)) != 0) {
            const ssize_t n = write(in_pipe[1], input.data() + written, input.size() - written);
            if (n > 0) {
                written += static_cast<std::size_t>(n);
            }
            if (n <= 0 || written == input.size()) {
                close(in_pipe[1]);
                in_pipe[1] = -1;
            }
        }
    }
    if (in_pipe[1] >= 0) {
        close(in_pipe[1]);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    result.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return result;
}

ProcessResult run_br(const std::vector<std::string>& args, std::map<std::string, std::string> env,
                     const std::string& input) {
    return run_process(BR_BINARY, args, std::move(env), input);
}

TempDir::TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "br-test-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error("mkdtemp failed");
    }
    m_path = pattern;
}

TempDir::~TempDir() {
    std::error_code error;
    std::filesystem::remove_all(m_path, error);
}

std::string TempDir::write(const std::string& name, const std::string& text) const {
    const auto path = std::filesystem::path(m_path) / name;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
}

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

} // namespace br::test
