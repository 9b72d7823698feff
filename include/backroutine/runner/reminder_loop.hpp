#pragma once
#include <backroutine/runner/input.hpp>
#include <backroutine/runner/local_time.hpp>
#include <backroutine/runner/presenter.hpp>
#include <backroutine/runner/reminder.hpp>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace br::runner {

/// An answer to the reminder's prompt.
enum class Answer { start, snooze, skip, unclear };

/// Enter or `y` starts; `s` snoozes; `x`, `n` or `no` skip; anything else is unclear.
Answer parse_answer(std::string_view line);

/// Which break is due: the desk break, or the short posture reset
/// (micro-break) between desk breaks.
enum class BreakKind { desk, micro };

/// What became of a break that was due.
enum class BreakOutcome { taken, natural, snoozed, skipped, announced };
std::string_view name_of(BreakOutcome outcome);

/// What the person sees of the reminder.
class ReminderView {
public:
    virtual ~ReminderView() = default;
    /// Waiting for the break due at local second `due`.
    virtual void waiting(std::int64_t now, std::int64_t due) = 0;
    /// A break of `kind` is due; `ring` counts the times it has rung before,
    /// from 0. `prompt`: a person can answer here.
    virtual void due(std::int64_t now, BreakKind kind, int ring, bool prompt) = 0;
    /// The answer was not understood: ask again.
    virtual void ask_again(std::string_view answer) = 0;
    virtual void outcome(std::int64_t now, BreakOutcome outcome) = 0;
    /// `--once` outside the hours: nothing to wait for today.
    virtual void outside_hours() = 0;
    /// Leaving the loop (a signal): end the line being drawn.
    virtual void stopped() = 0;
};

/// What the reminder does besides showing: play the routine, record and
/// announce (notifications, hooks). Plain callbacks, filled in by the command.
struct ReminderActions {
    std::function<Ending(BreakKind)> start_break;
    /// Tells of a break due; true when a notification with buttons now asks
    /// about it too (its answers come through the InputSource).
    std::function<bool(BreakKind, std::int64_t now)> announce;
    /// The break asked about is settled: take the notification's question back.
    std::function<void()> withdraw;
    /// Desk breaks only: a posture reset taken or skipped is not a break in the history.
    std::function<void(BreakOutcome, std::int64_t now)> record;
    /// Every outcome of either kind of break (for hooks).
    std::function<void(BreakKind, BreakOutcome)> settled;
    /// Seconds since the last input, when an idle source works (active mode).
    std::function<std::optional<double>()> idle;
    /// The local end of a pause (`remind pause`), if one is on at `now`.
    std::function<std::optional<std::int64_t>(std::int64_t now)> paused_until;
    /// Tells `status` when the next break is due (local seconds).
    std::function<void(std::int64_t due)> publish;
};

struct ReminderOptions {
    bool prompt = false; // a person answers at the terminal
    bool once = false;   // remind once and return
    std::int64_t ring_again = std::int64_t{5} * 60;
    int rings = 3; // an unanswered prompt counts as skipped after this many
};

/// Why the loop ended.
enum class ReminderEnd { once, outside_hours, interrupted, terminated };

/// Waits for each break on `time`, offers it, and acts on the answer, until
/// a signal (or once, with `options.once`). Waiting happens in `input`.
/// With `micro`, posture resets come between desk breaks on their own
/// schedule: one due within k_micro_near of a desk break is left out (the
/// desk break comes soon), and a desk break, taken or natural, restarts it.
ReminderEnd remind_loop(ReminderSchedule& schedule, const LocalTime& time, InputSource& input, ReminderView& view,
                        const ReminderActions& actions, const ReminderOptions& options,
                        ReminderSchedule* micro = nullptr);

/// A posture reset due this close to a desk break is left out.
inline constexpr std::int64_t k_micro_near = std::int64_t{5} * 60;

} // namespace br::runner
