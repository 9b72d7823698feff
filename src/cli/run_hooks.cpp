#include <backroutine/cli/run_hooks.hpp>
#include <backroutine/util/text.hpp>

namespace br::cli {

void ExerciseHooks::update(const runner::Session& session, const std::vector<runner::Event>& events, runner::Time now) {
    const model::Timeline& timeline = session.timeline();
    for (const auto& event : events) {
        if (event.kind != runner::Event::Kind::segment || event.segment >= timeline.segments.size()) {
            continue;
        }
        const model::Segment& segment = timeline.segments[event.segment];
        // Directions, parts and positions of one exercise are one start; a new side is another.
        if (!model::is_work(segment.kind) || (segment.step == m_step && segment.side == m_side)) {
            continue;
        }
        m_step = segment.step;
        m_side = segment.side;
        const model::TimelineStep& step = timeline.steps.at(static_cast<std::size_t>(segment.step));
        m_hooks.fire("exercise-start",
                     {{"BACKROUTINE_ROUTINE", timeline.id},
                      {"BACKROUTINE_ROUTINE_NAME", util::sanitize(timeline.name)},
                      {"BACKROUTINE_EXERCISE", step.exercise},
                      {"BACKROUTINE_EXERCISE_NAME", util::sanitize(step.name)},
                      {"BACKROUTINE_SIDE", segment.side == model::Side::none ? "" : std::string(name_of(segment.side))},
                      {"BACKROUTINE_STEP", std::to_string(segment.step + 1)},
                      {"BACKROUTINE_STEPS", std::to_string(timeline.steps.size())},
                      {"BACKROUTINE_SECONDS", std::to_string(step.seconds)}});
    }
    ForwardingPresenter::update(session, events, now);
}

} // namespace br::cli
