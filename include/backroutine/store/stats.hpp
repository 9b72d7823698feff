#pragma once
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

/// How one routine is kept up this week.
struct RoutineWeek {
    std::string routine_id;
    std::string routine_name;
    int sessions = 0;          // completed this week (Monday to Sunday)
    std::optional<int> target; // from the routine's frequency
};

/// Average pain of the check-ins of one week.
struct PainWeek {
    std::int64_t week_start_day = 0; // Monday, days since 1970-01-01 (local)
    double average = 0;
    int check_ins = 0;
};

/// Pain before and after one session.
struct PainChange {
    std::int64_t started_at = 0;
    std::string routine_name;
    int before = 0;
    int after = 0;
};

/// What came of the reminders of this week.
struct BreakCounts {
    int taken = 0;
    int natural = 0; // the person was away already
    int snoozed = 0;
    int skipped = 0;
};

/// A session counts as done (toward streaks and targets) when at least half
/// of its planned time was done; a run whose steps were all skipped never does.
bool counts_as_done(const SessionRecord& session);

/// What `stats` shows.
struct Stats {
    int sessions = 0;
    int completed = 0; // done, as counts_as_done says
    int active_seconds = 0;
    int this_week_seconds = 0;
    int current_streak = 0; // days in a row with a completed session, up to today or yesterday
    int longest_streak = 0;
    std::vector<RoutineWeek> routines; // routines done this week, or with a target
    std::vector<PainWeek> pain;        // oldest first
    std::vector<PainChange> changes;   // the latest sessions with both ratings, oldest first
    BreakCounts breaks;                // this week
    std::string advice;                // "see a professional" when check-ins say so; empty otherwise
};

/// The seeds' "when to seek help" from check-ins: a severe rating (8 or more)
/// just given (`current`) or in the last two weeks, or pain of 3 or more at
/// every check-in for 14 days or longer. Empty when neither holds.
std::string seek_help_advice(const std::vector<SessionRecord>& sessions, std::int64_t now, const DayOf& day_of,
                             std::optional<int> current = std::nullopt);

/// Stats of `sessions` and `breaks` at `now`; `frequencies` maps routine ids to their frequency text.
Stats compute_stats(const std::vector<SessionRecord>& sessions, std::int64_t now, const DayOf& day_of,
                    const std::map<std::string, std::string>& frequencies, const std::vector<BreakRecord>& breaks = {});

} // namespace br::store
