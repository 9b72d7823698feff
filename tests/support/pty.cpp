#include "pty.hpp"
#include "process.hpp"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <poll.h>
#include <pty.h>
#include <stdexcept>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace br::test {

namespace {

// The small job-control shell: runs the program in its own foreground
// process group and reports its pid and stops on the terminal.
[[noreturn]] void job_shell(const char* program, char** argv, char** envp) {
    const pid_t child = fork();
    if (child == 0) {
        setpgid(0, 0);
        signal(SIGTTOU, SIG_IGN);
        tcsetpgrp(0, getpid());
        signal(SIGTTOU, SIG_DFL);
        execve(program, argv, envp);
        _exit(127);
    }
    signal(SIGTTOU, SIG_IGN);
    setpgid(child, child);
    tcsetpgrp(0, child);
    const std::string hello = "[pid " + std::to_string(child) + "]\n";
    [[maybe_unused]] auto n = write(1, hello.data(), hello.size());
    while (true) {
        int status = 0;
        if (waitpid(child, &status, WUNTRACED) < 0) {
            _exit(126);
        }
        if (WIFSTOPPED(status)) {
            n = write(1, "[stopped]\n", 10);
            tcsetpgrp(0, child); // it takes the terminal back when it continues
            continue;
        }
        _exit(WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
    }
}

} // namespace

PtyProcess::PtyProcess(const std::vector<std::string>& args, std::map<std::string, std::string> env, int columns,
                       int rows, bool job_control, const std::string& program) {
    env.try_emplace("TERM", "xterm-256color");
    ExecArgs exec(program, args, std::move(env));
    winsize size{};
    size.ws_col = static_cast<unsigned short>(columns);
    size.ws_row = static_cast<unsigned short>(rows);
    m_pid = forkpty(&m_master, nullptr, nullptr, &size);
    if (m_pid < 0) {
        throw std::runtime_error("forkpty failed");
    }
    if (m_pid == 0) {
        if (job_control) {
            job_shell(exec.program(), exec.argv(), exec.envp());
        }
        execve(exec.program(), exec.argv(), exec.envp());
        _exit(127);
    }
    m_program = m_pid;
    if (job_control) {
        if (!wait_for("[pid ") || !wait_for("]")) {
            throw std::runtime_error("the job shell did not start");
        }
        m_program = std::stoi(m_output.substr(m_output.find("[pid ") + 5));
    }
}

PtyProcess::~PtyProcess() {
    if (!m_exited && m_pid > 0) {
        kill(m_pid, SIGKILL);
        waitpid(m_pid, nullptr, 0);
    }
    if (m_master >= 0) {
        close(m_master);
    }
}

void PtyProcess::drain(std::chrono::milliseconds timeout) {
    pollfd fd{m_master, POLLIN, 0};
    if (poll(&fd, 1, static_cast<int>(timeout.count())) > 0) {
        char buffer[65536];
        const ssize_t n = read(m_master, buffer, sizeof buffer);
        if (n > 0) {
            m_output.append(buffer, static_cast<std::size_t>(n));
        }
    }
}

bool PtyProcess::wait_for(const std::string& text, std::chrono::milliseconds timeout, std::size_t from) {
    const auto until = std::chrono::steady_clock::now() + timeout;
    while (m_output.find(text, from) == std::string::npos) {
        if (std::chrono::steady_clock::now() > until) {
            return false;
        }
        drain(std::chrono::milliseconds(50));
    }
    return true;
}

void PtyProcess::send(const std::string& keys) const {
    [[maybe_unused]] const auto n = write(m_master, keys.data(), keys.size());
}

void PtyProcess::signal(int number) const {
    kill(m_program, number);
}

int PtyProcess::wait_exit(std::chrono::milliseconds timeout) {
    const auto until = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < until) {
        int status = 0;
        const pid_t done = waitpid(m_pid, &status, WNOHANG);
        if (done == m_pid) {
            m_exited = true;
            drain(std::chrono::milliseconds(50));
            return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        }
        drain(std::chrono::milliseconds(20));
    }
    return -1;
}

bool PtyProcess::wait_stopped(std::chrono::milliseconds timeout) {
    const auto until = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < until) {
        int status = 0;
        const pid_t done = waitpid(m_pid, &status, WNOHANG | WUNTRACED);
        if (done == m_pid && WIFSTOPPED(status)) {
            return true;
        }
        drain(std::chrono::milliseconds(20));
    }
    return false;
}

termios PtyProcess::settings() const {
    termios attributes{};
    tcgetattr(m_master, &attributes);
    return attributes;
}

bool same_terminal_settings(const termios& a, const termios& b) {
    return a.c_lflag == b.c_lflag && a.c_iflag == b.c_iflag && a.c_oflag == b.c_oflag && a.c_cc[VMIN] == b.c_cc[VMIN] &&
           a.c_cc[VTIME] == b.c_cc[VTIME];
}

} // namespace br::test
