#pragma once
// Playing a routine, shared by run and remind.
#include "routine_options.hpp"

#include <backroutine/cli/context.hpp>
#include <backroutine/runner/presenter.hpp>

#include <optional>
#include <string>

namespace br::cli {

struct RunOptions {
    RoutineOptions routine;
    std::string events;
    double speed = 1.0;
    bool check_in = false;
    std::optional<int> pain_before;
    std::optional<int> pain_after;
};

/// Plays the routine the options name: the live screen on a terminal, plain
/// lines or JSON events otherwise; records it; sets the exit code and
/// returns how it ended (for remind, which goes on after a run).
runner::Ending play(Context& ctx, const RunOptions& options);

} // namespace br::cli
