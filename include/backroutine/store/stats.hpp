#pragma once
#include <backroutine/model/history.hpp>
#include <backroutine/store/history.hpp>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace br::store {

/// Local calendar day of a Unix time, as days since 1970-01-01 (local).
using DayOf = std::function<std::int64_t(std::int64_t unix_seconds)>;

/// The local time zone of the process.
DayOf local_days();

/// Sessions a week that a routine's frequency asks for ("3x per week" → 3,
/// "daily" → 7), if it says.
std::optional<int> weekly_target(const std::string& frequency);

using RoutineWeek = model::RoutineWeek;
using PainWeek = model::PainWeek;
using PainChange = model::PainChange;
using BreakCounts = model::BreakCounts;
using Stats = model::Stats;

/// A session counts as done (toward streaks and targets) when at least half
/// of its planned time was done; a run whose steps were all skipped never does.
bool counts_as_done(const SessionRecord& session);

/// The seeds' "when to seek help" from check-ins: a severe rating (8 or more)
/// just given (`current`) or in the last two weeks, or pain of 3 or more at
/// every check-in for 14 days or longer. Empty when neither holds.
std::string seek_help_advice(const std::vector<SessionRecord>& sessions, std::int64_t now, const DayOf& day_of,
                             std::optional<int> current = std::nullopt);

/// Stats of `sessions` and `breaks` at `now`; `frequencies` maps routine ids to their frequency text.
Stats compute_stats(const std::vector<SessionRecord>& sessions, std::int64_t now, const DayOf& day_of,
                    const std::map<std::string, std::string>& frequencies, const std::vector<BreakRecord>& breaks = {});

} // namespace br::store
