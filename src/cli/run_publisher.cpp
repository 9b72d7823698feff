#include <backroutine/cli/run_publisher.hpp>
#include <backroutine/render/words.hpp>
#include <backroutine/util/text.hpp>

#include <algorithm>

namespace br::cli {
namespace {

// The events after which what status shows would be wrong: a new segment, a
// pause or resume, a segment made longer or shorter.
bool changes_state(const runner::Event& event) {
    using Kind = runner::Event::Kind;
    switch (event.kind) {
    case Kind::segment:
    case Kind::pause:
    case Kind::resume:
    case Kind::adjust:
    case Kind::adjust_reps:
        return true;
    default:
        return false;
    }
}

} // namespace

store::RunState run_state(const runner::Session& session, runner::Time now, int pid) {
    const runner::View view = session.view(now);
    const model::Timeline& timeline = session.timeline();
    store::RunState state;
    state.pid = pid;
    state.routine = util::sanitize(timeline.name);
    state.routine_id = util::sanitize(timeline.id);
    state.step = render::words_for(*view.segment, timeline.step_of(*view.segment)).heading;
    state.phase = std::string(model::name_of(view.segment->kind));
    state.step_number = static_cast<int>(std::min(view.step + 1, view.steps));
    state.steps = static_cast<int>(view.steps);
    state.paused = view.paused;
    state.speed = session.speed();
    state.segment_left = view.segment_left;
    state.segment_end = view.paused ? 0 : session.segment_end().count();
    state.after_segment = view.remaining - view.segment_left;
    return state;
}

RunPublisher::RunPublisher(runner::Presenter& inner, std::filesystem::path dir, int pid)
    : ForwardingPresenter(inner), m_dir(std::move(dir)), m_pid(pid) {}

RunPublisher::~RunPublisher() {
    store::withdraw_run(m_dir, m_pid);
}

void RunPublisher::update(const runner::Session& session, const std::vector<runner::Event>& events, runner::Time now) {
    if (!session.finished() && (!m_published || std::any_of(events.begin(), events.end(), changes_state))) {
        store::publish_run(m_dir, run_state(session, now, m_pid));
        m_published = true;
    }
    ForwardingPresenter::update(session, events, now);
}

void RunPublisher::finish(const runner::Session& session, runner::Ending ending, runner::Time now) {
    // Gone before the end screen waits for its key: the run is over.
    store::withdraw_run(m_dir, m_pid);
    ForwardingPresenter::finish(session, ending, now);
}

} // namespace br::cli
