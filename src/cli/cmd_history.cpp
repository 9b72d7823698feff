#include "commands.hpp"
#include "history_log.hpp"

#include <backroutine/error.hpp>
#include <backroutine/model/quantity.hpp>
#include <backroutine/render/history.hpp>
#include <backroutine/render/json.hpp>
#include <backroutine/store/paths.hpp>
#include <backroutine/util/text.hpp>

#include <ctime>
#include <memory>

namespace br::cli {
namespace {

// `--since`: a date (YYYY-MM-DD, local midnight) or a span back from now (7d, 2w, 12h).
std::int64_t parse_since(const std::string& text, std::int64_t now) {
    if (text.empty()) {
        return 0;
    }
    std::tm date{};
    const char* end = strptime(text.c_str(), "%Y-%m-%d", &date);
    if (end != nullptr && *end == '\0') {
        date.tm_isdst = -1;
        return static_cast<std::int64_t>(std::mktime(&date));
    }
    const char unit = text.back();
    const auto count = model::parse_count(text.substr(0, text.size() - 1), 100'000, false);
    const int per = unit == 'd' ? 86400 : unit == 'w' ? 7 * 86400 : unit == 'h' ? 3600 : 0;
    if (!count || per == 0) {
        throw Error("--since '" + util::sanitize(text) + "' is not a date (2026-11-01) or a span (7d, 2w, 12h)",
                    ExitCode::usage);
    }
    return now - static_cast<std::int64_t>(count.value->low) * per;
}

std::unique_ptr<store::History> history_or_throw(Context& ctx) {
    return std::make_unique<store::History>(store::state_dir(ctx.env()) / "history.sqlite3");
}

} // namespace

void add_history(CLI::App& app, Context& ctx) {
    struct Options {
        std::string since;
        std::string format = "table";
    };
    auto options = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("history", "Past sessions: when, what, how long, how it ended, pain");
    cmd->add_option("--since", options->since, "Only sessions since a date (2026-11-01) or a span (7d, 2w)");
    cmd->add_option("--format", options->format, "table, json or csv")->check(CLI::IsMember({"table", "json", "csv"}));
    cmd->callback([&ctx, options] {
        const auto sessions = history_or_throw(ctx)->sessions(parse_since(options->since, std::time(nullptr)));
        if (options->format == "json") {
            print(ctx, render::dump(render::history_json(sessions)) + "\n");
        } else if (options->format == "csv") {
            print(ctx, render::history_csv(sessions));
        } else if (sessions.empty()) {
            if (!ctx.quiet) {
                ctx.err() << "No sessions yet: try 'backroutine run quick-relief'.\n";
            }
        } else {
            print(ctx, render::history_table(sessions, ctx.style()));
        }
    });
}

void add_stats(CLI::App& app, Context& ctx) {
    auto format = std::make_shared<std::string>("table");
    auto* cmd = app.add_subcommand("stats", "Streaks, sessions this week against each routine's frequency, pain trend");
    cmd->add_option("--format", *format, "table or json")->check(CLI::IsMember({"table", "json"}));
    cmd->callback([&ctx, format] {
        std::map<std::string, std::string> frequencies;
        for (const auto& routine : ctx.catalog().routines()) {
            frequencies[routine.id] = routine.frequency;
        }
        const auto stats = store::compute_stats(history_or_throw(ctx)->sessions(), std::time(nullptr),
                                                store::local_days(), frequencies);
        print(ctx, *format == "json" ? render::dump(render::stats_json(stats)) + "\n"
                                     : render::stats_text(stats, ctx.style()));
    });
}

} // namespace br::cli
