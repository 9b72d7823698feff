#include <backroutine/model/quantity.hpp>
#include <backroutine/store/stats.hpp>

#include <algorithm>
#include <cctype>
#include <ctime>
#include <set>

namespace br::store {
namespace {

constexpr int k_severe = 8;
constexpr int k_persisting = 3;
constexpr std::int64_t k_persist_days = 14;

// Monday of the week that holds `day` (1970-01-01 was a Thursday).
std::int64_t monday_of(std::int64_t day) {
    const std::int64_t weekday = ((day + 3) % 7 + 7) % 7; // 0 = Monday
    return day - weekday;
}

std::optional<int> worst_pain(const SessionRecord& session) {
    if (session.pain_before && session.pain_after) {
        return std::max(*session.pain_before, *session.pain_after);
    }
    return session.pain_before ? session.pain_before : session.pain_after;
}

} // namespace

DayOf local_days() {
    return [](std::int64_t unix_seconds) {
        const auto time = static_cast<std::time_t>(unix_seconds);
        std::tm local{};
        localtime_r(&time, &local);
        const std::int64_t shifted = unix_seconds + local.tm_gmtoff;
        return shifted >= 0 ? shifted / 86400 : (shifted - 86399) / 86400;
    };
}

std::optional<int> weekly_target(const std::string& frequency) {
    return model::parse_weekly_target(frequency).value; // checked when the catalog was loaded
}

bool counts_as_done(const SessionRecord& session) {
    if (session.ending == "running" || session.ending == "skipped") {
        return false;
    }
    if (session.planned_seconds <= 0) {
        return session.ending == "completed" || session.ending == "logged";
    }
    return 2 * session.actual_seconds >= session.planned_seconds;
}

std::string seek_help_advice(const std::vector<SessionRecord>& sessions, std::int64_t now, const DayOf& day_of,
                             std::optional<int> current) {
    // Every rating, oldest first, with the one just given last.
    std::vector<std::pair<std::int64_t, int>> ratings;
    for (const auto& session : sessions) {
        if (const auto pain = worst_pain(session)) {
            ratings.emplace_back(session.started_at, *pain);
        }
    }
    if (current) {
        ratings.emplace_back(now, *current);
    }
    int worst = -1;
    for (const auto& [at, pain] : ratings) {
        if (day_of(now) - day_of(at) <= k_persist_days) {
            worst = std::max(worst, pain);
        }
    }
    const std::string see = "Severe pain needs a professional's assessment: please see a doctor or a physiotherapist.";
    if (current && *current >= k_severe) {
        return "You rated your pain " + std::to_string(*current) + "/10 just now. " + see;
    }
    if (worst >= k_severe) {
        const int latest = ratings.back().second;
        return "You rated your pain " + std::to_string(worst) + "/10 in the last two weeks" +
               (latest != worst ? " (latest " + std::to_string(latest) + "/10)" : "") + ". " + see;
    }
    // The latest run of check-ins that all report pain; how long has it lasted?
    std::int64_t since = -1;
    for (auto it = ratings.rbegin(); it != ratings.rend() && it->second >= k_persisting; ++it) {
        since = it->first;
    }
    if (since >= 0) {
        const std::int64_t days = day_of(ratings.back().first) - day_of(since);
        if (days >= k_persist_days) {
            return "Your check-ins show pain for " + std::to_string(days) +
                   " days. Pain that lasts beyond two to three weeks needs a professional's assessment: please see "
                   "a doctor or a physiotherapist.";
        }
    }
    return {};
}

namespace {

constexpr std::size_t k_changes = 10;

void add_streaks(Stats& stats, const std::set<std::int64_t>& active_days, std::int64_t today) {
    int run = 0;
    std::int64_t previous = 0;
    for (const auto day : active_days) {
        run = (run > 0 && day == previous + 1) ? run + 1 : 1;
        stats.longest_streak = std::max(stats.longest_streak, run);
        previous = day;
    }
    if (!active_days.empty() && *active_days.rbegin() >= today - 1) {
        stats.current_streak = run;
    }
}

void add_breaks(Stats& stats, const std::vector<BreakRecord>& breaks, std::int64_t week, const DayOf& day_of) {
    for (const auto& record : breaks) {
        if (monday_of(day_of(record.at)) != week) {
            continue;
        }
        switch (record.kind) {
        case BreakKind::taken:
            ++stats.breaks.taken;
            break;
        case BreakKind::natural:
            ++stats.breaks.natural;
            break;
        case BreakKind::snoozed:
            ++stats.breaks.snoozed;
            break;
        case BreakKind::skipped:
            ++stats.breaks.skipped;
            break;
        }
    }
}

} // namespace

Stats compute_stats(const std::vector<SessionRecord>& sessions, std::int64_t now, const DayOf& day_of,
                    const std::map<std::string, std::string>& frequencies, const std::vector<BreakRecord>& breaks) {
    Stats stats;
    const std::int64_t today = day_of(now);
    const std::int64_t week = monday_of(today);
    std::set<std::int64_t> active_days;
    std::map<std::string, RoutineWeek> routines;
    std::map<std::int64_t, std::pair<int, int>> pain; // week -> (sum, count)
    for (const auto& session : sessions) {
        ++stats.sessions;
        stats.active_seconds += session.actual_seconds;
        const std::int64_t day = day_of(session.started_at);
        if (monday_of(day) == week) {
            stats.this_week_seconds += session.actual_seconds;
        }
        auto& entry = routines[session.routine_id];
        entry.routine_id = session.routine_id;
        entry.routine_name = session.routine_name;
        if (counts_as_done(session)) {
            ++stats.completed;
            active_days.insert(day);
            entry.sessions += monday_of(day) == week ? 1 : 0;
        }
        if (session.pain_before) {
            auto& [sum, count] = pain[monday_of(day)];
            sum += *session.pain_before;
            ++count;
        }
        if (session.pain_before && session.pain_after) {
            stats.changes.push_back(
                {session.started_at, session.routine_name, *session.pain_before, *session.pain_after});
        }
    }
    if (stats.changes.size() > k_changes) {
        stats.changes.erase(stats.changes.begin(), stats.changes.end() - k_changes);
    }
    add_streaks(stats, active_days, today);
    // Routines done this week, and those with a weekly target done before.
    for (auto& [id, entry] : routines) {
        if (const auto found = frequencies.find(id); found != frequencies.end()) {
            entry.target = weekly_target(found->second);
        }
        if (entry.sessions > 0 || entry.target) {
            stats.routines.push_back(entry);
        }
    }
    for (const auto& [monday, totals] : pain) {
        stats.pain.push_back({monday, static_cast<double>(totals.first) / totals.second, totals.second});
    }
    add_breaks(stats, breaks, week, day_of);
    stats.advice = seek_help_advice(sessions, now, day_of);
    return stats;
}

} // namespace br::store
