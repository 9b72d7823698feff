#include <backroutine/model/figure_geometry.hpp>
#include <backroutine/render/figure.hpp>
#include <backroutine/render/figure_motion.hpp>
#include <backroutine/render/json.hpp>
#include <backroutine/render/plan.hpp>
#include <backroutine/render/words.hpp>
#include <backroutine/runner/presenter.hpp>
#include <backroutine/runner/terminal.hpp>
#include <backroutine/util/text.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <thread>

namespace br::runner {
namespace {

using model::SegmentKind;

// Active time in the routine's own seconds (so --speed previews read like the plan).
int elapsed_seconds(const Session& session, Time now) {
    return session.view(now).elapsed;
}

// `[02:15]`: minutes and seconds, hours when there are any.
std::string stamp(int seconds) {
    char buffer[32];
    if (seconds >= 3600) {
        std::snprintf(buffer, sizeof buffer, "[%d:%02d:%02d] ", seconds / 3600, (seconds / 60) % 60, seconds % 60);
    } else {
        std::snprintf(buffer, sizeof buffer, "[%02d:%02d] ", seconds / 60, seconds % 60);
    }
    return buffer;
}

// `{"event": "rep", "rep": 3, "of": 10, "phase": "hold", "seconds": 5, ...}`: a rep phase begins.
nlohmann::json rep_json(const model::Segment& segment, const Event& event) {
    nlohmann::json line{{"event", "rep"}, {"rep", event.rep}, {"of", event.of}};
    if (event.phase < segment.phases.size()) {
        line["phase"] = segment.phases[event.phase].name;
        line["seconds"] = segment.phases[event.phase].millis / 1000.0;
    }
    if (event.side != model::Side::none) {
        line["side"] = model::name_of(event.side);
    } else if (segment.side != model::Side::none) {
        line["side"] = model::name_of(segment.side);
    }
    if (!segment.direction.empty()) {
        line["direction"] = segment.direction;
    }
    if (const std::string label = segment.label(); !label.empty()) {
        line["label"] = label;
    }
    return line;
}

void check(std::ostream& out) {
    out.flush();
    if (!out) {
        throw OutputClosed{};
    }
}

} // namespace

std::string_view name_of(Ending ending) {
    static constexpr std::array<std::string_view, 6> k_names{"completed",  "quit",   "interrupted",
                                                             "terminated", "hangup", "output-closed"};
    return k_names.at(static_cast<std::size_t>(ending));
}

LivePresenter::LivePresenter(Terminal& terminal, render::Style style, bool bell, std::unique_ptr<Voice> voice,
                             std::string reminder, model::VoiceReps voice_reps, bool figures)
    : m_terminal(terminal), m_style(style), m_bell(bell), m_voice(std::move(voice)), m_reminder(std::move(reminder)),
      m_voice_reps(voice_reps), m_figures(figures) {}

void LivePresenter::speak(const Session& session, const std::vector<Event>& events) {
    if (auto words = utterance(events, session.timeline(), m_voice_reps)) {
        m_voice->say(words->text, words->count);
    }
}

void LivePresenter::ring(const Session& session, const std::vector<Event>& events, Time now) {
    Bell strongest = Bell::none;
    for (const auto& event : events) {
        strongest = std::max(strongest, bell_for(event, session.timeline()));
    }
    if (strongest == Bell::none) {
        return;
    }
    const Rings rings = rings_of(strongest);
    m_rings.clear(); // a new pattern replaces the rest of an old one
    for (int i = 0; i < rings.count; ++i) {
        m_rings.push_back(now + std::chrono::milliseconds(rings.gap_ms * i));
    }
}

Time LivePresenter::wakeup() const {
    return std::min(m_rings.empty() ? Time::max() : m_rings.front(), m_next_frame);
}

// The exercise's figure in the box beside the countdown, posed for this moment.
render::BrailleFigure LivePresenter::figure_now(const model::TimelineStep& step, const View& view, Time now) {
    m_next_frame = Time::max();
    const FigureBox box = figure_box(m_terminal.size());
    if (!m_figures || !step.figure || box.columns <= 0) {
        return {};
    }
    const model::Segment& segment = *view.segment;
    const double seconds = view.segment_fraction * segment.duration;
    const model::Pose pose = render::pose_at(*step.figure, segment, seconds);
    if (!view.paused && (segment.kind == model::SegmentKind::reps || segment.kind == model::SegmentKind::timed)) {
        m_next_frame = now + std::chrono::milliseconds(125); // the figure moves: eight frames a second
    }
    // As many rows as the figure needs at the box's width: a standing one goes on down when there is room.
    if (m_bounds_of != step.figure.get()) {
        m_bounds_of = step.figure.get();
        m_bounds = model::bounds(*step.figure, true);
    }
    const model::Box& bounds = m_bounds;
    const int columns = box.columns - 1;
    const double dots_high = bounds.width() > 0 ? columns * 2.0 * bounds.height() / bounds.width() : 0;
    const int rows = std::clamp(static_cast<int>(std::ceil(dots_high / 4)), box.rows, box.most_rows);
    return render::figure_braille(model::draw(*step.figure, pose, render::mirrored(segment)), bounds, columns, rows);
}

void LivePresenter::update(const Session& session, const std::vector<Event>& events, Time now) {
    if (!session.muted()) {
        if (m_bell) {
            ring(session, events, now);
        }
        if (m_voice) {
            speak(session, events);
        }
    } else {
        m_rings.clear();
    }
    if (m_voice) {
        if (auto problem = m_voice->take_problem(); !problem.empty()) {
            m_status = problem;
        }
    }
    std::string bells;
    while (!m_rings.empty() && m_rings.front() <= now) {
        bells = "\a"; // rings due together sound once
        m_rings.erase(m_rings.begin());
    }
    if (session.finished()) {
        if (!bells.empty()) {
            m_terminal.write(bells);
        }
        return;
    }
    draw(session, now, bells);
}

void LivePresenter::draw(const Session& session, Time now, const std::string& prefix) {
    const View view = session.view(now);
    ScreenInput input;
    input.view = &view;
    input.routine_name = session.timeline().name;
    if (const auto* step = session.timeline().step_of(*view.segment)) {
        input.instructions = model::steps_for_side(step->instructions, view.segment->side);
        input.cautions = step->cautions;
        input.figure = figure_now(*step, view, now);
    } else {
        m_next_frame = Time::max();
    }
    input.status = !m_status.empty() || view.segment->kind != SegmentKind::lead_in ? m_status : m_reminder;
    input.emphasis = true;
    const Size size = m_terminal.size();
    if (size.columns != m_shown_size.columns || size.rows != m_shown_size.rows) {
        m_shown.clear(); // a resized terminal may have moved everything: draw it all
        m_shown_size = size;
    }
    auto lines = screen_lines(input, size, m_style);
    m_terminal.write(prefix + repaint(m_shown, lines));
    m_shown = std::move(lines);
}

void LivePresenter::finish(const Session& session, Ending ending, Time now) {
    const Summary summary = session.summary(now);
    if (ending == Ending::completed) {
        // The end screen stays until a key, so the summary is seen from the floor.
        ScreenInput input;
        input.routine_name = session.timeline().name;
        input.finished = true;
        input.summary = &summary;
        input.emphasis = true;
        std::string frame = "\x1b[H\x1b[2J";
        const auto lines = screen_lines(input, m_terminal.size(), m_style);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            frame += lines[i] + (i + 1 < lines.size() ? "\r\n" : "");
        }
        m_terminal.write(frame);
        // The rest of the end's bell pattern (its first ring sounded with the last frame), spaced out.
        for (std::size_t i = 0; i < m_rings.size() && m_bell && !session.muted(); ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(rings_of(Bell::end).gap_ms));
            m_terminal.write("\a");
        }
        m_rings.clear();
        m_terminal.wait_for_key();
    }
    m_terminal.leave();
    std::string text;
    for (const auto& line : summary_lines(summary, session.timeline().name)) {
        text += line + "\n";
    }
    m_terminal.write(text);
}

