#include "commands.hpp"
#include "history_log.hpp"
#include "routine_options.hpp"
#include "when.hpp"

#include <backroutine/error.hpp>
#include <backroutine/render/history.hpp>
#include <backroutine/store/stats.hpp>

#include <ctime>
#include <memory>
#include <ostream>

namespace br::cli {
namespace {

struct LogOptions {
    RoutineOptions routine;
    std::string at;
    std::optional<int> pain_before;
    std::optional<int> pain_after;
};

void log_session(Context& ctx, const LogOptions& options) {
    const model::Timeline timeline = timeline_for(ctx, options.routine);
    const auto now = static_cast<std::int64_t>(std::time(nullptr));
    store::SessionRecord record;
    record.started_at = options.at.empty() ? now : parse_when(options.at, now, DayEdge::start, "--at");
    if (record.started_at > now) {
        throw Error("--at '" + options.at + "' is in the future: log a session once it is done", ExitCode::usage);
    }
    record.routine_id = timeline.id;
    record.routine_name = timeline.name;
    record.planned_seconds = timeline.total;
    record.actual_seconds = timeline.total;
    record.steps_total = static_cast<int>(timeline.steps.size());
    record.steps_done = record.steps_total;
    record.ending = "logged";
    record.pain_before = options.pain_before;
    record.pain_after = options.pain_after;
    store::History history(store::state_dir(ctx.env()) / "history.sqlite3");
    const auto id = history.add(record);
    if (!ctx.quiet) {
        ctx.err() << "Logged " << record.routine_id << " at " << render::local_time(record.started_at) << " (session "
                  << id << ").\n";
    }
    const std::string advice = store::seek_help_advice(history.sessions(), now, store::local_days());
    if (!advice.empty()) {
        ctx.err() << advice << "\n";
    }
}

} // namespace

void add_log(CLI::App& app, Context& ctx) {
    auto options = std::make_shared<LogOptions>();
    auto* cmd = app.add_subcommand("log", "Record a session done away from the computer");
    add_routine_options(*cmd, options->routine, ctx.flags);
    cmd->add_option("--at", options->at,
                    "When it started: a time today (18:30), a date and time (2026-11-01 18:30), yesterday, or a "
                    "span back from now (2h); default now");
    cmd->add_option("--pain-before", options->pain_before, "Pain rating before, 0-10")->check(CLI::Range(0, 10));
    cmd->add_option("--pain-after", options->pain_after, "Pain rating after, 0-10")->check(CLI::Range(0, 10));
    cmd->callback([&ctx, options] { log_session(ctx, *options); });
}

} // namespace br::cli
