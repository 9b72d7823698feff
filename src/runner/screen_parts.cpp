// The small pieces of the run screen: phase looks, the key bar, bars and
// the summary.
#include "screen_parts.hpp"

#include <backroutine/model/quantity.hpp>
#include <backroutine/util/text.hpp>

#include <algorithm>
#include <cmath>

namespace br::runner {

using model::SegmentKind;

Look look_of(const View& view) {
    const auto kind = view.segment->kind;
    if (view.paused) {
        return Look::paused;
    }
    if (model::counts_down(kind) && view.segment_left <= 3 && view.segment_length > 3) {
        return Look::last;
    }
    switch (kind) {
    case SegmentKind::lead_in:
    case SegmentKind::setup:
        return Look::setup;
    case SegmentKind::rest:
        return Look::rest;
    case SegmentKind::switch_sides:
    case SegmentKind::transition:
        return Look::change;
    default:
        return Look::work;
    }
}

std::string phase_word(const View& view) {
    switch (view.segment->kind) {
    case SegmentKind::lead_in:
        return "GET READY";
    case SegmentKind::setup:
        return "SET UP";
    case SegmentKind::hold:
        return "HOLD";
    case SegmentKind::reps:
        return view.hold_left > 0 ? "HOLD" : "REPS";
    case SegmentKind::timed:
        return "GO";
    case SegmentKind::switch_sides:
        return view.segment->direction.empty() ? "SWITCH" : "CHANGE";
    case SegmentKind::rest:
        return "REST";
    case SegmentKind::transition:
        return "MOVE";
    case SegmentKind::done:
        break;
    }
    return "DONE";
}

std::string Paint::operator()(Look look, std::string_view text, bool banner) const {
    if (!emphasis && !color) {
        return std::string(text);
    }
    // Colour when allowed; without it each phase still looks different.
    static constexpr std::array<std::string_view, 6> k_colour{"1;34", "1;32", "1;36", "1;35", "1;31", "2"};
    static constexpr std::array<std::string_view, 6> k_plain{"4", "1", "3", "7", "1;7", "2"};
    const auto index = static_cast<std::size_t>(look);
    std::string code(color ? k_colour.at(index) : k_plain.at(index));
    if (banner && look != Look::paused) {
        code += ";7";
    }
    return "\x1b[" + code + "m" + std::string(text) + "\x1b[0m";
}

std::string Paint::plain(std::string_view code, std::string_view text) const {
    return emphasis || color ? "\x1b[" + std::string(code) + "m" + std::string(text) + "\x1b[0m" : std::string(text);
}

std::string bar(double fraction, int width) {
    width = std::max(width, 2);
    const int filled = std::clamp(static_cast<int>(std::lround(fraction * width)), 0, width);
    std::string out;
    for (int i = 0; i < width; ++i) {
        out += i < filled ? "█" : "░";
    }
    return out;
}

std::vector<std::string> summary_lines(const Summary& summary, const std::string& routine_name) {
    std::string how = "Stopped early";
    if (summary.outcome == Outcome::completed) {
        if (summary.steps_done == 0 && summary.steps_total > 0) {
            how = "All steps skipped";
        } else if (summary.steps_skipped > 0) {
            how = "Finished, " + std::to_string(summary.steps_skipped) + " of " + std::to_string(summary.steps_total) +
                  " steps skipped";
        } else {
            how = "Routine complete";
        }
    }
    std::vector<std::string> lines;
    lines.push_back(how + ": " + util::sanitize(routine_name));
    lines.push_back("Time spent " + model::format_clock(summary.active_seconds) + " of " +
                    model::format_clock(summary.planned_seconds) + " planned");
    lines.push_back("Steps done " + std::to_string(summary.steps_done) + " of " + std::to_string(summary.steps_total) +
                    ", skipped " + std::to_string(summary.steps_skipped));
    return lines;
}

std::string keys_text(const View& view, int width) {
    if (view.quit_armed) {
        return "q again to quit · any other key goes on";
    }
    const auto kind = view.segment->kind;
    const bool wide = width >= 64;
    std::vector<std::string> keys;
    keys.emplace_back(view.paused ? (wide ? "space resume" : "spc") : (wide ? "space pause" : "spc"));
    if (model::gets_ready(kind)) {
        keys.emplace_back(wide ? "n/Enter start" : "n");
    } else {
        keys.emplace_back(wide ? "n next" : "n");
    }
    keys.emplace_back(wide ? (view.back_to_side ? "b previous side" : "b back") : "b");
    if (kind == SegmentKind::reps) {
        keys.emplace_back(wide ? "+/- rep" : "+-");
    } else if (model::counts_down(kind)) {
        keys.emplace_back(wide ? "+/- 10s" : "+-");
    }
    keys.emplace_back(wide ? (view.muted ? "m unmute" : "m mute") : "m");
    keys.emplace_back(wide ? "q quit" : "q");
    std::string out;
    for (const auto& key : keys) {
        out += (out.empty() ? "" : (wide ? " · " : " ")) + key;
    }
    return out;
}

} // namespace br::runner
