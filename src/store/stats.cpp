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

std::string seek_help_advice(const std::vector<SessionRecord>& sessions, std::int64_t now, const DayOf& day_of) {
    std::vector<const SessionRecord*> check_ins;
    for (const auto& session : sessions) {
        if (worst_pain(session)) {
            check_ins.push_back(&session);
        }
    }
    for (const auto* session : check_ins) {
        if (*worst_pain(*session) >= k_severe && day_of(now) - day_of(session->started_at) <= k_persist_days) {
            return "You rated your pain " + std::to_string(*worst_pain(*session)) +
                   "/10 recently. Severe pain needs a professional's assessment: please see a doctor or a "
                   "physiotherapist.";
        }
    }
    // The latest run of check-ins that all report pain; how long has it lasted?
    std::int64_t since = -1;
    for (auto it = check_ins.rbegin(); it != check_ins.rend() && *worst_pain(**it) >= k_persisting; ++it) {
        since = (*it)->started_at;
    }
    if (since >= 0 && !check_ins.empty() && *worst_pain(*check_ins.back()) >= k_persisting) {
        const std::int64_t days = day_of(check_ins.back()->started_at) - day_of(since);
        if (days >= k_persist_days) {
            return "Your check-ins show pain for " + std::to_string(days) +
                   " days. Pain that lasts beyond two to three weeks needs a professional's assessment: please see "
                   "a doctor or a physiotherapist.";
        }
    }
    return {};
}

Stats compute_stats(const std::vector<SessionRecord>& sessions, std::int64_t now, const DayOf& day_of,
                    const std::map<std::string, std::string>& frequencies) {
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
        if (!routines.contains(session.routine_id)) {
            routines[session.routine_id] = {session.routine_id, session.routine_name, 0, std::nullopt};
        }
        if (session.ending == "completed") {
            ++stats.completed;
            active_days.insert(day);
            if (monday_of(day) == week) {
                auto& entry = routines[session.routine_id];
                entry.routine_id = session.routine_id;
                entry.routine_name = session.routine_name;
                ++entry.sessions;
            }
        }
        if (session.pain_before) {
            auto& [sum, count] = pain[monday_of(day)];
            sum += *session.pain_before;
            ++count;
        }
    }
    // Streaks of days in a row.
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
    stats.advice = seek_help_advice(sessions, now, day_of);
    return stats;
}

} // namespace br::store
