#pragma once
#include <backroutine/runner/clock.hpp>
#include <backroutine/runner/input.hpp>
#include <backroutine/runner/presenter.hpp>
#include <backroutine/runner/session.hpp>

namespace br::runner {

/// Plays `session` to its end: waits for the next deadline or input, lets
/// the session advance, and shows what happened. Returns how it ended.
Ending run_loop(Session& session, Clock& clock, InputSource& input, Presenter& presenter);

} // namespace br::runner
