#include <backroutine/error.hpp>
#include <backroutine/runner/terminal.hpp>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <utility>

namespace br::runner {
namespace {

int g_signal_write = -1; // the write end of the signal pipe, for the handlers

constexpr int k_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGWINCH, SIGTSTP, SIGCONT};
struct sigaction g_previous[sizeof k_signals / sizeof k_signals[0]];

extern "C" void on_signal(int number) {
    const int saved = errno;
    const auto byte = static_cast<unsigned char>(number);
    if (g_signal_write >= 0) {
        [[maybe_unused]] const auto written = ::write(g_signal_write, &byte, 1);
    }
    errno = saved;
}

void install(int number, struct sigaction* previous) {
    struct sigaction action {};
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(number, &action, previous);
}

// Terminal settings changed even from a background process group: after
// Ctrl-Z under a wrapper script the shell may have taken the terminal back
// before the restore runs, and SIGTTOU would stop the process mid-restore.
class IgnoreTtou {
public:
    IgnoreTtou() { sigaction(SIGTTOU, &m_ignore, &m_saved); }
    ~IgnoreTtou() { sigaction(SIGTTOU, &m_saved, nullptr); }
    IgnoreTtou(const IgnoreTtou&) = delete;
    IgnoreTtou& operator=(const IgnoreTtou&) = delete;

private:
    struct sigaction m_ignore = [] {
        struct sigaction action {};
        action.sa_handler = SIG_IGN;
        sigemptyset(&action.sa_mask);
        return action;
    }();
    struct sigaction m_saved {};
};

} // namespace

void write_all(int fd, std::string_view data) {
    while (!data.empty()) {
        const ssize_t n = ::write(fd, data.data(), data.size());
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN) {
                continue;
            }
            if (errno == EPIPE) {
                throw OutputClosed{};
            }
            throw Error(std::string("cannot write to the terminal: ") + std::strerror(errno));
        }
        data.remove_prefix(static_cast<std::size_t>(n));
    }
}

SignalPipe::SignalPipe() {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0) {
        throw Error(std::string("cannot create a pipe: ") + std::strerror(errno));
    }
    m_read = fds[0];
    m_write = fds[1];
    m_outer_write = g_signal_write;
    g_signal_write = m_write;
    for (std::size_t i = 0; i < std::size(k_signals); ++i) {
        install(k_signals[i], &g_previous[i]);
    }
    std::signal(SIGPIPE, SIG_IGN); // a closed stdout becomes EPIPE, handled as OutputClosed
}

SignalPipe::~SignalPipe() {
    for (std::size_t i = 0; i < std::size(k_signals); ++i) {
        sigaction(k_signals[i], &g_previous[i], nullptr);
    }
    g_signal_write = m_outer_write;
    ::close(m_read);
    ::close(m_write);
}

void SignalPipe::rearm_stop() {
    install(SIGTSTP, nullptr);
}

Terminal::~Terminal() {
    try {
        leave();
    } catch (...) { // NOLINT(bugprone-empty-catch): a destructor must not throw
    }
}

void Terminal::enter() {
    if (m_active) {
        return;
    }
    if (!m_saved) {
        if (::tcgetattr(m_in, &m_original) != 0) {
            throw Error(std::string("cannot read the terminal settings: ") + std::strerror(errno));
        }
        m_saved = true;
    }
    const IgnoreTtou ignore;
    termios raw = m_original;
    // Keys arrive one at a time without echo; ISIG stays on so Ctrl-C and
    // Ctrl-Z still send their signals.
    raw.c_lflag &= ~static_cast<tcflag_t>(ICANON | ECHO | IEXTEN);
    raw.c_iflag &= ~static_cast<tcflag_t>(IXON | ICRNL);
    raw.c_cc[VMIN] = 0;
    raw.c_cc[VTIME] = 0;
    if (::tcsetattr(m_in, TCSAFLUSH, &raw) != 0) {
        throw Error(std::string("cannot set the terminal to raw mode: ") + std::strerror(errno));
    }
    m_active = true;
    if (m_screen) {
        write("\x1b[?1049h\x1b[?25l\x1b[H\x1b[2J");
    }
}

void Terminal::leave() {
    if (!m_active) {
        return;
    }
    m_active = false;
    const IgnoreTtou ignore;
    // Restore the settings before writing, so a closed output cannot leave raw mode behind.
    const bool restored = ::tcsetattr(m_in, TCSAFLUSH, &m_original) == 0;
    const int error = errno;
    if (m_screen) {
        write("\x1b[?25h\x1b[?1049l");
    }
    if (!restored) {
        throw Error(std::string("cannot restore the terminal settings (run 'stty sane'): ") + std::strerror(error));
    }
}

