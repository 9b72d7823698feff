#pragma once
#include <backroutine/model/history.hpp>
#include <backroutine/render/style.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace br::render {

/// Local date and time, `YYYY-MM-DD HH:MM`.
std::string local_time(std::int64_t unix_seconds);
/// Local time with its zone, ISO 8601: `2026-11-27T17:05:00+01:00`.
std::string iso_time(std::int64_t unix_seconds);

/// `history`: a table, CSV (RFC 4180) or JSON of sessions.
std::string history_table(const std::vector<model::SessionRecord>& sessions, const Style& style);
std::string history_csv(const std::vector<model::SessionRecord>& sessions);
nlohmann::json history_json(const std::vector<model::SessionRecord>& sessions);

/// `stats`: text or JSON.
std::string stats_text(const model::Stats& stats, const Style& style);
nlohmann::json stats_json(const model::Stats& stats);

} // namespace br::render
