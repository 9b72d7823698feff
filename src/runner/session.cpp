#include <backroutine/runner/reps.hpp>
#include <backroutine/runner/session.hpp>

#include <algorithm>
#include <cmath>
#include <utility>

namespace br::runner {
namespace {

using model::SegmentKind;

constexpr int k_countdown_from = 3;
constexpr int k_adjust_seconds = 10;
constexpr int k_back_grace_seconds = 3; // pressing b later than this restarts the step

// Faster than this, one second of the routine would be under a microsecond
// of the clock and segment lengths would round to zero.
constexpr double k_max_speed = 1e6;
constexpr double k_min_speed = 1e-6;

double bounded(double speed) {
    return std::isfinite(speed) && speed > 0 ? std::clamp(speed, k_min_speed, k_max_speed) : 1.0;
}

int ceil_div(std::int64_t a, std::int64_t b) {
    return static_cast<int>((a + b - 1) / b);
}

} // namespace

Session::Session(const model::Timeline& timeline, double speed)
    : m_timeline(timeline), m_speed(bounded(speed)), m_step_done(timeline.steps.size(), false),
      m_step_skipped(timeline.steps.size(), false) {}

Time Session::scaled(int seconds) const {
    return Time(std::llround(static_cast<double>(seconds) * 1e6 / m_speed));
}

Time Session::position(Time now) const {
    return (m_paused_at ? *m_paused_at : now) - m_segment_start;
}

std::size_t Session::first_segment_of(std::size_t step) const {
    for (std::size_t i = 0; i < m_timeline.segments.size(); ++i) {
        if (m_timeline.segments[i].step == static_cast<int>(step)) {
            return i;
        }
    }
    return m_timeline.segments.size() - 1; // the done segment
}

void Session::enter(std::size_t index, Time start, std::vector<Event>& events) {
    m_index = std::min(index, m_timeline.segments.size() - 1);
    m_segment_start = start;
    const auto& segment = m_timeline.segments[m_index];
    m_segment_length = scaled(segment.duration);
    m_countdown_sent = k_countdown_from + 1;
    m_rep_sent = -1;
    m_rep_next = Time(0);
    m_reps_added = 0;
    events.push_back({Event::Kind::segment, m_index, 0});
    if (segment.kind == SegmentKind::done) {
        m_outcome = Outcome::completed;
        events.push_back({Event::Kind::finish, m_index, 0});
    }
}

void Session::mark_done(std::size_t segment) {
    const int step = m_timeline.segments[segment].step;
    if (step < 0) {
        return;
    }
    const bool last_of_step =
        segment + 1 >= m_timeline.segments.size() || m_timeline.segments[segment + 1].step != step;
    if (last_of_step) {
        m_step_done[static_cast<std::size_t>(step)] = true;
        m_step_skipped[static_cast<std::size_t>(step)] = false;
    }
}

std::vector<Event> Session::start(Time now) {
    std::vector<Event> events;
    m_started = now;
    enter(0, now, events);
    auto more = advance(now);
    events.insert(events.end(), more.begin(), more.end());
    return events;
}

std::vector<Event> Session::advance(Time now) {
    std::vector<Event> events;
    while (!finished() && !paused()) {
        const auto& segment = m_timeline.segments[m_index];
        const Time end = segment_end();
        if (model::counts_down(segment.kind) && m_segment_length > scaled(k_countdown_from)) {
            for (int k = k_countdown_from; k >= 1; --k) {
                if (k < m_countdown_sent && now >= end - scaled(k) && now < end) {
                    events.push_back({Event::Kind::countdown, m_index, k});
                    m_countdown_sent = k;
                }
            }
        }
        if (now < end) {
            announce_rep(now, events);
            break;
        }
        announce_rep(end - Time(1), events); // the reps' phases a late wake-up would skip
        mark_done(m_index);
        enter(m_index + 1, end, events);
    }
    return events;
}

void Session::jump_to_step(std::size_t step, Time now, std::vector<Event>& events) {
    jump_to(step < m_timeline.steps.size() ? first_segment_of(step) : m_timeline.segments.size() - 1, now, events);
}

void Session::jump_to(std::size_t segment, Time now, std::vector<Event>& events) {
    enter(segment, m_paused_at ? *m_paused_at : now, events);
}

int Session::reps_now() const {
    return m_timeline.segments[m_index].reps + m_reps_added;
}

void Session::announce_rep(Time now, std::vector<Event>& events) {
    const auto& segment = m_timeline.segments[m_index];
    if (segment.kind != SegmentKind::reps || segment.phases.empty()) {
        return;
    }
    // Every phase begun since the last one announced, in order: a wake-up
    // that comes late (a busy machine, a high --speed) skips none.
    const Time into = position(now);
    while (m_rep_next <= into) {
        const RepMoment moment = rep_moment(segment, reps_now(), m_rep_next, m_speed);
        const int key = moment.index * 100 + static_cast<int>(moment.phase);
        if (key == m_rep_sent) {
            break; // the last phase of the last rep goes on
        }
        m_rep_sent = key;
        m_rep_next = std::max(moment.phase_end, m_rep_next + Time(1));
        Event event{Event::Kind::rep, m_index, 0};
        event.rep = moment.rep;
        event.of = reps_now();
        event.phase = moment.phase;
        event.side = moment.side;
        events.push_back(event);
    }
}

// The first work segment of the side, direction or set before the one at
// `index`, when `index` is past the first of its step.
std::optional<std::size_t> Session::previous_block(std::size_t index) const {
    const auto& segments = m_timeline.segments;
    const int step = segments[index].step;
    if (step < 0) {
        return std::nullopt;
    }
    const std::size_t setup = first_segment_of(static_cast<std::size_t>(step));
    std::vector<std::size_t> starts{setup + 1};
    for (std::size_t i = setup + 1; i <= index; ++i) {
        if (segments[i].kind == SegmentKind::switch_sides || segments[i].kind == SegmentKind::rest) {
            starts.push_back(i + 1);
        }
    }
    // A switch or rest belongs to the block it leads into.
    if (index < starts.front() || starts.size() < 2) {
        return std::nullopt;
    }
    return starts[starts.size() - 2];
}

void Session::go_back(Time now, std::vector<Event>& events) {
    const auto& segment = m_timeline.segments[m_index];
    if (auto block = previous_block(m_index)) {
        events.push_back({Event::Kind::back, m_index, segment.step});
        jump_to(*block, now, events);
        return;
    }
    if (segment.step < 0) {
        jump_to_step(0, now, events);
        return;
    }
    const auto step = static_cast<std::size_t>(segment.step);
    Time into_step = position(now);
    for (std::size_t i = first_segment_of(step); i < m_index; ++i) {
        into_step += scaled(m_timeline.segments[i].duration);
    }
    const std::size_t target = (into_step > scaled(k_back_grace_seconds) || step == 0) ? step : step - 1;
    events.push_back({Event::Kind::back, m_index, static_cast<int>(target)});
    jump_to_step(target, now, events);
}

void Session::go_next(bool only_get_ready, Time now, std::vector<Event>& events) {
    const auto& segment = m_timeline.segments[m_index];
    if (model::gets_ready(segment.kind)) {
        // Ready early: the work starts now, and nothing counts as skipped.
        jump_to(m_index + 1, now, events);
        return;
    }
    if (only_get_ready) {
        return;
    }
    const std::size_t step = segment.step < 0 ? 0 : static_cast<std::size_t>(segment.step) + 1;
    if (segment.step >= 0 && !m_step_done[static_cast<std::size_t>(segment.step)]) {
        m_step_skipped[static_cast<std::size_t>(segment.step)] = true;
    }
    events.push_back({Event::Kind::skip, m_index, segment.step});
    jump_to_step(step, now, events);
}

void Session::adjust(int sign, Time now, std::vector<Event>& events) {
    const auto& segment = m_timeline.segments[m_index];
    if (segment.kind == SegmentKind::reps && segment.rep_seconds > 0) {
        // A rep more or less (on each side when they alternate); never below the rep under way.
        const int current = rep_moment(segment, reps_now(), position(now), m_speed).rep;
        if (sign < 0 && reps_now() <= std::max(current, 1)) {
            return;
        }
        m_reps_added += sign;
        m_segment_length += rep_length(segment, m_speed) * (segment.alternate ? 2 : 1) * sign;
        events.push_back({Event::Kind::adjust_reps, m_index, sign});
        return;
    }
    if (!model::counts_down(segment.kind)) { // + and - change what counts down
        return;
    }
    m_segment_length += scaled(k_adjust_seconds) * sign;
    m_segment_length = std::max(m_segment_length, position(now));
    if (sign > 0) {
        m_countdown_sent = k_countdown_from + 1;
    }
    events.push_back({Event::Kind::adjust, m_index, sign * k_adjust_seconds});
}

std::vector<Event> Session::handle(Command command, Time now) {
    std::vector<Event> events;
    if (finished()) {
        return events;
    }
    if (command == Command::quit) {
        if (!std::exchange(m_quit_armed, true)) {
            events.push_back({Event::Kind::confirm_quit, m_index, 0});
            return events;
        }
        m_outcome = Outcome::quit;
        events.push_back({Event::Kind::quit, m_index, 0});
        return events;
    }
    m_quit_armed = false; // any other key goes on
    switch (command) {
    case Command::toggle_pause:
        if (m_paused_at) {
            const Time paused_for = now - *m_paused_at;
            m_paused_total += paused_for;
            m_segment_start += paused_for;
            m_paused_at.reset();
            events.push_back({Event::Kind::resume, m_index, 0});
        } else {
            m_paused_at = now;
            events.push_back({Event::Kind::pause, m_index, 0});
        }
        break;
    case Command::next:
    case Command::start_now:
        go_next(command == Command::start_now, now, events);
        break;
    case Command::back:
        go_back(now, events);
        break;
    case Command::add_time:
    case Command::take_time:
        adjust(command == Command::add_time ? 1 : -1, now, events);
        break;
    case Command::toggle_mute:
        m_muted = !m_muted;
        events.push_back({Event::Kind::mute, m_index, m_muted ? 1 : 0});
        break;
    case Command::quit:
        break;
    }
    auto more = advance(now);
    events.insert(events.end(), more.begin(), more.end());
    return events;
}

Time Session::next_wakeup(Time now) const {
    if (finished() || paused()) {
        return Time::max();
    }
    const Time end = segment_end();
    const Time unit = scaled(1);
    Time wake = end;
    if (end > now && unit.count() > 0) {
        const auto k = (end - now - Time(1)) / unit; // whole seconds strictly ahead
        wake = std::min(wake, end - unit * k);
    }
    const auto& segment = m_timeline.segments[m_index];
    if (segment.kind == SegmentKind::reps && segment.rep_seconds > 0 && !segment.phases.empty()) {
        // The next phase, and each second of a rep's hold (its countdown is on screen).
        const RepMoment moment = rep_moment(segment, reps_now(), now - m_segment_start, m_speed);
        const Time phase_end = m_segment_start + moment.phase_end;
        wake = std::min(wake, phase_end);
        if (segment.phases[moment.phase].name == "hold" && phase_end > now && unit.count() > 0) {
            const auto k = (phase_end - now - Time(1)) / unit;
            wake = std::min(wake, phase_end - unit * k);
        }
    }
    return std::max(wake, now);
}

View Session::view(Time now) const {
    View view;
    const auto& segments = m_timeline.segments;
    const auto& segment = segments[m_index];
    view.segment = &segment;
    view.next = m_index + 1 < segments.size() && segments[m_index + 1].kind != SegmentKind::done
                    ? &segments[m_index + 1]
                    : nullptr;
    view.steps = m_timeline.steps.size();
    view.step = segment.step >= 0 ? static_cast<std::size_t>(segment.step)
                                  : (segment.kind == SegmentKind::done ? view.steps : 0);
    const Time unit = scaled(1);
    const Time pos = std::clamp(position(now), Time(0), m_segment_length);
    view.segment_length = ceil_div(m_segment_length.count(), unit.count());
    view.segment_left = ceil_div((m_segment_length - pos).count(), unit.count());
    view.segment_fraction = m_segment_length.count() > 0
                                ? static_cast<double>(pos.count()) / static_cast<double>(m_segment_length.count())
                                : 1.0;
    const Time active = (m_paused_at ? *m_paused_at : now) - m_started - m_paused_total;
    view.elapsed = static_cast<int>(active / unit);
    view.remaining = view.segment_left;
    for (std::size_t i = m_index + 1; i < segments.size(); ++i) {
        view.remaining += segments[i].duration;
    }
    view.total = view.elapsed + view.remaining;
    view.cue = segment.cue;
    if (segment.kind == SegmentKind::reps && segment.rep_seconds > 0) {
        view.reps = reps_now();
        const RepMoment moment = rep_moment(segment, view.reps, pos, m_speed);
        view.rep = moment.rep;
        view.rep_side = moment.side;
        if (moment.phase < segment.phases.size()) {
            view.phase = &segment.phases[moment.phase];
            if (view.phase->name == "hold") {
                view.hold_left = ceil_div((moment.phase_end - pos).count(), unit.count());
            }
            if (!view.phase->cue.empty()) {
                view.cue = view.phase->cue;
            }
        }
        if (!segment.cues.empty() && (view.phase == nullptr || view.phase->cue.empty())) {
            view.cue = segment.cues[static_cast<std::size_t>(moment.index) % segment.cues.size()];
        }
    }
    view.paused = paused();
    view.muted = m_muted;
    view.quit_armed = m_quit_armed;
    view.back_to_side = previous_block(m_index).has_value();
    return view;
}

Summary Session::summary(Time now) const {
    Summary summary;
    summary.outcome = m_outcome;
    const Time active = (m_paused_at ? *m_paused_at : now) - m_started - m_paused_total;
    summary.active_seconds = static_cast<int>(std::llround(static_cast<double>(active.count()) / 1e6));
    summary.planned_seconds = m_timeline.total;
    summary.steps_total = static_cast<int>(m_timeline.steps.size());
    for (std::size_t i = 0; i < m_step_done.size(); ++i) {
        summary.steps_done += m_step_done[i] ? 1 : 0;
        summary.steps_skipped += (m_step_skipped[i] && !m_step_done[i]) ? 1 : 0;
    }
    return summary;
}

} // namespace br::runner
