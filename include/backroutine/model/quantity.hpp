#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace br::model {

/// Inclusive range of whole numbers (a count or seconds); low == high for a single value.
struct Range {
    int low = 0;
    int high = 0;
    [[nodiscard]] bool is_single() const { return low == high; }
    friend bool operator==(const Range&, const Range&) = default;
};

/// What a routine's intensity picks from each range.
enum class Pick { low, middle, high };

/// The value of `range` at `pick` (middle rounds to the nearest whole number, halves up).
int pick(const Range& range, Pick which);

/// A parsed value or the reason it could not be parsed.
template <typename T>
struct Parsed {
    std::optional<T> value;
    std::string error;
    [[nodiscard]] explicit operator bool() const { return value.has_value(); }
};

/// Limits on counts and durations; beyond them a value is "absurdly large".
struct Limits {
    static constexpr int k_max_seconds = 3600;
    static constexpr int k_max_per_week = 50;
};

/// Parses a duration: `90`, `45s`, `1m`, `1m30s`; 1 s to 1 h.
Parsed<int> parse_duration(std::string_view text);

/// Parses a reminder interval: `45m`, `1h`, `1h30m`, `90m`; 1 minute to 24 hours.
Parsed<int> parse_interval(std::string_view text);

/// Parses a duration, or a range of them: `20-30s`, `1-2m`, `30s-1m`.
Parsed<Range> parse_duration_range(std::string_view text);

/// Parses a whole count from 1 to `max`, or a range (`10-15`) when `allow_range`.
Parsed<Range> parse_count(std::string_view text, int max, bool allow_range);

/// The sessions a week a routine's `frequency` asks for: "3x per week"
/// gives 3, "daily…" or "every day" 7. No value and no error when the text
/// names no weekly count; an error for a count that is 0, malformed or over
/// Limits::k_max_per_week.
Parsed<int> parse_weekly_target(std::string_view frequency);

/// Formats seconds compactly for YAML and plans: `45s`, `1m`, `1m30s`.
std::string format_duration(int seconds);

/// Formats a duration range: `20-30s`, `1-2m`, `30s-1m`.
std::string format_duration_range(const Range& range);

/// Formats a count range: `10` or `10-15`.
std::string format_count_range(const Range& range);

/// Clock-style `m:ss` or `h:mm:ss`.
std::string format_clock(int seconds);

} // namespace br::model
