#pragma once
#include <backroutine/store/reminder_state.hpp>
#include <backroutine/store/run_state.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace br::cli {

/// What `status` reads, once: the state files and the time.
struct StatusInput {
    std::vector<store::RunState> runs;
    std::vector<store::ReminderState> reminders;
    std::optional<std::int64_t> pause_until; // Unix seconds: reminders are paused until then
    std::int64_t now = 0;                    // Unix seconds
    std::int64_t monotonic = 0;              // microseconds on the clock the runs' times are on
    std::int64_t utc_offset = 0;             // seconds local time is ahead of UTC
};

/// The one status every format shows. `state` is also waybar's class:
/// running, paused, due, waiting or none.
struct StatusLine {
    std::string state = "none";
    std::string text = "no reminder running";
    std::string tooltip = "Start one with: backroutine remind";
    std::optional<std::int64_t> at;     // Unix seconds: when the step, the wait or the pause ends
    std::optional<int> remaining;       // seconds until `at` (a paused run: left in its step)
    std::string routine;                // id: the run's, or the next break's
    std::string routine_name;           // the run's name; the break's id (a reminder knows no more)
    std::optional<store::RunState> run; // the run it shows, if one plays
    int routine_remaining = 0;          // a run: seconds left in the whole routine
    std::string at_text;                // `at` as local hours and minutes, "" without one
};

/// The status at the input's time: a playing run first (a playing one
/// before a paused one), then paused reminders, then the next break.
StatusLine status_line(const StatusInput& input);

/// `status --format json`: every field, for scripts.
std::string status_json(const StatusLine& line);
/// `status --format waybar`: text (or the template's), tooltip and class.
std::string status_waybar(const StatusLine& line, std::string_view format);

/// The format string's codes and what each gives, for `--help`.
std::string_view template_codes();
/// What is wrong with `format` ("" when nothing): an unknown code or a lone `%` at the end.
std::string template_problem(std::string_view format);
/// `format` with its codes replaced; runs of spaces that empty codes leave are squeezed into one.
std::string expand_template(std::string_view format, const StatusLine& line);

} // namespace br::cli
