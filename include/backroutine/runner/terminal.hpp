#pragma once
#include <backroutine/error.hpp>
#include <backroutine/runner/input.hpp>
#include <backroutine/runner/screen.hpp>

#include <string_view>
#include <termios.h>

namespace br::runner {

/// Thrown when standard output has gone away (a closed pipe). The run loop
/// catches it and ends the run as `output-closed`; outside the loop (entering
/// or leaving the screen) it is a fatal `br::Error` like any other and
/// reaches `cli::run`.
class OutputClosed : public Error {
public:
    OutputClosed() : Error("the output was closed", ExitCode::failure) {}
};

/// Writes all of `data` to `fd`, retrying on EINTR; throws OutputClosed on EPIPE.
void write_all(int fd, std::string_view data);

/// Routes SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGWINCH, SIGTSTP and SIGCONT into a pipe
/// (the handlers only write one byte) and restores the old handlers when destroyed.
class SignalPipe {
public:
    SignalPipe();
    ~SignalPipe();
    SignalPipe(const SignalPipe&) = delete;
    SignalPipe& operator=(const SignalPipe&) = delete;
    [[nodiscard]] int fd() const { return m_read; }
    /// Re-installs the SIGTSTP handler after a stop.
    void rearm_stop();

private:
    int m_read = -1;
    int m_write = -1;
    int m_outer_write = -1; // the pipe this one nests inside (remind's, during a run), given back at the end
};

/// The controlling terminal in raw mode on the alternate screen with the
/// cursor hidden (or, without `screen`, only in raw mode so keys are read
/// one by one without echo); `leave` gives it back exactly as it was, even
/// from a background process group.
class Terminal {
public:
    explicit Terminal(int in_fd = 0, int out_fd = 1, bool screen = true)
        : m_in(in_fd), m_out(out_fd), m_screen(screen) {}
    ~Terminal();
    Terminal(const Terminal&) = delete;
    Terminal& operator=(const Terminal&) = delete;

    void enter();
    void leave();
    [[nodiscard]] Size size() const;
    void write(std::string_view data) const { write_all(m_out, data); }
    [[nodiscard]] int in_fd() const { return m_in; }
    /// Waits for one key (or the end of input, or a signal) and consumes it.
    void wait_for_key() const;

private:
    int m_in;
    int m_out;
    bool m_screen;
    bool m_active = false;
    bool m_saved = false;
    termios m_original{};
};

/// Keys from a terminal (or none) and signals from a SignalPipe, waited for
/// with ppoll until a deadline on the clock: no busy waiting. In line mode
/// (remind's prompt, a cooked terminal) it reports whole lines and the end
/// of input instead of single keys.
class TerminalInput final : public InputSource {
public:
    enum class Keys { single, lines };
    TerminalInput(const Clock& clock, SignalPipe& signals, int key_fd, Keys keys = Keys::single);
    Input wait(Time deadline) override;
    void stop_process() override;
    /// Also reads whole lines from `fd` (a notification's answers) until it
    /// ends, which is reported once as Input::Kind::answers_ended; -1 stops.
    void answers_from(int fd);

private:
    std::optional<Input> read_key();
    std::optional<Input> read_answer();

    const Clock& m_clock;
    SignalPipe& m_signals;
    int m_key_fd; // -1 when keys are not read
    Keys m_keys;
    std::string m_pending; // a line read in part
    int m_answer_fd = -1;  // a notification's answers; -1 when none
    std::string m_answer;  // an answer read in part
};

} // namespace br::runner
