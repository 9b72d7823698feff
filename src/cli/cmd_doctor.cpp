#include "commands.hpp"

#include <backroutine/catalog/builtin.hpp>
#include <backroutine/catalog/config.hpp>
#include <backroutine/catalog/loader.hpp>
#include <backroutine/error.hpp>
#include <backroutine/store/history.hpp>
#include <backroutine/store/paths.hpp>

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

void doctor(Context& ctx) {
    Report report{ctx};
    ctx.out() << "Optional parts\n";
    model::Settings settings;
    const fs::path config = store::config_file(ctx.env());
    const std::string voice = settings.voice_command.front();
    const std::string espeak = find_program(ctx, voice);
    report.line("voice", espeak.empty() ? "not found, --voice will say so and go on" : "found",
                espeak.empty() ? "install espeak-ng" : espeak, false, espeak.empty());
    const std::string notify = find_program(ctx, "notify-send");
    report.line("notifications", notify.empty() ? "not found, remind --notify reminds in the terminal only" : "found",
                notify.empty() ? "install libnotify-bin" : notify, false, notify.empty());

    ctx.out() << "Terminal\n";
    winsize size{};
    if (::isatty(STDOUT_FILENO) == 1 && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0) {
        const bool small = size.ws_col < 80 || size.ws_row < 24;
        report.line("size", std::to_string(size.ws_col) + "×" + std::to_string(size.ws_row),
                    small ? "the run screen is best at 80×24 or more; it shrinks to fit" : "");
    } else {
        report.line("size", "not a terminal", "run prints plain lines");
    }
    report.line("colour", ctx.style().color ? "on" : "off",
                "TERM=" + ctx.env()("TERM").value_or("") + (ctx.env()("NO_COLOR") ? ", NO_COLOR set" : ""));

    ctx.out() << "Files\n";
    std::error_code error;
    if (fs::exists(config, error)) {
        try {
            catalog::Diagnostics diagnostics;
            catalog::read_settings({config.string(), catalog::read_input_file(config)}, settings, diagnostics);
            report.line("config", diagnostics.empty() ? "valid" : std::to_string(diagnostics.size()) + " problems",
                        config.string(), !diagnostics.empty());
            ctx.err() << catalog::format_all(diagnostics);
        } catch (const Error& failure) {
            report.line("config", "unreadable", failure.what(), true);
        }
    } else {
        report.line("config", "none, defaults in use", config.string());
    }
    for (const auto& layer : ctx.user_layers()) {
        try {
            const auto loaded = catalog::load_layers({catalog::read_layer(layer)}, catalog::builtin_catalog());
            report.line("catalog",
                        loaded.diagnostics.empty() ? "valid" : std::to_string(loaded.diagnostics.size()) + " problems",
                        layer.string(), !loaded.diagnostics.empty());
            ctx.err() << catalog::format_all(loaded.diagnostics);
        } catch (const Error& failure) {
            report.line("catalog", "unreadable", failure.what(), true);
        }
    }
    if (ctx.user_layers().empty()) {
        report.line("catalog", "built-in only", "add your own in " + store::catalog_dirs(ctx.env()).back().string());
    }
    const fs::path history = store::state_dir(ctx.env()) / "history.sqlite3";
    if (fs::exists(history, error)) {
        try {
            const auto sessions = store::History(history).sessions();
            report.line("history", std::to_string(sessions.size()) + " sessions", history.string());
        } catch (const Error& failure) {
            report.line("history", "not usable", failure.what(), true);
        }
    } else {
        report.line("history", "none yet, created by the first run", history.string());
    }
    ctx.exit_code = report.problems ? static_cast<int>(ExitCode::failure) : 0;
}

} // namespace

void add_doctor(CLI::App& app, Context& ctx) {
    auto* cmd = app.add_subcommand("doctor", "Check the optional parts, the terminal and your files");
    cmd->callback([&ctx] { doctor(ctx); });
}

} // namespace br::cli
