#pragma once
// remind's desktop notifications: with Start, Snooze and Skip buttons whose
// answer reaches the reminder like a typed one, or without buttons once
// notify-send has failed to ask.
#include "commands.hpp"

#include <backroutine/runner/notify.hpp>
#include <backroutine/runner/reminder_loop.hpp>
#include <backroutine/runner/terminal.hpp>

#include <memory>
#include <string>
#include <vector>

namespace br::cli {

class BreakNotifier {
public:
    BreakNotifier(Context& ctx, runner::TerminalInput& input) : m_ctx(ctx), m_input(input) {}

    /// Shows the notification for a break; true when it asks (its answer
    /// then comes through the input as a line: start, snooze or skip).
    bool announce(const std::string& body);
    /// The break is settled: takes the question back (the notification closes).
    void withdraw();
    /// Starts `routine` in a new terminal window (`x-terminal-emulator -e
    /// backroutine run ROUTINE`, Debian's choice of terminal), for a break
    /// started from the notification when the reminder has no terminal of
    /// its own; returns what went wrong, or "".
    std::string run_in_new_terminal(const std::string& routine);

private:
    void reap_windows();
    void warn_once(const std::string& problem, bool ask_again);

    Context& m_ctx;
    runner::TerminalInput& m_input;
    std::unique_ptr<runner::NotificationQuestion> m_question;
    bool m_ask = true;          // with buttons, until that fails once
    bool m_broken = false;      // no notifications at all
    std::vector<int> m_windows; // terminals opened for a break, reaped when they end
};

} // namespace br::cli
