#include <backroutine/runner/reminder_loop.hpp>
#include <backroutine/runner/terminal.hpp>

#include <algorithm>
#include <optional>
#include <variant>

namespace br::runner {

Answer parse_answer(std::string_view line) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) {
        line.remove_suffix(1);
    }
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) {
        line.remove_prefix(1);
    }
    if (line.empty() || line == "y" || line == "Y" || line == "yes" || line == "start") {
        return Answer::start;
    }
    if (line == "s" || line == "S" || line == "snooze") {
        return Answer::snooze;
    }
    if (line == "x" || line == "X" || line == "n" || line == "N" || line == "no" || line == "skip") {
        return Answer::skip;
    }
    return Answer::unclear;
}

std::string_view name_of(BreakOutcome outcome) {
    switch (outcome) {
    case BreakOutcome::taken:
        return "taken";
    case BreakOutcome::natural:
        return "natural";
    case BreakOutcome::snoozed:
        return "snoozed";
    case BreakOutcome::skipped:
        return "skipped";
    case BreakOutcome::announced:
        break;
    }
    return "announced";
}

namespace {

// A signal that ends the loop, if `input` is one.
std::optional<ReminderEnd> ending_of(const Input& input) {
    switch (input.kind) {
    case Input::Kind::interrupt:
        return ReminderEnd::interrupted;
    case Input::Kind::terminate:
    case Input::Kind::hangup:
        return ReminderEnd::terminated;
    default:
        return std::nullopt;
    }
}

using Offered = std::variant<BreakOutcome, ReminderEnd>;

class Loop {
public:
    Loop(ReminderSchedule& schedule, ReminderSchedule* micro, const LocalTime& time, InputSource& input,
         ReminderView& view, const ReminderActions& actions, const ReminderOptions& options)
        : m_schedule(schedule), m_micro(micro), m_time(time), m_input(input), m_view(view), m_actions(actions),
          m_prompt(options.prompt), m_options(options) {}

    // Waits until a schedule says a break is due; a signal ends the wait.
    std::optional<ReminderEnd> wait_for_break() {
        while (true) {
            const std::int64_t now = m_time.now();
            const auto paused = look(now);
            if (!paused && due_now(now)) {
                return std::nullopt;
            }
            m_view.waiting(now, m_schedule.due_at());
            if (m_actions.publish) {
                m_actions.publish(m_schedule.due_at());
            }
            std::int64_t wake =
                m_micro ? std::min(m_schedule.wake_at(now), m_micro->wake_at(now)) : m_schedule.wake_at(now);
            wake = paused ? std::min(*paused, wake) : wake;
            const Input got = m_input.wait(m_time.when(wake));
            if (auto end = ending_of(got)) {
                return end;
            }
            if (got.kind == Input::Kind::suspend) {
                m_input.stop_process();
            } else if (got.kind == Input::Kind::end_of_input) {
                m_prompt = false; // nobody left to answer: announce only
            }
        }
    }

    // Offers the break until it is answered, ignored too long, or a signal comes.
    Offered offer() {
        // A notification with buttons may answer too, with or without a prompt.
        m_asked = m_actions.announce && m_actions.announce(m_kind, m_time.now());
        for (int ring = 0; ring < m_options.rings; ++ring) {
            m_view.due(m_time.now(), m_kind, ring, m_prompt);
            if (!m_prompt && !m_asked) {
                return BreakOutcome::announced;
            }
            if (auto answered = answer(m_time.when(m_time.now() + m_options.ring_again))) {
                return *answered;
            }
        }
        return BreakOutcome::skipped; // rang and rang, nobody answered
    }

    void report(BreakOutcome outcome, std::int64_t now) {
        take_back();
        m_view.outcome(now, outcome);
        if (m_actions.record && m_kind == BreakKind::desk) {
            m_actions.record(outcome, now);
        }
        if (m_actions.settled) {
            m_actions.settled(m_kind, outcome);
        }
    }

    void settle(BreakOutcome outcome) {
        const std::int64_t now = m_time.now();
        report(outcome, now);
        ReminderSchedule& schedule = m_kind == BreakKind::micro ? *m_micro : m_schedule;
        if (outcome == BreakOutcome::snoozed) {
            schedule.snooze(now);
        } else {
            schedule.restart(now);
            if (m_kind == BreakKind::desk) {
                restart_micro(now);
            }
        }
    }

