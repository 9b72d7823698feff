#pragma once
// Runs the backroutine binary in a pseudo-terminal, as a person would.
#include <chrono>
#include <map>
#include <string>
#include <termios.h>
#include <vector>

namespace br::test {

class PtyProcess {
public:
    /// With `job_control`, a small shell in the pseudo-terminal starts the
    /// program in its own foreground process group, as an interactive shell
    /// does, so that Ctrl-Z can stop it; it prints "[stopped]" when it does.
    PtyProcess(const std::vector<std::string>& args, std::map<std::string, std::string> env, int columns = 80,
               int rows = 24, bool job_control = false, const std::string& program = BR_BINARY);
    ~PtyProcess();
    PtyProcess(const PtyProcess&) = delete;
    PtyProcess& operator=(const PtyProcess&) = delete;

    /// Reads output until `text` has appeared (true) or `timeout` passes (false).
    bool wait_for(const std::string& text, std::chrono::milliseconds timeout = std::chrono::seconds(10),
                  std::size_t from = 0);
    /// Everything read so far.
    [[nodiscard]] const std::string& output() const { return m_output; }
    void send(const std::string& keys) const;
    /// Waits for a finished run's end screen and presses a key to leave it.
    bool leave_end_screen() {
        if (!wait_for("Press any key to leave")) {
            return false;
        }
        send(" ");
        return true;
    }
    /// Sends a signal to the program (not to the small shell).
    void signal(int number) const;
    /// Waits for the process to end; returns its exit code or 128 + signal.
    int wait_exit(std::chrono::milliseconds timeout = std::chrono::seconds(10));
    /// Waits until the process is stopped (Ctrl-Z); true if it stopped.
    bool wait_stopped(std::chrono::milliseconds timeout = std::chrono::seconds(10));
    /// The terminal settings as the pseudo-terminal holds them now.
    [[nodiscard]] termios settings() const;
    [[nodiscard]] int pid() const { return m_pid; }

private:
    void drain(std::chrono::milliseconds timeout);

    int m_master = -1;
    int m_pid = -1;     // the process in the pseudo-terminal
    int m_program = -1; // the program itself (the same without job control)
    bool m_exited = false;
    std::string m_output;
};

/// True when the settings that raw mode changes are the same in both.
bool same_terminal_settings(const termios& a, const termios& b);

} // namespace br::test
