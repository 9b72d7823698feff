#include <backroutine/model/quantity.hpp>

#include <charconv>
#include <cstdio>

namespace br::model {
namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// A whole number with no sign, no leading zero and no more than 6 digits.
Parsed<int> parse_whole(std::string_view text) {
    if (text.empty()) {
        return {std::nullopt, "a number is missing"};
    }
    if (text.front() == '-') {
        return {std::nullopt, "must not be negative"};
    }
    if (text.front() == '+') {
        return {std::nullopt, "must be a plain whole number, without a sign"};
    }
    for (const char c : text) {
        if (!is_digit(c)) {
            if (c == '.' || c == 'e' || c == 'E') {
                return {std::nullopt, "must be a whole number"};
            }
            return {std::nullopt, "is not a number"};
        }
    }
    if (text.size() > 1 && text.front() == '0') {
        return {std::nullopt, "has a leading zero (write it without, e.g. '" +
                                  std::string(text.substr(text.find_first_not_of('0') == std::string_view::npos
                                                              ? text.size() - 1
                                                              : text.find_first_not_of('0'))) +
                                  "')"};
    }
    if (text.size() > 6) {
        return {std::nullopt, "is absurdly large"};
    }
    int value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return {value, {}};
}

Parsed<int> check_seconds(int seconds) {
    if (seconds == 0) {
        return {std::nullopt, "must be longer than zero"};
    }
    if (seconds > Limits::k_max_seconds) {
        return {std::nullopt, "is absurdly long (the limit is 1h)"};
    }
    return {seconds, {}};
}

// Parses `90`, `45s`, `2m`, `1m30s`; `unit_for_bare` applies to a bare number.
Parsed<int> parse_duration_with(std::string_view text, char unit_for_bare) {
    if (text.empty()) {
        return {std::nullopt, "a duration is missing"};
    }
    if (text.front() == '-') {
        return {std::nullopt, "must not be negative"};
    }
    long total = 0;
    std::size_t pos = 0;
    bool seen_m = false;
    bool seen_s = false;
    while (pos < text.size()) {
        std::size_t end = pos;
        while (end < text.size() && is_digit(text[end])) {
            ++end;
        }
        if (end == pos) {
            return {std::nullopt, "is not a duration (write e.g. 45s, 1m or 1m30s)"};
        }
        auto number = parse_whole(text.substr(pos, end - pos));
        if (!number) {
            return number;
        }
        char unit = end < text.size() ? text[end] : unit_for_bare;
        if (end < text.size()) {
            ++end;
        }
        if (unit == 'm' && !seen_m && !seen_s) {
            total += 60L * *number.value;
            seen_m = true;
        } else if (unit == 's' && !seen_s) {
            total += *number.value;
            seen_s = true;
        } else if (unit == 'h' && !seen_m && !seen_s && total == 0) {
            total += 3600L * *number.value;
            seen_m = true; // an hour is the limit: nothing may follow it
        } else {
            return {std::nullopt, "is not a duration (write e.g. 45s, 1m or 1m30s)"};
        }
        pos = end;
        if (total > Limits::k_max_seconds) {
            return {std::nullopt, "is absurdly long (the limit is 1h)"};
        }
    }
    return check_seconds(static_cast<int>(total));
}

// Splits "a-b" at the one hyphen that separates two values.
std::optional<std::pair<std::string_view, std::string_view>> split_range(std::string_view text) {
    const auto dash = text.find('-', 1);
    if (dash == std::string_view::npos) {
        return std::nullopt;
    }
    return std::pair{text.substr(0, dash), text.substr(dash + 1)};
}

Parsed<Range> check_order(int low, int high) {
    if (low > high) {
        return {std::nullopt, "is an inverted range (the low end comes first)"};
    }
    if (low == high) {
        return {std::nullopt, "is a range whose ends are equal (write a single value)"};
    }
    return {Range{low, high}, {}};
}

} // namespace

int pick(const Range& range, Pick which) {
    switch (which) {
    case Pick::low:
        return range.low;
    case Pick::high:
        return range.high;
    case Pick::middle:
        break;
    }
    return range.low + (range.high - range.low + 1) / 2;
}

Parsed<int> parse_duration(std::string_view text) {
    return parse_duration_with(text, 's');
}

Parsed<int> parse_interval(std::string_view text) {
    constexpr const char* k_forms = "is not an interval (write e.g. 45m, 1h or 1h30m)";
    if (text.empty()) {
        return {std::nullopt, "an interval is missing"};
    }
    if (text.front() == '-') {
        return {std::nullopt, "must not be negative"};
    }
    long total = 0;
    std::size_t pos = 0;
    std::string_view units = "hms"; // each at most once, in this order
    while (pos < text.size()) {
        std::size_t end = pos;
        while (end < text.size() && is_digit(text[end])) {
            ++end;
        }
        if (end == pos || end == text.size()) {
            return {std::nullopt, k_forms};
        }
        auto number = parse_whole(text.substr(pos, end - pos));
        if (!number) {
            return number;
        }
        const auto unit = units.find(text[end]);
        if (unit == std::string_view::npos) {
            return {std::nullopt, k_forms};
        }
        total += *number.value * (text[end] == 'h' ? 3600L : text[end] == 'm' ? 60L : 1L);
        units.remove_prefix(unit + 1);
        pos = end + 1;
        if (total > 24L * 3600) {
            return {std::nullopt, "is absurdly long (the limit is 24h)"};
        }
    }
    if (total < 60) {
        return {std::nullopt, "is too short (at least 1m)"};
    }
    return {static_cast<int>(total), {}};
}

