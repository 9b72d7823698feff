#include "commands.hpp"

#include <backroutine/catalog/builtin.hpp>
#include <backroutine/catalog/loader.hpp>
#include <backroutine/error.hpp>
#include <backroutine/idle/source.hpp>
#include <backroutine/store/history.hpp>
#include <backroutine/store/paths.hpp>
#include <backroutine/util/text.hpp>

#include <filesystem>
#include <sys/ioctl.h>
#include <unistd.h>

namespace br::cli {
namespace {

namespace fs = std::filesystem;

// The full path of `program` on $PATH, or "".
std::string find_program(const Context& ctx, const std::string& program) {
    if (program.find('/') != std::string::npos) {
        return ::access(program.c_str(), X_OK) == 0 ? program : "";
    }
    const std::string path = ctx.env()("PATH").value_or("/usr/bin:/bin");
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find(':', start), path.size());
        const fs::path candidate = fs::path(path.substr(start, end - start)) / program;
        if (::access(candidate.c_str(), X_OK) == 0) {
            return candidate.string();
        }
        start = end + 1;
    }
    return {};
}

struct Report {
    Context& ctx;
    bool problems = false;
    // ✓ works, · optional and absent, ✗ a problem to fix.
    void line(const std::string& what, const std::string& status, const std::string& detail, bool problem = false,
              bool absent = false) {
        problems = problems || problem;
        ctx.out() << "  "
                  << (problem  ? "✗ "
                      : absent ? "· "
                               : "✓ ")
                  << what << ": " << status << (detail.empty() ? "" : " (" + detail + ")") << "\n";
    }
};

// The idle source remind would use, and why the ones before it were passed over.
void report_idle(Report& report, Context& ctx) {
    const idle::Choice choice = idle::choose_source(ctx.env());
    std::string passed;
    for (const auto& source : choice.passed) {
        passed += (passed.empty() ? "" : "; ") + source.name + ": " + source.why;
    }
    report.line("idle time", choice.source ? choice.source->name() : "none, remind counts the clock",
                passed.empty() ? "" : "passed over " + passed, false, !choice.source);
}

void report_parts(Report& report, const model::Settings& settings) {
    const std::string command = util::join(settings.voice_command, " ");
    const std::string voice = find_program(report.ctx, settings.voice_command.front());
    report.line("voice", voice.empty() ? "not found, --voice will say so and go on" : "found",
                "command '" + command + "'" + (voice.empty() ? "; install espeak-ng" : ": " + voice) +
                    (settings.voice ? "; on in the config" : ""),
                false, voice.empty());
    const std::string notify = find_program(report.ctx, "notify-send");
    report.line("notifications", notify.empty() ? "not found, remind --notify reminds in the terminal only" : "found",
                notify.empty() ? "install libnotify-bin" : notify, false, notify.empty());
}

void report_terminal(Report& report, const model::Settings& settings) {
    Context& ctx = report.ctx;
    winsize size{};
    if (::isatty(STDOUT_FILENO) == 1 && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0) {
        const bool small = size.ws_col < 80 || size.ws_row < 24;
        report.line("size", std::to_string(size.ws_col) + "×" + std::to_string(size.ws_row),
                    small ? "the run screen is best at 80×24 or more; it shrinks to fit" : "");
    } else {
        report.line("size", "not a terminal", "run prints plain lines");
    }
    report.line("colour", ctx.out_is_terminal() && settings.color ? "on" : "off",
                "TERM=" + ctx.env()("TERM").value_or("") + (ctx.env()("NO_COLOR") ? ", NO_COLOR set" : ""));
}

// The config file really used; its problems, positioned, go to stderr.
void report_config(Report& report, const ConfigFile& config) {
    const std::string where = config.path.string() + (config.named_by_env ? ", named by BACKROUTINE_CONFIG" : "");
    if (config.unreadable) {
        report.line("config", "unreadable", config.unreadable->what(), true);
    } else if (!config.diagnostics.empty()) {
        const auto count = config.diagnostics.size();
        report.line("config", std::to_string(count) + (count == 1 ? " problem" : " problems"), where, true);
        report.ctx.err() << catalog::format_all(config.diagnostics);
    } else if (config.exists) {
        report.line("config", "valid", where);
    } else {
        report.line("config", "none, defaults in use", where);
    }
}

void report_catalogs(Report& report) {
    Context& ctx = report.ctx;
    for (const auto& layer : ctx.user_layers()) {
        try {
            const auto loaded = catalog::load_layers({catalog::read_layer(layer)}, catalog::builtin_catalog());
            report.line("catalog",
                        loaded.diagnostics.empty() ? "valid" : std::to_string(loaded.diagnostics.size()) + " problems",
                        layer.string(), !loaded.diagnostics.empty());
            ctx.err() << catalog::format_all(loaded.diagnostics);
        } catch (const Error& failure) { // recoverable: reported as a line
            report.line("catalog", "unreadable", failure.what(), true);
        }
    }
    if (ctx.user_layers().empty()) {
        report.line("catalog", "built-in only", "add your own in " + store::catalog_dirs(ctx.env()).back().string());
    }
}

void report_history(Report& report) {
    const fs::path history = store::state_dir(report.ctx.env()) / "history.sqlite3";
    std::error_code error;
    if (fs::exists(history, error)) {
        try {
            const auto sessions = store::History(history).sessions();
            report.line("history", std::to_string(sessions.size()) + (sessions.size() == 1 ? " session" : " sessions"),
                        history.string());
        } catch (const Error& failure) { // recoverable: reported as a line
            report.line("history", "not usable", failure.what(), true);
        }
    } else {
        report.line("history", "none yet, created by the first run", history.string());
    }
}

// Never stops at the first problem: every line is printed, then the exit
// code says the worst (65 for a broken config, 1 for another problem).
void doctor(Context& ctx) {
    Report report{ctx};
    const ConfigFile& config = ctx.config();
    model::Settings settings = config.settings;
    std::string environment;
    try {
        settings = ctx.resolve(config.settings);
    } catch (const Error& failure) { // recoverable: reported as a line below
        environment = failure.what();
    }
    ctx.out() << "Optional parts\n";
    report_parts(report, settings);
    report_idle(report, ctx);
    ctx.out() << "Terminal\n";
    report_terminal(report, settings);
    ctx.out() << "Files\n";
    report_config(report, config);
    if (!environment.empty()) {
        report.line("environment", "invalid", environment, true);
    }
    report_catalogs(report);
    report_history(report);
    ctx.exit_code = config.broken()   ? static_cast<int>(ExitCode::data)
                    : report.problems ? static_cast<int>(ExitCode::failure)
                                      : 0;
}

} // namespace

void add_doctor(CLI::App& app, Context& ctx) {
    auto* cmd = app.add_subcommand("doctor", "Check the optional parts, the terminal and your files");
    cmd->callback([&ctx] { doctor(ctx); });
}

} // namespace br::cli
