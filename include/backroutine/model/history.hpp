#pragma once
// Plain values of the history and its stats: what `store` keeps and
// computes and `render` shows, so render needs no store header.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace br::model {

/// One run of a routine, as the history keeps it.
struct SessionRecord {
    std::int64_t id = 0;
    std::int64_t started_at = 0; // Unix seconds, UTC
    std::string routine_id;
    std::string routine_name;
    int planned_seconds = 0;
    int actual_seconds = 0;
    int steps_done = 0;
    int steps_skipped = 0;
    int steps_total = 0;
    // completed, skipped (every step skipped), quit, interrupted, terminated,
    // hangup, logged (done away from the computer); running until it ends
    std::string ending = "running";
    std::optional<int> pain_before;
    std::optional<int> pain_after;
    bool stopped_for_pain = false; // the run ended early because it hurt
};

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

} // namespace br::model
