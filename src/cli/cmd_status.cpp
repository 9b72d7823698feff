#include "commands.hpp"

#include <backroutine/runner/local_time.hpp>
#include <backroutine/runner/reminder_view.hpp>
#include <backroutine/store/reminder_state.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <memory>

namespace br::cli {
namespace {

// What status shows: one of none, paused, waiting, due.
struct Status {
    std::string state = "none";
    std::string text = "no reminder running";
    std::string tooltip = "Start one with: backroutine remind";
    std::optional<std::int64_t> at; // Unix seconds of the next break or the end of the pause
    std::string routine;
};

Status current(Context& ctx) {
    const runner::SteadyClock clock;
    const runner::SystemLocalTime time(clock);
    const std::int64_t offset = time.utc_offset();
    const std::int64_t now = time.now() - offset;
    const auto dir = store::runtime_dir(ctx.env());
    const auto reminders = store::running_reminders(dir);
    Status status;
    if (const auto paused = store::read_pause(dir, now)) {
        status.state = "paused";
        status.text = "paused until " + runner::clock_text(*paused + offset);
        status.tooltip = "Reminders paused; backroutine remind resume";
        status.at = paused;
        return status;
    }
    if (reminders.empty()) {
        return status;
    }
    const auto next = std::min_element(reminders.begin(), reminders.end(),
                                       [](const auto& a, const auto& b) { return a.next_break < b.next_break; });
    const std::int64_t minutes = std::max<std::int64_t>(0, (next->next_break - now + 59) / 60);
    status.state = minutes == 0 ? "due" : "waiting";
    status.text = minutes == 0 ? "break due" : "break in " + std::to_string(minutes) + " min";
    status.tooltip = "Next desk break at " + runner::clock_text(next->next_break + offset) + " (" + next->routine +
                     ", " + next->mode + " time)";
    status.at = next->next_break;
    status.routine = next->routine;
    return status;
}

void status(Context& ctx, const std::string& format) {
    const Status status = current(ctx);
    if (format == "json") {
        nlohmann::json out{{"state", status.state}, {"text", status.text}, {"at", nullptr}};
        if (status.at) {
            out["at"] = *status.at;
        }
        if (!status.routine.empty()) {
            out["routine"] = status.routine;
        }
        ctx.out() << out.dump() << "\n";
    } else if (format == "waybar") {
        ctx.out() << nlohmann::json{{"text", status.text}, {"tooltip", status.tooltip}, {"class", status.state}}.dump()
                  << "\n";
    } else {
        ctx.out() << status.text << "\n";
    }
}

} // namespace

void add_status(CLI::App& app, Context& ctx) {
    auto format = std::make_shared<std::string>("text");
    auto* cmd = app.add_subcommand("status", "One line for a status bar: the time to the next break, or paused");
    cmd->add_option("--format", *format, "text, json or waybar")->check(CLI::IsMember({"text", "json", "waybar"}));
    cmd->callback([&ctx, format] { status(ctx, *format); });
}

} // namespace br::cli
