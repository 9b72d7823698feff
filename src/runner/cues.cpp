#include <backroutine/render/words.hpp>
#include <backroutine/runner/cues.hpp>
#include <backroutine/runner/spawn.hpp>

#include <cerrno>
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

bool rings(const Event& event, const model::Timeline& timeline) {
    switch (event.kind) {
    case Event::Kind::countdown:
    case Event::Kind::finish:
        return true;
    case Event::Kind::segment: {
        const auto kind = timeline.segments[event.segment].kind;
        return starts_exercise(timeline, event.segment) || kind == SegmentKind::switch_sides ||
               kind == SegmentKind::rest;
    }
    default:
        return false;
    }
}

std::optional<std::string> spoken(const Event& event, const model::Timeline& timeline) {
    const auto& segment = timeline.segments[event.segment];
    switch (event.kind) {
    case Event::Kind::countdown:
        return std::to_string(event.value);
    case Event::Kind::finish:
        return "Well done. Routine complete.";
    case Event::Kind::pause:
        return "Paused.";
    case Event::Kind::segment:
        break;
    default:
        return std::nullopt;
    }
    return render::words_for(segment, timeline.step_of(segment)).spoken;
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
        const pid_t done = ::waitpid(*it, &status, WNOHANG);
        if (done == 0) {
            ++it;
            continue;
        }
        if (done > 0 && !(WIFEXITED(status) && WEXITSTATUS(status) == 0) && !m_broken) {
            m_broken = true;
            m_problem = "voice: '" + m_command.front() + "' failed; going on without voice";
        }
        it = m_children.erase(it);
    }
}

void Voice::say(const std::string& text) {
    reap();
    if (m_broken || m_command.empty()) {
        return;
    }
    std::vector<std::string> args = m_command;
    args.push_back(text);
    const Spawned child = spawn_quiet(std::move(args));
    if (child.error != 0) {
        m_broken = true;
        m_problem = "voice: cannot start '" + m_command.front() + "' (" + std::strerror(child.error) +
                    "); going on without voice";
        return;
    }
    m_children.push_back(child.pid);
}

std::string Voice::take_problem() {
    reap();
    return std::exchange(m_problem, std::string());
}

} // namespace br::runner
