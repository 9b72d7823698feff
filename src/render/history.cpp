#include <backroutine/model/quantity.hpp>
#include <backroutine/render/history.hpp>
#include <backroutine/render/listing.hpp>
#include <backroutine/util/text.hpp>

#include <ctime>
#include <fmt/format.h>

namespace br::render {
namespace {

std::string pain_text(const model::SessionRecord& session) {
    auto one = [](const std::optional<int>& value) { return value ? std::to_string(*value) : std::string("-"); };
    if (!session.pain_before && !session.pain_after) {
        return "";
    }
    return one(session.pain_before) + "→" + one(session.pain_after);
}

// An RFC 4180 cell. A cell a spreadsheet would take for a formula (it starts
// with =, +, -, @, a tab or a CR) gets a leading apostrophe (OWASP's rule).
std::string csv_cell(const std::string& raw) {
    std::string text = raw;
    if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) {
        text.insert(0, "'");
    }
    if (text.find_first_of(",\"\n\r") == std::string::npos) {
        return text;
    }
    std::string out = "\"";
    for (const char c : text) {
        out += c == '"' ? "\"\"" : std::string(1, c);
    }
    return out + "\"";
}

std::string date_of_day(std::int64_t day) {
    const auto time = static_cast<std::time_t>(day * 86400);
    std::tm utc{};
    gmtime_r(&time, &utc);
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &utc);
    return buffer;
}

} // namespace

std::string local_time(std::int64_t unix_seconds) {
    const auto time = static_cast<std::time_t>(unix_seconds);
    std::tm local{};
    localtime_r(&time, &local);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M", &local);
    return buffer;
}

std::string iso_time(std::int64_t unix_seconds) {
    const auto time = static_cast<std::time_t>(unix_seconds);
    std::tm local{};
    localtime_r(&time, &local);
    char buffer[40];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%S%z", &local);
    std::string out = buffer; // +0100 → +01:00, as ISO 8601 and RFC 3339 write it
    if (out.size() >= 5) {
        out.insert(out.size() - 2, ":");
    }
    return out;
}

std::string history_table(const std::vector<model::SessionRecord>& sessions, const Style& style) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& s : sessions) {
        rows.push_back(
            {local_time(s.started_at), s.routine_id, model::format_clock(s.planned_seconds),
             model::format_clock(s.actual_seconds), std::to_string(s.steps_done) + "/" + std::to_string(s.steps_total),
             std::to_string(s.steps_skipped), s.ending + (s.stopped_for_pain ? " (hurt)" : ""), pain_text(s)});
    }
    return table({"STARTED", "ROUTINE", "PLANNED", "ACTUAL", "DONE", "SKIPPED", "ENDING", "PAIN"}, rows, style);
}

std::string history_csv(const std::vector<model::SessionRecord>& sessions) {
    std::string out = "id,started_at,routine_id,routine_name,planned_seconds,actual_seconds,steps_done,"
                      "steps_skipped,steps_total,ending,pain_before,pain_after,stopped_for_pain\n";
    auto maybe = [](const std::optional<int>& value) { return value ? std::to_string(*value) : std::string(); };
    for (const auto& s : sessions) {
        out += std::to_string(s.id) + "," + iso_time(s.started_at) + "," + csv_cell(s.routine_id) + "," +
               csv_cell(util::sanitize(s.routine_name)) + "," + std::to_string(s.planned_seconds) + "," +
               std::to_string(s.actual_seconds) + "," + std::to_string(s.steps_done) + "," +
               std::to_string(s.steps_skipped) + "," + std::to_string(s.steps_total) + "," + s.ending + "," +
               maybe(s.pain_before) + "," + maybe(s.pain_after) + "," + (s.stopped_for_pain ? "yes" : "no") + "\n";
    }
    return out;
}

nlohmann::json history_json(const std::vector<model::SessionRecord>& sessions) {
    auto out = nlohmann::json::array();
    auto maybe = [](const std::optional<int>& value) { return value ? nlohmann::json(*value) : nlohmann::json(); };
    for (const auto& s : sessions) {
        out.push_back({{"id", s.id},
                       {"started_at", iso_time(s.started_at)},
                       {"started_at_unix", s.started_at},
                       {"routine_id", s.routine_id},
                       {"routine_name", s.routine_name},
                       {"planned_seconds", s.planned_seconds},
                       {"actual_seconds", s.actual_seconds},
                       {"steps_done", s.steps_done},
                       {"steps_skipped", s.steps_skipped},
                       {"steps_total", s.steps_total},
                       {"ending", s.ending},
                       {"pain_before", maybe(s.pain_before)},
                       {"pain_after", maybe(s.pain_after)},
                       {"stopped_for_pain", s.stopped_for_pain}});
    }
    return out;
}

