#pragma once
#include <backroutine/model/catalog.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace br::plan {

/// Parses the compact dose of `--step ID:DOSE`: `10` (reps), `45s`/`1m30s`
/// (hold, or duration for timed exercises), `3x12` or `2x30s` (sets), ranges
/// such as `10-15`, and `/side` for each side. Throws br::Error (usage).
model::Dose parse_compact_dose(std::string_view text, const model::Exercise& exercise);

/// Builds a routine from `--step ID[:DOSE]` arguments, in order; unknown ids
/// and malformed doses throw br::Error (usage) saying what is wrong.
model::Routine routine_from_steps(const std::vector<std::string>& steps, const model::Catalog& catalog);

} // namespace br::plan
