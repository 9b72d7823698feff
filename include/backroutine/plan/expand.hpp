#pragma once
#include <backroutine/model/catalog.hpp>
#include <backroutine/model/settings.hpp>
#include <backroutine/model/timeline.hpp>

#include <optional>

namespace br::plan {

/// How a routine is to be played.
struct PlanOptions {
    model::Timing timing;
    std::optional<model::RoutineIntensity> intensity; // overrides the routine's own
    bool acute = false;                               // gentle doses; leave out overhead, vigorous and loaded work
};

/// True for what the seeds say to avoid during acute pain: overhead work,
/// vigorous exercise and resistance (band) strength work.
bool avoid_when_acute(const model::Exercise& exercise);

/// The dose of `exercise` with `override_dose` laid over it and every range
/// picked at `pick`.
model::Dose resolve_dose(const model::Dose& base, const std::optional<model::Dose>& override_dose, model::Pick pick);

/// Seconds to get into `to` after `from` (the user starts standing).
int setup_seconds(model::Position from, model::Position to, const model::Timing& timing);

/// Seconds added to a setup for the equipment of `next` after `previous`
/// (null at the start): a band anchored anew, a roller or ball fetched.
int equipment_seconds(const model::Exercise* previous, const model::Exercise& next, const model::Timing& timing);

/// Expands `routine` (nested routines inlined) into its timeline. The
/// catalog must hold every exercise and routine it names.
model::Timeline expand(const model::Catalog& catalog, const model::Routine& routine, const PlanOptions& options);

} // namespace br::plan
