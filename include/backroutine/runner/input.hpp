#pragma once
#include <backroutine/runner/clock.hpp>
#include <backroutine/runner/session.hpp>

#include <deque>
#include <optional>
#include <string>

namespace br::runner {

/// What woke the run loop.
struct Input {
    // `line` and `end_of_input` come only from a source reading whole lines
    // (remind's prompt); `line` and `answers_ended` from a notification's
    // answers too.
    enum class Kind {
        timeout,
        command,
        interrupt,
        terminate,
        hangup,
        resize,
        suspend,
        line,
        end_of_input,
        answers_ended
    };
    Input() = default;
    Input(Kind k, Command c = Command::toggle_pause) : kind(k), command(c) {} // NOLINT(google-explicit-constructor)
    Kind kind = Kind::timeout;
    Command command = Command::toggle_pause;
    std::string line; // the answer typed, without its line end, for Kind::line
};

/// Where keys and signals come from; waiting happens here, until a deadline.
class InputSource {
public:
    virtual ~InputSource() = default;
    /// Returns the first key or signal before `deadline`, or a timeout at it.
    virtual Input wait(Time deadline) = 0;
    /// Stops the process after a suspend (Ctrl-Z) and returns once it continues.
    virtual void stop_process() {}
};

/// The key that maps to a command, if any: space, n, Enter, b, +, -, m, q.
std::optional<Command> command_for_key(char key);

/// Scripted input on a fake clock, for tests: each item arrives at its time.
class ScriptedInput final : public InputSource {
public:
    explicit ScriptedInput(FakeClock& clock) : m_clock(clock) {}
    void at(Time when, Input input) { m_script.push_back({when, input}); }
    Input wait(Time deadline) override;

private:
    FakeClock& m_clock;
    std::deque<std::pair<Time, Input>> m_script;
};

} // namespace br::runner
