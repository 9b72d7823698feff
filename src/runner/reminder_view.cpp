#include <backroutine/runner/reminder_view.hpp>
#include <backroutine/util/text.hpp>

#include <cstdio>

namespace br::runner {
namespace {

constexpr std::size_t k_columns = 80;

std::string window_text(const Window& window) {
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%02d:%02d-%02d:%02d", window.start / 60, window.start % 60, window.end / 60,
                  window.end % 60);
    return buffer;
}

// "[09:45] Time for a desk break: Desk Break", with " (again)" when it rings
// again, the routine's name cut so the line fits 80 columns.
std::string due_line(std::int64_t now, BreakKind kind, const BreakRoutines& routines, bool again = false) {
    const std::string head = "[" + clock_text(now) + "] " +
                             (kind == BreakKind::micro ? "Time for a posture reset: " : "Time for a desk break: ");
    const std::string tail = again ? " (again)" : "";
    return head +
           util::truncate(util::sanitize(routines.of(kind)),
                          k_columns - 1 - util::display_width(head) - util::display_width(tail)) +
           tail;
}

std::string outside_text(const std::optional<Window>& between) {
    return "Outside the reminder hours" + (between ? " (" + window_text(*between) + ")" : std::string()) +
           ": no break to remind of now.\n";
}

} // namespace

std::string clock_text(std::int64_t local) {
    const std::int64_t day = model::second_of_day(local);
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "%02d:%02d", static_cast<int>(day / 3600), static_cast<int>(day % 3600 / 60));
    return buffer;
}

TerminalReminderView::TerminalReminderView(std::ostream& out, BreakRoutines routines, std::int64_t snooze,
                                           std::optional<Window> between, bool quiet)
    : m_out(out), m_routines(std::move(routines)), m_snooze(snooze), m_between(between), m_quiet(quiet) {}

void TerminalReminderView::waiting(std::int64_t /*now*/, std::int64_t due) {
    if (m_quiet) {
        return;
    }
    m_out << "\r\x1b[KNext break at " << clock_text(due) << " (Ctrl-C to stop)" << std::flush;
    m_line_open = true;
}

void TerminalReminderView::due(std::int64_t now, BreakKind kind, int ring, bool prompt) {
    // Ringing again, the unanswered prompt is still open on its line: start a new one.
    m_out << (m_line_open ? "\r\x1b[K" : "") << (ring > 0 && prompt ? "\n" : "") << '\a'
          << due_line(now, kind, m_routines, ring > 0) << "\n";
    m_line_open = false;
    if (prompt) {
        m_out << "Enter: start · s: snooze " << m_snooze / 60 << " min · x: skip > ";
    }
    m_out << std::flush;
}

void TerminalReminderView::ask_again(std::string_view answer) {
    m_out << "'" << util::truncate(util::sanitize(answer), 20)
          << "'? Answer Enter or y to start, s to snooze, x or n to skip > " << std::flush;
}

void TerminalReminderView::outcome(std::int64_t /*now*/, BreakOutcome outcome) {
    if (outcome == BreakOutcome::snoozed) {
        m_out << "Snoozed for " << m_snooze / 60 << " min.\n" << std::flush;
    } else if (outcome == BreakOutcome::skipped) {
        m_out << "Skipped.\n" << std::flush;
    } else if (outcome == BreakOutcome::natural) {
        m_out << (m_line_open ? "\r\x1b[K" : "") << "You were away: that counts as a break.\n" << std::flush;
        m_line_open = false;
    }
}

void TerminalReminderView::outside_hours() {
    m_out << outside_text(m_between) << std::flush;
}

void TerminalReminderView::stopped() {
    if (m_line_open) {
        m_out << "\n" << std::flush;
        m_line_open = false;
    }
}

void PlainReminderView::due(std::int64_t now, BreakKind kind, int /*ring*/, bool /*prompt*/) {
    m_out << due_line(now, kind, m_routines) << "\n" << std::flush;
}

// Without a prompt only a notification's buttons answer: say what they did.
void PlainReminderView::outcome(std::int64_t now, BreakOutcome outcome) {
    const char* what = outcome == BreakOutcome::snoozed   ? "Snoozed."
                       : outcome == BreakOutcome::skipped ? "Skipped."
                       : outcome == BreakOutcome::taken   ? "Started."
                                                          : nullptr;
    if (what != nullptr) {
        m_out << "[" << clock_text(now) << "] " << what << "\n" << std::flush;
    }
}

void PlainReminderView::outside_hours() {
    m_out << outside_text(m_between) << std::flush;
}

} // namespace br::runner
