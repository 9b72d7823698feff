#include <backroutine/cli/status_line.hpp>
#include <backroutine/model/quantity.hpp>
#include <backroutine/runner/reminder_view.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace br::cli {
namespace {

constexpr std::string_view k_codes = "nsprmact%";

constexpr std::string_view k_code_help = R"(  %n  the routine's name (a reminder's: its routine's id)
  %s  the step of a run: "Thread the Needle — left side"
  %p  the step's number of how many: "3/8"
  %r  time left, m:ss (in the run's step, to the break, to the pause's end)
  %m  time left in minutes, rounded up
  %a  when that time ends, local hours:minutes (none for a paused run)
  %c  the state: running, paused, due, waiting, none
  %t  the whole default line
  %%  a percent sign)";

StatusLine from_run(const store::RunState& run, const StatusInput& input) {
    StatusLine line;
    const int left = store::segment_left_at(run, input.monotonic);
    line.state = run.paused ? "paused" : "running";
    line.remaining = left;
    if (!run.paused) {
        const std::int64_t real_left = std::max<std::int64_t>(0, run.segment_end - input.monotonic);
        line.at = input.now + (real_left + 999'999) / 1'000'000;
    }
    line.routine = run.routine_id;
    line.routine_name = run.routine;
    line.run = run;
    line.routine_remaining = left + run.after_segment;
    line.text =
        run.routine + " · " + run.step + " · " + (run.paused ? "paused, " : "") + model::format_clock(left) + " left";
    line.tooltip = fmt::format("Step {} of {} · {} left in the routine", run.step_number, run.steps,
                               model::format_clock(line.routine_remaining));
    if (run.speed != 1.0) {
        line.tooltip += fmt::format(" · a preview at {:g}×, not recorded", run.speed);
    }
    return line;
}

StatusLine from_reminders(const StatusInput& input) {
    StatusLine line;
    if (input.pause_until) {
        line.state = "paused";
        line.at = input.pause_until;
        line.text = "paused until " + runner::clock_text(*input.pause_until + input.utc_offset);
        line.tooltip = "Reminders paused; backroutine remind resume";
        return line;
    }
    if (input.reminders.empty()) {
        return line;
    }
    const auto next = std::min_element(input.reminders.begin(), input.reminders.end(),
                                       [](const auto& a, const auto& b) { return a.next_break < b.next_break; });
    const std::int64_t minutes = std::max<std::int64_t>(0, (next->next_break - input.now + 59) / 60);
    line.state = minutes == 0 ? "due" : "waiting";
    line.text = minutes == 0 ? "break due" : "break in " + std::to_string(minutes) + " min";
    line.tooltip = "Next desk break at " + runner::clock_text(next->next_break + input.utc_offset) + " (" +
                   next->routine + ", " + next->mode + " time)";
    line.at = next->next_break;
    line.routine = next->routine;
    line.routine_name = next->routine;
    return line;
}

std::string code_value(char code, const StatusLine& line) {
    switch (code) {
    case 'n':
        return line.routine_name;
    case 's':
        return line.run ? line.run->step : "";
    case 'p':
        return line.run ? fmt::format("{}/{}", line.run->step_number, line.run->steps) : "";
    case 'r':
        return line.remaining ? model::format_clock(*line.remaining) : "";
    case 'm':
        return line.remaining ? std::to_string((*line.remaining + 59) / 60) : "";
    case 'a':
        return line.at_text;
    case 'c':
        return line.state;
    case 't':
        return line.text;
    default:
        return "%";
    }
}

// Empty codes leave doubled spaces ("%n %s %r" with no step): one is enough.
std::string squeeze_spaces(const std::string& text) {
    std::string out;
    for (const char c : text) {
        if (c != ' ' || (!out.empty() && out.back() != ' ')) {
            out += c;
        }
    }
    while (!out.empty() && out.back() == ' ') {
        out.pop_back();
    }
    return out;
}

} // namespace

StatusLine status_line(const StatusInput& input) {
    StatusLine line;
    if (!input.runs.empty()) {
        const auto playing =
            std::find_if(input.runs.begin(), input.runs.end(), [](const auto& run) { return !run.paused; });
        line = from_run(playing != input.runs.end() ? *playing : input.runs.front(), input);
    } else {
        line = from_reminders(input);
    }
    if (line.at) {
        line.at_text = runner::clock_text(*line.at + input.utc_offset);
    }
    if (line.remaining == std::nullopt && line.at) {
        line.remaining = static_cast<int>(std::max<std::int64_t>(0, *line.at - input.now));
    }
    return line;
}

std::string status_json(const StatusLine& line) {
    nlohmann::json out{{"state", line.state},          {"text", line.text},
                       {"tooltip", line.tooltip},      {"at", nullptr},
                       {"remaining_seconds", nullptr}, {"paused", line.state == "paused"}};
    if (line.at) {
        out["at"] = *line.at;
    }
    if (line.remaining) {
        out["remaining_seconds"] = *line.remaining;
    }
    if (!line.routine.empty()) {
        out["routine"] = line.routine;
    }
    if (line.run) {
        out["routine_name"] = line.run->routine;
        out["step"] = line.run->step;
        out["step_number"] = line.run->step_number;
        out["steps"] = line.run->steps;
        out["phase"] = line.run->phase;
        out["routine_remaining_seconds"] = line.routine_remaining;
        out["speed"] = line.run->speed;
    }
    return out.dump();
}

std::string status_waybar(const StatusLine& line, std::string_view format) {
    const std::string text = format.empty() ? line.text : expand_template(format, line);
    return nlohmann::json{{"text", text}, {"tooltip", line.tooltip}, {"class", line.state}}.dump();
}

std::string_view template_codes() {
    return k_code_help;
}

std::string template_problem(std::string_view format) {
    for (std::size_t i = 0; i < format.size(); ++i) {
        if (format[i] != '%') {
            continue;
        }
        const std::string column = std::to_string(i + 1);
        if (i + 1 == format.size()) {
            return "a lone '%' at column " + column + " ends the format (write %% for a percent sign)";
        }
        if (k_codes.find(format[i + 1]) == std::string_view::npos) {
            return "unknown code '%" + std::string(1, format[i + 1]) + "' at column " + column +
                   " (codes: %n %s %p %r %m %a %c %t %%)";
        }
        ++i;
    }
    return {};
}

std::string expand_template(std::string_view format, const StatusLine& line) {
    std::string out;
    for (std::size_t i = 0; i < format.size(); ++i) {
        if (format[i] == '%' && i + 1 < format.size()) {
            out += code_value(format[++i], line);
        } else {
            out += format[i];
        }
    }
    return squeeze_spaces(out);
}

} // namespace br::cli
