#include "commands.hpp"

#include <backroutine/cli/status_line.hpp>
#include <backroutine/runner/local_time.hpp>
#include <backroutine/util/text.hpp>

#include <memory>

namespace br::cli {
namespace {

struct StatusOptions {
    std::string format = "text";
    std::string text_format; // --template, or a --format with a code in it
};

StatusInput read_state(Context& ctx) {
    const runner::SteadyClock clock;
    const runner::SystemLocalTime time(clock);
    StatusInput input;
    input.utc_offset = time.utc_offset();
    input.now = time.now() - input.utc_offset;
    input.monotonic = clock.now().count();
    const auto dir = store::runtime_dir(ctx.env());
    input.runs = store::running_runs(dir);
    input.reminders = store::running_reminders(dir);
    input.pause_until = store::read_pause(dir, input.now);
    return input;
}

void status(Context& ctx, StatusOptions options) {
    if (options.format.find('%') != std::string::npos) {
        options.text_format = options.format;
        options.format = "text";
    }
    if (options.format == "json" && !options.text_format.empty()) {
        throw Error("--template goes with --format text or waybar, not json", ExitCode::usage);
    }
    const StatusLine line = status_line(read_state(ctx));
    if (options.format == "json") {
        ctx.out() << status_json(line) << "\n";
    } else if (options.format == "waybar") {
        ctx.out() << status_waybar(line, options.text_format) << "\n";
    } else {
        ctx.out() << (options.text_format.empty() ? line.text : expand_template(options.text_format, line)) << "\n";
    }
}

} // namespace

void add_status(CLI::App& app, Context& ctx) {
    auto options = std::make_shared<StatusOptions>();
    auto* cmd = app.add_subcommand(
        "status", "One line for a status bar: the running routine and its step, the time to the next break, or paused");
    cmd->add_option("--format", options->format, "text, json or waybar; or a format string for text (see below)")
        ->check(CLI::Validator(
            [](const std::string& text) {
                if (text == "text" || text == "json" || text == "waybar" || text.find('%') != std::string::npos) {
                    return template_problem(text);
                }
                return "--format must be text, json, waybar or a format string with % codes, not '" +
                       util::sanitize(text) + "'";
            },
            "FORMAT"));
    cmd->add_option("--template", options->text_format, "The line as a format string (text and waybar's text)")
        ->check(CLI::Validator([](const std::string& text) { return template_problem(text); }, "FORMAT"));
    cmd->footer("Format string codes (--template, or --format with a % in it):\n" + std::string(template_codes()) +
                "\nRuns of spaces that empty codes leave are squeezed into one.\n"
                "Example: backroutine status --format '%n %s %r'");
    cmd->callback([&ctx, options] { status(ctx, *options); });
}

} // namespace br::cli
