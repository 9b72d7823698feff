#pragma once
// Dates and times as people type them on the command line: history and log.
#include <cstdint>
#include <string>

namespace br::cli {

/// Which end of a day a bare date means.
enum class DayEdge { start, end };

/// A moment from `text`: `now`, `today`, `yesterday`, a date (2026-11-01),
/// a date and time (2026-11-01 18:30 or 2026-11-01T18:30), a time today
/// (18:30), or a span back from now (7d, 2w, 12h, 30m). A day means its
/// start or, with DayEdge::end, the start of the next day. `option` names
/// the option in the usage error (br::Error, exit 2) for anything else,
/// including dates that do not exist (2026-02-30).
std::int64_t parse_when(const std::string& text, std::int64_t now, DayEdge edge, const std::string& option);

} // namespace br::cli
