#pragma once
// The options that name a routine and shape its timeline, shared by plan, run and sheet.
#include <backroutine/cli/context.hpp>
#include <backroutine/error.hpp>
#include <backroutine/model/timeline.hpp>
#include <backroutine/plan/expand.hpp>

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace br::cli {

struct RoutineOptions {
    std::string ref;
    std::vector<std::string> steps;
    bool acute = false;
};

/// Binds REF, --step and --acute to `options`, --intensity to `flags`.
void add_routine_options(CLI::App& cmd, RoutineOptions& options, model::SettingFlags& flags);

/// The timeline of the routine the options name, with the settings applied
/// (flags over environment over config over defaults).
model::Timeline timeline_for(Context& ctx, const RoutineOptions& options);

/// How long `routine` runs with the user's settings, in seconds; 0 when it cannot be planned.
int planned_seconds(Context& ctx, const model::Routine& routine);

} // namespace br::cli
