#pragma once
#include <backroutine/runner/reminder_loop.hpp>

#include <optional>
#include <ostream>
#include <string>

namespace br::runner {

/// `HH:MM` of a local time in seconds.
std::string clock_text(std::int64_t local);

/// The names of the routines a reminder offers, by kind of break.
struct BreakRoutines {
    std::string desk;
    std::string micro; // empty when posture resets are off
    [[nodiscard]] const std::string& of(BreakKind kind) const { return kind == BreakKind::micro ? micro : desk; }
};

/// The reminder on a terminal: one line redrawn while waiting, a bell and a
/// prompt that fits 80 columns when a break is due.
class TerminalReminderView final : public ReminderView {
public:
    TerminalReminderView(std::ostream& out, BreakRoutines routines, std::int64_t snooze, std::optional<Window> between,
                         bool quiet);
    void waiting(std::int64_t now, std::int64_t due) override;
    void due(std::int64_t now, BreakKind kind, int ring, bool prompt) override;
    void ask_again(std::string_view answer) override;
    void outcome(std::int64_t now, BreakOutcome outcome) override;
    void outside_hours() override;
    void stopped() override;

private:
    std::ostream& m_out;
    BreakRoutines m_routines;
    std::int64_t m_snooze;
    std::optional<Window> m_between;
    bool m_quiet;
    bool m_line_open = false; // the waiting line is on screen without its line end
};

/// The reminder on a pipe or in a service: one plain line per break.
class PlainReminderView final : public ReminderView {
public:
    PlainReminderView(std::ostream& out, BreakRoutines routines, std::optional<Window> between)
        : m_out(out), m_routines(std::move(routines)), m_between(between) {}
    void waiting(std::int64_t /*now*/, std::int64_t /*due*/) override {}
    void due(std::int64_t now, BreakKind kind, int ring, bool prompt) override;
    void ask_again(std::string_view /*answer*/) override {}
    void outcome(std::int64_t now, BreakOutcome outcome) override;
    void outside_hours() override;
    void stopped() override {}

private:
    std::ostream& m_out;
    BreakRoutines m_routines;
    std::optional<Window> m_between;
};

} // namespace br::runner