void LivePresenter::suspend() {
    m_terminal.leave();
}

void LivePresenter::resume() {
    m_terminal.enter(); // a fresh screen
    m_shown.clear();
}

void PlainPresenter::update(const Session& session, const std::vector<Event>& events, Time now) {
    const int at = elapsed_seconds(session, now);
    for (const auto& event : events) {
        const auto& segment = session.timeline().segments[event.segment];
        switch (event.kind) {
        case Event::Kind::segment:
            if (segment.kind != SegmentKind::done) {
                m_out << stamp(at) << render::words_for(segment).line << '\n';
            }
            break;
        case Event::Kind::pause:
            m_out << stamp(at) << "Paused\n";
            break;
        case Event::Kind::resume:
            m_out << stamp(at) << "Resumed\n";
            break;
        case Event::Kind::skip:
            m_out << stamp(at) << "Skipped\n";
            break;
        case Event::Kind::confirm_quit:
            m_out << stamp(at) << "Quit? q again to quit, any other key goes on\n";
            break;
        default:
            break;
        }
    }
    check(m_out);
}

void PlainPresenter::finish(const Session& session, Ending ending, Time now) {
    const Summary summary = session.summary(now);
    if (!m_quiet || ending != Ending::completed) {
        m_out << stamp(elapsed_seconds(session, now))
              << (ending == Ending::completed ? "Done" : "Stopped (" + std::string(name_of(ending)) + ")") << '\n';
        for (const auto& line : summary_lines(summary, session.timeline().name)) {
            m_out << line << '\n';
        }
    }
    check(m_out);
}

