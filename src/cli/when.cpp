#include "when.hpp"

#include <backroutine/error.hpp>
#include <backroutine/model/quantity.hpp>
#include <backroutine/util/text.hpp>

#include <ctime>

namespace br::cli {
namespace {

// Local midnight of the day `offset` days after the one holding `now`.
std::int64_t midnight(std::int64_t now, int offset) {
    const auto time = static_cast<std::time_t>(now);
    std::tm local{};
    localtime_r(&time, &local);
    local.tm_hour = 0;
    local.tm_min = 0;
    local.tm_sec = 0;
    local.tm_mday += offset;
    local.tm_isdst = -1;
    return static_cast<std::int64_t>(std::mktime(&local));
}

// A local date (and time) that exists: mktime would quietly turn 02-30 into 03-02.
std::optional<std::int64_t> exact_local(std::tm fields) {
    const std::tm wanted = fields;
    fields.tm_isdst = -1;
    const std::time_t time = std::mktime(&fields);
    if (fields.tm_year != wanted.tm_year || fields.tm_mon != wanted.tm_mon || fields.tm_mday != wanted.tm_mday ||
        fields.tm_hour != wanted.tm_hour || fields.tm_min != wanted.tm_min) {
        return std::nullopt;
    }
    return static_cast<std::int64_t>(time);
}

// Parses the whole of `text` with strptime's `format`.
bool matches(const std::string& text, const char* format, std::tm& out) {
    out = std::tm{};
    const char* end = strptime(text.c_str(), format, &out);
    return end != nullptr && *end == '\0';
}

std::optional<std::int64_t> span_back(const std::string& text, std::int64_t now) {
    if (text.size() < 2) {
        return std::nullopt;
    }
    const char unit = text.back();
    const int per = unit == 'd' ? 86400 : unit == 'w' ? 7 * 86400 : unit == 'h' ? 3600 : unit == 'm' ? 60 : 0;
    const auto count = model::parse_count(text.substr(0, text.size() - 1), 100'000, false);
    if (per == 0 || !count.value) {
        return std::nullopt;
    }
    return now - static_cast<std::int64_t>(count.value->low) * per;
}

} // namespace

std::int64_t parse_when(const std::string& text, std::int64_t now, DayEdge edge, const std::string& option) {
    const int next = edge == DayEdge::end ? 1 : 0;
    if (text == "now") {
        return now;
    }
    if (text == "today" || text == "yesterday") {
        return midnight(now, (text == "today" ? 0 : -1) + next);
    }
    std::tm fields{};
    std::optional<std::int64_t> found;
    if (matches(text, "%Y-%m-%d", fields)) {
        found = exact_local(fields);
        if (found && next == 1) {
            found = midnight(*found, 1);
        }
    } else if (matches(text, "%Y-%m-%d %H:%M", fields) || matches(text, "%Y-%m-%dT%H:%M", fields)) {
        found = exact_local(fields);
    } else if (matches(text, "%H:%M", fields)) {
        const auto time = static_cast<std::time_t>(now);
        std::tm today{};
        localtime_r(&time, &today);
        today.tm_hour = fields.tm_hour;
        today.tm_min = fields.tm_min;
        today.tm_sec = 0;
        found = exact_local(today);
    } else {
        found = span_back(text, now);
    }
    if (!found) {
        throw Error(option + " '" + util::sanitize(text) +
                        "' is not a date or time: use today, yesterday, a date (2026-11-01), a date and time "
                        "(2026-11-01 18:30), a time (18:30) or a span back from now (7d, 2w, 12h)",
                    ExitCode::usage);
    }
    return *found;
}

} // namespace br::cli
