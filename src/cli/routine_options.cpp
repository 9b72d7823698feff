#include "routine_options.hpp"

#include <backroutine/util/text.hpp>

#include <algorithm>

namespace br::cli {

void add_routine_options(CLI::App& cmd, RoutineOptions& options, model::SettingFlags& flags) {
    cmd.add_option("routine", options.ref, "Routine id, routine file, or - for standard input");
    cmd.add_option("--step", options.steps,
                   "Exercise of a routine made on the command line: ID[:DOSE], DOSE like 10, 45s, 3x12, 30s/side")
        ->type_name("ID[:DOSE]");
    cmd.add_option("--intensity", flags.intensity, "Which end of each dose range: gentle, standard or full")
        ->check(CLI::IsMember(model::names_of<model::RoutineIntensity>()));
    cmd.add_flag("--acute", options.acute, "Pain is acute: gentle doses, no overhead, vigorous or resistance work");
}

namespace {

// An intensity asked for (flag, environment or config) that cannot change
// the routine is said on stderr: every dose in it is fixed, so its gentle
// and its full ends are the same timeline.
void note_fixed_doses(Context& ctx, const model::Routine& routine, const plan::PlanOptions& options,
                      const model::Timeline& timeline) {
    if (!options.intensity || options.acute || ctx.quiet) {
        return;
    }
    plan::PlanOptions other = options;
    other.intensity = *options.intensity == model::RoutineIntensity::gentle ? model::RoutineIntensity::full
                                                                            : model::RoutineIntensity::gentle;
    const model::Timeline alternative = plan::expand(ctx.catalog(), routine, other);
    const bool same =
        alternative.total == timeline.total &&
        std::equal(timeline.steps.begin(), timeline.steps.end(), alternative.steps.begin(), alternative.steps.end(),
                   [](const auto& a, const auto& b) { return a.dose == b.dose; });
    if (same) {
        ctx.err() << "backroutine: intensity '" << model::name_of(*options.intensity) << "' changes nothing in "
                  << util::sanitize(routine.name) << ": every dose in it is fixed\n";
    }
}

} // namespace

model::Timeline timeline_for(Context& ctx, const RoutineOptions& options) {
    const model::Settings& settings = ctx.settings();
    const model::Routine& routine = ctx.routine(options.ref, options.steps);
    plan::PlanOptions plan_options;
    plan_options.timing = settings.timing;
    plan_options.intensity = settings.intensity;
    plan_options.acute = options.acute;
    model::Timeline timeline = plan::expand(ctx.catalog(), routine, plan_options);
    note_fixed_doses(ctx, routine, plan_options, timeline);
    return timeline;
}

int planned_seconds(Context& ctx, const model::Routine& routine) {
    const model::Settings& settings = ctx.settings();
    plan::PlanOptions plan_options;
    plan_options.timing = settings.timing;
    plan_options.intensity = settings.intensity;
    try {
        return plan::expand(ctx.catalog(), routine, plan_options).total;
    } catch (const Error&) {
        return 0; // a routine that cannot be planned says why when it is planned
    }
}

} // namespace br::cli