Parsed<Range> parse_duration_range(std::string_view text) {
    auto parts = split_range(text);
    if (!parts) {
        auto single = parse_duration(text);
        if (!single) {
            return {std::nullopt, single.error};
        }
        return {Range{*single.value, *single.value}, {}};
    }
    auto [left, right] = *parts;
    if (right.starts_with("-")) {
        return {std::nullopt, "must not be negative"};
    }
    // `1-2m`: the unit written after the second number applies to both.
    char unit = 's';
    if (!right.empty() && (right.back() == 'm' || right.back() == 's') &&
        right.find_first_not_of("0123456789") == right.size() - 1) {
        unit = right.back();
    }
    auto low = parse_duration_with(left, unit);
    if (!low) {
        return {std::nullopt, low.error};
    }
    auto high = parse_duration(right);
    if (!high) {
        return {std::nullopt, high.error};
    }
    return check_order(*low.value, *high.value);
}

Parsed<Range> parse_count(std::string_view text, int max, bool allow_range) {
    auto one = [max](std::string_view part) -> Parsed<int> {
        auto number = parse_whole(part);
        if (!number) {
            return number;
        }
        if (*number.value == 0) {
            return {std::nullopt, "must be at least 1"};
        }
        if (*number.value > max) {
            return {std::nullopt, "is absurdly large (the limit is " + std::to_string(max) + ")"};
        }
        return number;
    };
    auto parts = split_range(text);
    if (!parts) {
        auto single = one(text);
        if (!single) {
            return {std::nullopt, single.error};
        }
        return {Range{*single.value, *single.value}, {}};
    }
    if (!allow_range) {
        return {std::nullopt, "must be a single number, not a range"};
    }
    if (parts->second.starts_with("-")) {
        return {std::nullopt, "must not be negative"};
    }
    auto low = one(parts->first);
    if (!low) {
        return {std::nullopt, low.error};
    }
    auto high = one(parts->second);
    if (!high) {
        return {std::nullopt, high.error};
    }
    return check_order(*low.value, *high.value);
}

Parsed<int> parse_weekly_target(std::string_view frequency) {
    std::string text;
    for (const char c : frequency) {
        text += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    if (text.starts_with("daily") || text == "every day") {
        return {7, {}};
    }
    const auto per_week = text.find("x per week");
    std::size_t start = per_week == std::string::npos ? 0 : per_week;
    while (start > 0 && is_digit(text[start - 1])) {
        --start;
    }
    if (start == per_week || per_week == std::string::npos) {
        return {};
    }
    auto count = parse_count(std::string_view(text).substr(start, per_week - start), Limits::k_max_per_week, false);
    if (!count) {
        return {std::nullopt, "the number of sessions a week " + count.error};
    }
    return {count.value->low, {}};
}

std::string format_duration(int seconds) {
    if (seconds >= 60 && seconds % 60 == 0) {
        return std::to_string(seconds / 60) + "m";
    }
    if (seconds > 60) {
        return std::to_string(seconds / 60) + "m" + std::to_string(seconds % 60) + "s";
    }
    return std::to_string(seconds) + "s";
}

std::string format_duration_range(const Range& range) {
    if (range.is_single()) {
        return format_duration(range.low);
    }
    if (range.low % 60 == 0 && range.high % 60 == 0) {
        return std::to_string(range.low / 60) + "-" + std::to_string(range.high / 60) + "m";
    }
    if (range.high <= 60 || (range.low < 60 && range.high % 60 != 0)) {
        return std::to_string(range.low) + "-" + std::to_string(range.high) + "s";
    }
    return format_duration(range.low) + "-" + format_duration(range.high);
}

std::string format_count_range(const Range& range) {
    if (range.is_single()) {
        return std::to_string(range.low);
    }
    return std::to_string(range.low) + "-" + std::to_string(range.high);
}

std::string format_clock(int seconds) {
    const int h = seconds / 3600;
    const int m = (seconds / 60) % 60;
    const int s = seconds % 60;
    char buffer[32];
    if (h > 0) {
        std::snprintf(buffer, sizeof buffer, "%d:%02d:%02d", h, m, s);
    } else {
        std::snprintf(buffer, sizeof buffer, "%d:%02d", m, s);
    }
    return buffer;
}

} // namespace br::model