    // Answered or not, the notification's question is over.
    void take_back() {
        if (m_asked && m_actions.withdraw) {
            m_actions.withdraw();
        }
        m_asked = false;
    }

private:
    // Takes note of the time and idleness for both schedules, and of a pause;
    // returns the end of the pause, if one is on.
    std::optional<std::int64_t> look(std::int64_t now) {
        const auto idle = m_schedule.active_only() && m_actions.idle ? m_actions.idle() : std::nullopt;
        if (m_schedule.observe(now, idle) == ReminderSchedule::Noticed::natural_break) {
            m_kind = BreakKind::desk;
            report(BreakOutcome::natural, now);
            restart_micro(now);
        }
        if (m_micro) {
            m_micro->observe(now, idle); // away for a posture reset's length: it counts, unrecorded
        }
        const auto paused = m_actions.paused_until ? m_actions.paused_until(now) : std::nullopt;
        if (paused) {
            m_schedule.restart(now);
            restart_micro(now);
            m_pause_end = *paused;
        } else if (m_pause_end >= 0) {
            m_schedule.restart(m_pause_end); // the interval starts again when the pause ends
            restart_micro(m_pause_end);
            m_pause_end = -1;
        }
        return paused;
    }

    // True when a break is due, with m_kind saying which; a posture reset
    // close to the desk break is left out for it.
    bool due_now(std::int64_t now) {
        if (m_schedule.due(now)) {
            m_kind = BreakKind::desk;
            return true;
        }
        if (m_micro == nullptr || !m_micro->due(now)) {
            return false;
        }
        if (m_schedule.due_at() - now <= k_micro_near) {
            m_micro->restart(now);
            return false;
        }
        m_kind = BreakKind::micro;
        return true;
    }

    // A desk break or a pause covers the posture reset: its interval starts again too.
    void restart_micro(std::int64_t now) {
        if (m_micro) {
            m_micro->restart(now);
        }
    }

    // The answer before `deadline`, or nothing when it passes.
    std::optional<Offered> answer(Time deadline) {
        while (true) {
            const Input got = m_input.wait(deadline);
            if (auto end = ending_of(got)) {
                return *end;
            }
            switch (got.kind) {
            case Input::Kind::timeout:
                return std::nullopt;
            case Input::Kind::end_of_input:
                m_prompt = false;
                return BreakOutcome::skipped;
            case Input::Kind::answers_ended: // closed without a button pressed (or never shown)
                if (!m_prompt) {
                    return BreakOutcome::announced;
                }
                break;
            case Input::Kind::suspend:
                m_input.stop_process();
                break;
            case Input::Kind::line:
                if (auto decided = decide(got.line)) {
                    return *decided;
                }
                break;
            default:
                break;
            }
        }
    }

    std::optional<Offered> decide(const std::string& line) {
        const Answer answer = parse_answer(line);
        if (answer != Answer::unclear) {
            take_back(); // before a break that starts now, not after it
        }
        switch (answer) {
        case Answer::start:
            return start();
        case Answer::snooze:
            return BreakOutcome::snoozed;
        case Answer::skip:
            return BreakOutcome::skipped;
        case Answer::unclear:
            break;
        }
        m_view.ask_again(line);
        return std::nullopt;
    }

    Offered start() {
        const Ending ending = m_actions.start_break ? m_actions.start_break(m_kind) : Ending::completed;
        switch (ending) {
        case Ending::interrupted:
            return ReminderEnd::interrupted;
        case Ending::terminated:
        case Ending::hangup:
        case Ending::output_closed:
            return ReminderEnd::terminated;
        case Ending::quit:
            return BreakOutcome::skipped; // stopped early: the run's own record says how far it got
        case Ending::completed:
            break;
        }
        return BreakOutcome::taken;
    }

    ReminderSchedule& m_schedule;
    ReminderSchedule* m_micro;          // posture resets between desk breaks; null when off
    BreakKind m_kind = BreakKind::desk; // the break being offered
    const LocalTime& m_time;
    InputSource& m_input;
    ReminderView& m_view;
    const ReminderActions& m_actions;
    bool m_prompt;
    bool m_asked = false; // a notification asks about the break offered now
    const ReminderOptions& m_options;
    std::int64_t m_pause_end = -1; // the end of a pause seen and not yet over; -1 when none
};

} // namespace

ReminderEnd remind_loop(ReminderSchedule& schedule, const LocalTime& time, InputSource& input, ReminderView& view,
                        const ReminderActions& actions, const ReminderOptions& options, ReminderSchedule* micro) {
    Loop loop(schedule, micro, time, input, view, actions, options);
    try {
        if (options.once && !schedule.inside(time.now())) {
            view.outside_hours();
            return ReminderEnd::outside_hours;
        }
        while (true) {
            if (auto end = loop.wait_for_break()) {
                view.stopped();
                return *end;
            }
            const Offered offered = loop.offer();
            if (const auto* end = std::get_if<ReminderEnd>(&offered)) {
                loop.take_back();
                view.stopped();
                return *end;
            }
            loop.settle(std::get<BreakOutcome>(offered));
            if (options.once) {
                return ReminderEnd::once;
            }
        }
    } catch (const OutputClosed&) {
        return ReminderEnd::terminated;
    }
}

} // namespace br::runner