void Terminal::wait_for_key() const {
    pollfd key{m_in, POLLIN, 0};
    // Any key, the end of input or a signal (EINTR) ends the wait.
    if (::poll(&key, 1, -1) > 0 && (key.revents & POLLIN) != 0) {
        char c = 0;
        [[maybe_unused]] const auto n = ::read(m_in, &c, 1);
    }
}

Size Terminal::size() const {
    winsize window{};
    if (::ioctl(m_out, TIOCGWINSZ, &window) == 0 && window.ws_col > 0 && window.ws_row > 0) {
        return {window.ws_col, window.ws_row};
    }
    return {};
}

TerminalInput::TerminalInput(const Clock& clock, SignalPipe& signals, int key_fd, Keys keys)
    : m_clock(clock), m_signals(signals), m_key_fd(key_fd), m_keys(keys) {}

std::optional<Input> TerminalInput::read_key() {
    char key = 0;
    const ssize_t n = ::read(m_key_fd, &key, 1);
    if (n <= 0) {
        m_key_fd = -1; // end of input: keep timing without keys
        if (m_keys == Keys::lines) {
            return Input{Input::Kind::end_of_input};
        }
        return std::nullopt;
    }
    if (m_keys == Keys::lines) {
        if (key != '\n' && key != '\r') {
            m_pending += key;
            return std::nullopt;
        }
        Input line{Input::Kind::line};
        line.line = std::exchange(m_pending, {});
        return line;
    }
    if (auto command = command_for_key(key)) {
        return Input{Input::Kind::command, *command};
    }
    return std::nullopt;
}

Input TerminalInput::wait(Time deadline) {
    while (true) {
        const Time now = m_clock.now();
        timespec timeout{};
        timespec* limit = nullptr;
        if (deadline != Time::max()) {
            const auto left = std::max(Time(0), deadline - now);
            timeout.tv_sec = static_cast<time_t>(left.count() / 1'000'000);
            timeout.tv_nsec = static_cast<long>((left.count() % 1'000'000) * 1000);
            limit = &timeout;
        }
        // poll skips the entries whose fd is -1.
        pollfd fds[3] = {{m_signals.fd(), POLLIN, 0}, {m_key_fd, POLLIN, 0}, {m_answer_fd, POLLIN, 0}};
        const int ready = ::ppoll(fds, 3, limit, nullptr);
        if (ready < 0 && errno != EINTR) {
            throw Error(std::string("cannot wait for input: ") + std::strerror(errno));
        }
        if (ready > 0 && (fds[0].revents & POLLIN) != 0) {
            unsigned char number = 0;
            if (::read(m_signals.fd(), &number, 1) == 1) {
                switch (number) {
                case SIGINT:
                case SIGQUIT: // Ctrl-\ ends the run as Ctrl-C does, the terminal restored
                    return {Input::Kind::interrupt};
                case SIGTERM:
                    return {Input::Kind::terminate};
                case SIGHUP:
                    return {Input::Kind::hangup};
                case SIGWINCH:
                case SIGCONT:
                    return {Input::Kind::resize};
                case SIGTSTP:
                    return {Input::Kind::suspend};
                default:
                    break;
                }
            }
            continue;
        }
        if (ready > 0 && m_key_fd >= 0 && (fds[1].revents & (POLLIN | POLLHUP)) != 0) {
            if (auto input = read_key()) {
                return *input;
            }
            continue;
        }
        if (ready > 0 && m_answer_fd >= 0 && (fds[2].revents & (POLLIN | POLLHUP | POLLERR)) != 0) {
            if (auto input = read_answer()) {
                return *input;
            }
            continue;
        }
        if (deadline != Time::max() && m_clock.now() >= deadline) {
            return {};
        }
    }
}

void TerminalInput::answers_from(int fd) {
    m_answer_fd = fd;
    m_answer.clear();
}

std::optional<Input> TerminalInput::read_answer() {
    char buffer[64];
    const ssize_t n = ::read(m_answer_fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) {
        return std::nullopt;
    }
    if (n <= 0) {
        m_answer_fd = -1;
        return Input{Input::Kind::answers_ended};
    }
    m_answer.append(buffer, static_cast<std::size_t>(n));
    const auto end = m_answer.find('\n');
    if (end == std::string::npos) {
        return std::nullopt;
    }
    Input line{Input::Kind::line};
    line.line = m_answer.substr(0, end);
    m_answer.erase(0, end + 1);
    if (line.line.empty()) {
        return std::nullopt; // only a button's name answers
    }
    return line;
}

void TerminalInput::stop_process() {
    std::signal(SIGTSTP, SIG_DFL);
    ::raise(SIGTSTP); // stops here until SIGCONT
    m_signals.rearm_stop();
}

} // namespace br::runner
