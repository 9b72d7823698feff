#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

namespace br::model {

/// Hours of the day, as minutes since local midnight; a window whose end is
/// before its start runs past midnight.
struct Window {
    int start = 0;
    int end = 0;
    [[nodiscard]] bool contains(int minute) const;
};

/// Seconds since midnight of a local time given in seconds (before 1970 too).
std::int64_t second_of_day(std::int64_t local_seconds);

/// Parses `HH:MM-HH:MM`.
std::optional<Window> parse_window(std::string_view text);

} // namespace br::model
