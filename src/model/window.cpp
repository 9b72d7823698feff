#include <backroutine/model/window.hpp>

#include <charconv>

namespace br::model {
namespace {

// Minutes since midnight of `HH:MM`, if valid.
std::optional<int> parse_clock(std::string_view text) {
    if (text.size() != 5 || text[2] != ':') {
        return std::nullopt;
    }
    int hours = 0;
    int minutes = 0;
    if (std::from_chars(text.data(), text.data() + 2, hours).ptr != text.data() + 2 ||
        std::from_chars(text.data() + 3, text.data() + 5, minutes).ptr != text.data() + 5 || hours > 23 ||
        minutes > 59 || hours < 0 || minutes < 0) {
        return std::nullopt;
    }
    return hours * 60 + minutes;
}

} // namespace

bool Window::contains(int minute) const {
    return start <= end ? (minute >= start && minute < end) : (minute >= start || minute < end);
}

std::optional<Window> parse_window(std::string_view text) {
    if (text.size() != 11 || text[5] != '-') {
        return std::nullopt;
    }
    const auto start = parse_clock(text.substr(0, 5));
    const auto end = parse_clock(text.substr(6));
    if (!start || !end || *start == *end) {
        return std::nullopt;
    }
    return Window{*start, *end};
}

std::int64_t second_of_day(std::int64_t local_seconds) {
    constexpr std::int64_t day = 86400;
    return ((local_seconds % day) + day) % day;
}

} // namespace br::model