namespace {

std::string trend_word(double change) {
    return change < -0.5 ? "easing" : (change > 0.5 ? "worse" : "about the same");
}

std::string pain_sections(const model::Stats& stats, const Style& style) {
    std::string out;
    if (!stats.changes.empty()) {
        out += "\n" + style.bold("Pain before → after, latest sessions") + "\n";
        double change = 0;
        for (const auto& session : stats.changes) {
            out += fmt::format("  {}  {}  {} → {}\n", local_time(session.started_at),
                               util::pad_right(util::truncate(util::sanitize(session.routine_name), 24), 24),
                               session.before, session.after);
            change += session.after - session.before;
        }
        change /= static_cast<double>(stats.changes.size());
        out += fmt::format("  a session changes pain by {:+.1f} on average ({})\n", change, trend_word(change));
    }
    if (!stats.pain.empty()) {
        out += "\n" + style.bold("Pain before sessions, by week") + "\n";
        for (const auto& week : stats.pain) {
            out += fmt::format("  week of {}  {:4.1f}/10  ({} check-in{})\n", date_of_day(week.week_start_day),
                               week.average, week.check_ins, week.check_ins == 1 ? "" : "s");
        }
        if (stats.pain.size() >= 2) {
            const double change = stats.pain.back().average - stats.pain.front().average;
            out += fmt::format("  trend: {} ({:+.1f})\n", trend_word(change), change);
        }
    }
    return out;
}

} // namespace

std::string stats_text(const model::Stats& stats, const Style& style) {
    std::string out = style.bold("Sessions") + "     " + std::to_string(stats.sessions) + " (" +
                      std::to_string(stats.completed) + " done: at least half of the planned time)\n";
    out += style.bold("Time spent") + "   " + model::format_clock(stats.active_seconds) + " in all, " +
           model::format_clock(stats.this_week_seconds) + " this week\n";
    out += style.bold("Streak") + "       " + std::to_string(stats.current_streak) + " day" +
           (stats.current_streak == 1 ? "" : "s") + " now, longest " + std::to_string(stats.longest_streak) + "\n";
    const auto& breaks = stats.breaks;
    if (breaks.taken + breaks.natural + breaks.snoozed + breaks.skipped > 0) {
        out += style.bold("Breaks") + "       " +
               fmt::format("{} taken, {} skipped this week ({} snoozed, {} away already)\n", breaks.taken,
                           breaks.skipped, breaks.snoozed, breaks.natural);
    }
    if (!stats.routines.empty()) {
        out += "\n" + style.bold("This week") + "\n";
        for (const auto& routine : stats.routines) {
            std::string line =
                "  " + util::pad_right(util::sanitize(routine.routine_name), 24) + std::to_string(routine.sessions);
            if (routine.target) {
                line += " of " + std::to_string(*routine.target) + (routine.sessions >= *routine.target ? "  ✓" : "");
            }
            out += line + "\n";
        }
    }
    out += pain_sections(stats, style);
    if (!stats.advice.empty()) {
        out += "\n" + style.warn(util::wrap(stats.advice, 80)) + "\n";
    }
    return out;
}

nlohmann::json stats_json(const model::Stats& stats) {
    auto routines = nlohmann::json::array();
    for (const auto& routine : stats.routines) {
        routines.push_back({{"routine_id", routine.routine_id},
                            {"routine_name", routine.routine_name},
                            {"sessions_this_week", routine.sessions},
                            {"weekly_target", routine.target ? nlohmann::json(*routine.target) : nlohmann::json()}});
    }
    auto pain = nlohmann::json::array();
    for (const auto& week : stats.pain) {
        pain.push_back(
            {{"week_of", date_of_day(week.week_start_day)}, {"average", week.average}, {"check_ins", week.check_ins}});
    }
    auto changes = nlohmann::json::array();
    for (const auto& session : stats.changes) {
        changes.push_back({{"started_at", iso_time(session.started_at)},
                           {"routine_name", session.routine_name},
                           {"pain_before", session.before},
                           {"pain_after", session.after}});
    }
    return {{"sessions", stats.sessions},
            {"completed", stats.completed},
            {"pain_changes", changes},
            {"breaks_this_week",
             {{"taken", stats.breaks.taken},
              {"natural", stats.breaks.natural},
              {"snoozed", stats.breaks.snoozed},
              {"skipped", stats.breaks.skipped}}},
            {"active_seconds", stats.active_seconds},
            {"this_week_seconds", stats.this_week_seconds},
            {"current_streak_days", stats.current_streak},
            {"longest_streak_days", stats.longest_streak},
            {"routines", routines},
            {"pain_by_week", pain},
            {"advice", stats.advice.empty() ? nlohmann::json() : nlohmann::json(stats.advice)}};
}

} // namespace br::render
