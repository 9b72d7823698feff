#pragma once
#include <backroutine/catalog/query.hpp>
#include <backroutine/model/catalog.hpp>
#include <backroutine/render/style.hpp>

#include <string>
#include <vector>

namespace br::render {

/// Aligned columns with a header row; cells are sanitized and, past
/// `max_width` code points, cut with an ellipsis. With `total_width`, the
/// widest columns shrink until each line fits it.
std::string table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                  const Style& style, std::size_t max_width = 40, std::size_t total_width = 0);

/// Tab-separated values with a header row; tabs and newlines in cells become spaces.
std::string tsv(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows);

/// Header and rows for `list exercises`.
std::vector<std::string> exercise_header();
std::vector<std::vector<std::string>> exercise_rows(const std::vector<const model::Exercise*>& exercises);

/// Header and rows for `list routines`.
std::vector<std::string> routine_header();
/// `seconds[i]` is routine i's length as it would run (0 when it cannot be planned).
std::vector<std::vector<std::string>> routine_rows(const std::vector<const model::Routine*>& routines,
                                                   const std::vector<int>& seconds);

/// `show` for an exercise: everything a person needs to do it.
std::string exercise_text(const model::Exercise& exercise, const model::Catalog& catalog, const Style& style);

/// `show` for a routine: its steps with their doses.
std::string routine_text(const model::Routine& routine, const model::Catalog& catalog, const Style& style,
                         int seconds = 0);

/// `safety`: what to avoid and when to seek help.
std::string safety_text(const model::Safety& safety, const model::Catalog& catalog, const Style& style);

/// `search`: one line per hit.
std::string search_text(const std::vector<catalog::Hit>& hits, const Style& style);

} // namespace br::render
