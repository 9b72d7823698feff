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
    if (line.empty() || line == "y" || line == "Y" || line == "yes") {
        return Answer::start;
    }
    if (line == "s" || line == "S") {
        return Answer::snooze;
    }
    if (line == "x" || line == "X" || line == "n" || line == "N" || line == "no") {
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
    Loop(ReminderSchedule& schedule, const LocalTime& time, InputSource& input, ReminderView& view,
         const ReminderActions& actions, const ReminderOptions& options)
        : m_schedule(schedule), m_time(time), m_input(input), m_view(view), m_actions(actions),
          m_prompt(options.prompt), m_options(options) {}

    // Waits until the schedule says a break is due; a signal ends the wait.
    std::optional<ReminderEnd> wait_for_break() {
        while (true) {
            const std::int64_t now = m_time.now();
            const auto idle = m_schedule.active_only() && m_actions.idle ? m_actions.idle() : std::nullopt;
            if (m_schedule.observe(now, idle) == ReminderSchedule::Noticed::natural_break) {
                report(BreakOutcome::natural, now);
            }
            const auto paused = m_actions.paused_until ? m_actions.paused_until(now) : std::nullopt;
            if (paused) {
                m_schedule.restart(now);
                m_pause_end = *paused;
            } else if (m_pause_end >= 0) {
                m_schedule.restart(m_pause_end); // the interval starts again when the pause ends
                m_pause_end = -1;
            }
            if (!paused && m_schedule.due(now)) {
                return std::nullopt;
            }
            m_view.waiting(now, m_schedule.due_at());
            if (m_actions.publish) {
                m_actions.publish(m_schedule.due_at());
            }
            const std::int64_t wake = paused ? std::min(*paused, m_schedule.wake_at(now)) : m_schedule.wake_at(now);
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
        if (m_actions.announce) {
            m_actions.announce(m_time.now());
        }
        for (int ring = 0; ring < m_options.rings; ++ring) {
            m_view.due(m_time.now(), ring, m_prompt);
            if (!m_prompt) {
                return BreakOutcome::announced;
            }
            if (auto answered = answer(m_time.when(m_time.now() + m_options.ring_again))) {
                return *answered;
            }
        }
        return BreakOutcome::skipped; // rang and rang, nobody answered
    }

    void report(BreakOutcome outcome, std::int64_t now) {
        m_view.outcome(now, outcome);
        if (m_actions.record) {
            m_actions.record(outcome, now);
        }
    }

    void settle(BreakOutcome outcome) {
        const std::int64_t now = m_time.now();
        report(outcome, now);
        if (outcome == BreakOutcome::snoozed) {
            m_schedule.snooze(now);
        } else {
            m_schedule.restart(now);
        }
    }

private:
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
        switch (parse_answer(line)) {
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
        const Ending ending = m_actions.start_break ? m_actions.start_break() : Ending::completed;
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
    const LocalTime& m_time;
    InputSource& m_input;
    ReminderView& m_view;
    const ReminderActions& m_actions;
    bool m_prompt;
    const ReminderOptions& m_options;
    std::int64_t m_pause_end = -1; // the end of a pause seen and not yet over; -1 when none
};

} // namespace

ReminderEnd remind_loop(ReminderSchedule& schedule, const LocalTime& time, InputSource& input, ReminderView& view,
                        const ReminderActions& actions, const ReminderOptions& options) {
    Loop loop(schedule, time, input, view, actions, options);
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
