#include "commands.hpp"
#include "history_log.hpp"
#include "when.hpp"

#include <backroutine/error.hpp>
#include <backroutine/render/history.hpp>
#include <backroutine/render/json.hpp>
#include <backroutine/store/paths.hpp>
#include <backroutine/store/stats.hpp>
#include <backroutine/util/text.hpp>

#include <ctime>
#include <memory>
#include <ostream>
#include <unistd.h>

namespace br::cli {
namespace {

struct HistoryOptions {
    std::string since;
    std::string until;
    std::string routine;
    std::optional<std::size_t> last;
    std::string format = "table";
};

std::unique_ptr<store::History> history_or_throw(Context& ctx) {
    return std::make_unique<store::History>(store::state_dir(ctx.env()) / "history.sqlite3");
}

void list(Context& ctx, const HistoryOptions& options) {
    const auto now = static_cast<std::int64_t>(std::time(nullptr));
    store::SessionQuery query;
    if (!options.since.empty()) {
        query.since = parse_when(options.since, now, DayEdge::start, "--since");
    }
    if (!options.until.empty()) {
        query.until = parse_when(options.until, now, DayEdge::end, "--until");
    }
    if (!options.routine.empty()) {
        query.routine = options.routine;
    }
    query.last = options.last;
    const auto history = history_or_throw(ctx);
    const auto sessions = history->sessions(query);
    if (options.format == "json") {
        print(ctx, render::dump(render::history_json(sessions)) + "\n");
    } else if (options.format == "csv") {
        print(ctx, render::history_csv(sessions));
    } else if (!sessions.empty()) {
        print(ctx, render::history_table(sessions, ctx.style()));
    } else if (!ctx.quiet) {
        const bool filtered = !options.since.empty() || !options.until.empty() || !options.routine.empty();
        ctx.err() << (filtered && !history->sessions().empty()
                          ? "No sessions match.\n"
                          : "No sessions yet: try 'backroutine run quick-relief'.\n");
    }
}

// y or yes from the terminal; anything else, Enter or end of input is no.
bool confirmed(Context& ctx, const std::string& question) {
    ctx.err() << question << " [y/N] " << std::flush;
    std::string line;
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n' && line.size() < 16) {
        line += c;
    }
    return util::lower(line) == "y" || util::lower(line) == "yes";
}

void remove(Context& ctx, std::int64_t id, bool yes) {
    const auto history = history_or_throw(ctx);
    const auto session = history->session(id);
    if (!session) {
        throw Error("no session " + std::to_string(id) + " in the history (see 'backroutine history')",
                    ExitCode::failure);
    }
    const std::string what = "session " + std::to_string(id) + " (" + render::local_time(session->started_at) + ", " +
                             session->routine_id + ", " + session->ending + ")";
    if (!yes && ::isatty(STDIN_FILENO) == 1 && !confirmed(ctx, "Delete " + what + "?")) {
        ctx.err() << "Nothing deleted.\n";
        return;
    }
    history->remove(id);
    if (!ctx.quiet) {
        ctx.err() << "Deleted " << what << ".\n";
    }
}

} // namespace

void add_history(CLI::App& app, Context& ctx) {
    auto options = std::make_shared<HistoryOptions>();
    auto* cmd = app.add_subcommand("history", "Past sessions: when, what, how long, how it ended, pain");
    cmd->add_option("--since", options->since,
                    "Only sessions from then on: today, yesterday, a date (2026-11-01) or a span back (7d, 2w)");
    cmd->add_option("--until", options->until, "Only sessions before the end of that day, or before that moment");
    cmd->add_option("--routine", options->routine, "Only sessions of this routine id");
    cmd->add_option("-n,--last", options->last, "Only the latest N sessions");
    cmd->add_option("--format", options->format, "table, json or csv")->check(CLI::IsMember({"table", "json", "csv"}));
    auto remove_id = std::make_shared<std::int64_t>(0);
    auto yes = std::make_shared<bool>(false);
    auto* erase = cmd->add_subcommand("delete", "Remove one session recorded by mistake (asks first on a terminal)");
    erase->add_option("id", *remove_id, "The session's id, as history --format json or csv shows it")->required();
    erase->add_flag("-y,--yes", *yes, "Do not ask");
    erase->callback([&ctx, remove_id, yes] { remove(ctx, *remove_id, *yes); });
    cmd->callback([&ctx, options, cmd] {
        if (cmd->get_subcommands().empty()) {
            list(ctx, *options);
        }
    });
}

void add_stats(CLI::App& app, Context& ctx) {
    auto format = std::make_shared<std::string>("table");
    auto* cmd = app.add_subcommand("stats", "Streaks, sessions against each routine's frequency, breaks, pain");
    cmd->footer("A session counts as done (for streaks and targets) when at least half of its planned time was "
                "done;\na run whose steps were all skipped never counts.");
    cmd->add_option("--format", *format, "table or json")->check(CLI::IsMember({"table", "json"}));
    cmd->callback([&ctx, format] {
        std::map<std::string, std::string> frequencies;
        for (const auto& routine : ctx.catalog().routines()) {
            frequencies[routine.id] = routine.frequency;
        }
        const auto history = history_or_throw(ctx);
        const auto stats = store::compute_stats(history->sessions(), std::time(nullptr), store::local_days(),
                                                frequencies, history->breaks());
        print(ctx, *format == "json" ? render::dump(render::stats_json(stats)) + "\n"
                                     : render::stats_text(stats, ctx.style()));
    });
}

} // namespace br::cli
