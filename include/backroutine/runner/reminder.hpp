#pragma once
#include <backroutine/model/window.hpp>

#include <cstdint>
#include <optional>
#include <string_view>

namespace br::runner {

using model::Window;

/// When desk breaks are due. Times are local wall-clock seconds (Unix time
/// plus the UTC offset), so windows follow the clock on the wall and a
/// suspended machine's gap shows.
class ReminderSchedule {
public:
    ReminderSchedule(std::int64_t every, std::optional<Window> between, std::int64_t snooze, std::int64_t now);

    /// Counts only active time (`--mode active`): idle time pushes the break
    /// back, and an idle spell of `natural` seconds counts as a break taken.
    void count_active_only(std::int64_t natural) { m_natural = natural; }
    [[nodiscard]] bool active_only() const { return m_natural > 0; }

    /// What `observe` noticed.
    enum class Noticed { nothing, natural_break };

    /// Takes note of `now` and, in active mode, of the seconds since the last
    /// input: a gap longer than the interval (sleep, suspend, away) counts as
    /// a break and restarts it; outside the window the interval restarts when
    /// the window next opens.
    Noticed observe(std::int64_t now, std::optional<double> idle = std::nullopt);
    [[nodiscard]] bool due(std::int64_t now) const;
    [[nodiscard]] std::int64_t due_at() const { return m_due; }
    /// The break was taken or skipped: the next interval starts now.
    void restart(std::int64_t now);
    /// Ask again after the snooze.
    void snooze(std::int64_t now);
    /// When to look again: the due time, but never more than a minute away,
    /// so gaps and windows are noticed.
    [[nodiscard]] std::int64_t wake_at(std::int64_t now) const;

    /// Inside the hours (always, without a window).
    [[nodiscard]] bool inside(std::int64_t now) const;
    [[nodiscard]] const std::optional<Window>& between() const { return m_between; }

    static constexpr std::int64_t k_look_every = 60;

private:
    [[nodiscard]] std::int64_t next_open(std::int64_t now) const; // now when inside

    std::int64_t m_every;
    std::optional<Window> m_between;
    std::int64_t m_snooze;
    std::int64_t m_due = 0;
    std::int64_t m_last_seen = 0;
    std::int64_t m_natural = 0;   // 0: the clock counts (fixed mode)
    bool m_natural_taken = false; // this idle spell has been counted as a break
};

} // namespace br::runner
