#pragma once
#include <backroutine/runner/hooks.hpp>
#include <backroutine/runner/presenter.hpp>

namespace br::cli {

/// Shows a run through `inner` and starts the user's `exercise-start` hook
/// as each exercise (and each side of it) begins, with what it is in the
/// hook's environment: BACKROUTINE_ROUTINE, BACKROUTINE_ROUTINE_NAME,
/// BACKROUTINE_EXERCISE, BACKROUTINE_EXERCISE_NAME, BACKROUTINE_SIDE,
/// BACKROUTINE_STEP, BACKROUTINE_STEPS and BACKROUTINE_SECONDS.
class ExerciseHooks final : public runner::ForwardingPresenter {
public:
    ExerciseHooks(runner::Presenter& inner, runner::Hooks& hooks) : ForwardingPresenter(inner), m_hooks(hooks) {}

    void update(const runner::Session& session, const std::vector<runner::Event>& events, runner::Time now) override;

private:
    runner::Hooks& m_hooks;
    int m_step = -1; // the step and side last told of
    model::Side m_side = model::Side::none;
};

} // namespace br::cli
