#pragma once
#include <backroutine/catalog/query.hpp>
#include <backroutine/model/catalog.hpp>
#include <backroutine/render/style.hpp>

#include <string>
#include <vector>

namespace br::render {

/// How a table fits its space.
struct TableFit {
    std::size_t max_width = 40;        // a cell past this many code points is cut with an ellipsis
    std::size_t total_width = 0;       // the line's width (0: no limit)
    std::vector<std::size_t> optional; // columns left out, in this order, when the line would not fit
};

/// Aligned columns with a header row; cells are sanitized and cut to their
/// column. With `total_width`, optional columns are left out and the widest
/// middle columns shrink until a line fits; the last column then wraps
/// under itself instead of being cut.
std::string table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                  const Style& style, const TableFit& fit = {});

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
std::string search_text(const std::vector<catalog::Hit>& hits, const Style& style, std::size_t columns = 0);

} // namespace br::render
