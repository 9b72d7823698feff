#include <backroutine/render/words.hpp>
#include <backroutine/runner/cues.hpp>
#include <backroutine/runner/spawn.hpp>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/wait.h>
#include <unistd.h>
#include <utility>

namespace br::runner {
namespace {

using model::SegmentKind;

// True for the first work segment after a step's setup: the exercise starts.
bool starts_exercise(const model::Timeline& timeline, std::size_t index) {
    return index > 0 && model::is_work(timeline.segments[index].kind) &&
           timeline.segments[index - 1].kind == SegmentKind::setup;
}

} // namespace

Bell bell_for(const Event& event, const model::Timeline& timeline) {
    switch (event.kind) {
    case Event::Kind::countdown:
        return Bell::count;
    case Event::Kind::finish:
        return Bell::end;
    case Event::Kind::segment:
        break;
    default:
        return Bell::none;
    }
    const auto kind = timeline.segments[event.segment].kind;
    if (starts_exercise(timeline, event.segment)) {
        return Bell::work;
    }
    if (kind == SegmentKind::switch_sides || kind == SegmentKind::transition) {
        return Bell::change;
    }
    return kind == SegmentKind::rest ? Bell::rest : Bell::none;
}

Rings rings_of(Bell bell) {
    switch (bell) {
    case Bell::work:
    case Bell::count:
        return {1, 0};
    case Bell::change:
        return {2, 250};
    case Bell::rest:
        return {3, 250};
    case Bell::end:
        return {4, 300};
    case Bell::none:
        break;
    }
    return {};
}

bool is_count(const Event& event) {
    return event.kind == Event::Kind::countdown;
}

std::optional<Utterance> utterance(const std::vector<Event>& events, const model::Timeline& timeline,
                                   model::VoiceReps reps) {
    Utterance out{{}, !events.empty()};
    for (const auto& event : events) {
        if (auto said = spoken(event, timeline, reps)) {
            out.text += (out.text.empty() ? "" : " ") + *said;
            out.count = out.count && is_count(event);
        }
    }
    if (out.text.empty()) {
        return std::nullopt;
    }
    return out;
}

std::optional<std::string> spoken(const Event& event, const model::Timeline& timeline, model::VoiceReps reps) {
    const auto& segment = timeline.segments[event.segment];
    switch (event.kind) {
    case Event::Kind::countdown:
        // On the beat at the end of holds, timed work and rest only.
        if (segment.kind == SegmentKind::hold || segment.kind == SegmentKind::timed ||
            segment.kind == SegmentKind::rest) {
            return std::to_string(event.value);
        }
        return std::nullopt;
    case Event::Kind::finish:
        return "Well done. Routine complete.";
    case Event::Kind::pause:
        return "Paused.";
    case Event::Kind::rep:
        return render::spoken_rep(segment, {event.rep, event.phase, event.side}, reps);
    case Event::Kind::segment:
        break;
    default:
        return std::nullopt;
    }
    auto words = render::words_for(segment, timeline.step_of(segment)).spoken;
    // The end of a set of reps is said, so a person with eyes closed knows to stop.
    if (words && event.segment > 0 && timeline.segments[event.segment - 1].kind == SegmentKind::reps) {
        words = "Stop. " + *words;
    }
    return words;
}

Voice::Voice(std::vector<std::string> command) : m_command(std::move(command)) {}

Voice::~Voice() {
    // Let the last words ("Well done") finish rather than cut them off, but
    // never hang on a voice command that does not end.
    for (int i = 0; i < 150 && !m_children.empty(); ++i) {
        reap();
        if (!m_children.empty()) {
            ::usleep(20'000);
        }
    }
}

void Voice::reap() {
    for (auto it = m_children.begin(); it != m_children.end();) {
        int status = 0;
        const pid_t done = ::waitpid(it->pid, &status, WNOHANG);
        if (done == 0) {
            ++it;
            continue;
        }
        const bool failed = !(WIFEXITED(status) && WEXITSTATUS(status) == 0);
        if (done > 0 && failed && !it->stopped && !m_broken) {
            m_broken = true;
            m_problem = "voice: '" + m_command.front() + "' failed; going on without voice";
        }
        it = m_children.erase(it);
    }
}

void Voice::say(const std::string& text, bool count) {
    reap();
    if (m_broken || m_command.empty()) {
        return;
    }
    // The newest words win: what is still speaking stops, except a count number (it is short and on the beat).
    for (auto& child : m_children) {
        if (!child.count && !child.stopped) {
            ::kill(child.pid, SIGTERM);
            child.stopped = true;
        }
    }
    std::vector<std::string> args = m_command;
    args.push_back(text);
    const Spawned spawned = spawn_quiet(std::move(args));
    if (spawned.error != 0) {
        m_broken = true;
        m_problem = "voice: cannot start '" + m_command.front() + "' (" + std::strerror(spawned.error) +
                    "); going on without voice";
        return;
    }
    m_children.push_back({spawned.pid, count, false});
}

std::string Voice::take_problem() {
    reap();
    return std::exchange(m_problem, std::string());
}

} // namespace br::runner