void EventsPresenter::update(const Session& session, const std::vector<Event>& events, Time now) {
    const int at = elapsed_seconds(session, now);
    for (const auto& event : events) {
        const auto& segment = session.timeline().segments[event.segment];
        nlohmann::json line;
        switch (event.kind) {
        case Event::Kind::segment:
            line = render::segment_json(segment);
            line["event"] = "segment";
            line["step"] = segment.step >= 0 ? nlohmann::json(segment.step + 1) : nlohmann::json(nullptr);
            break;
        case Event::Kind::pause:
            line = {{"event", "pause"}};
            break;
        case Event::Kind::resume:
            line = {{"event", "resume"}};
            break;
        case Event::Kind::skip:
            line = {{"event", "skip"},
                    {"step", event.value >= 0 ? nlohmann::json(event.value + 1) : nlohmann::json(nullptr)}};
            break;
        case Event::Kind::back:
            line = {{"event", "back"}, {"step", event.value + 1}};
            break;
        case Event::Kind::adjust:
            line = {{"event", "adjust"}, {"seconds", event.value}};
            break;
        case Event::Kind::adjust_reps:
            line = {{"event", "adjust"}, {"reps", event.value}};
            break;
        case Event::Kind::rep:
            line = rep_json(segment, event);
            break;
        default:
            continue; // countdowns, mute, finish and quit are covered elsewhere
        }
        line["at"] = at;
        m_out << render::dump(line, false) << '\n';
    }
    check(m_out);
}

void EventsPresenter::finish(const Session& session, Ending ending, Time now) {
    const Summary summary = session.summary(now);
    const nlohmann::json line{{"event", "finish"},
                              {"at", elapsed_seconds(session, now)},
                              {"outcome", name_of(ending)},
                              {"active_seconds", summary.active_seconds},
                              {"planned_seconds", summary.planned_seconds},
                              {"steps_done", summary.steps_done},
                              {"steps_skipped", summary.steps_skipped},
                              {"steps_total", summary.steps_total}};
    m_out << render::dump(line, false) << '\n';
    check(m_out);
}

} // namespace br::runner
