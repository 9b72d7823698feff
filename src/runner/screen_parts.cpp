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

namespace {

// The length of the escape sequence (`ESC [ … final byte`) at `i`, or 0 when none starts there.
std::size_t escape_at(std::string_view line, std::size_t i) {
    if (line[i] != '\x1b' || i + 1 >= line.size() || line[i + 1] != '[') {
        return 0;
    }
    std::size_t end = i + 2;
    while (end < line.size() && (line[end] < 0x40 || line[end] > 0x7e)) {
        ++end;
    }
    return std::min(end + 1, line.size()) - i;
}

} // namespace

int visible_width(std::string_view line) {
    std::string text;
    for (std::size_t i = 0; i < line.size();) {
        const std::size_t escape = escape_at(line, i);
        if (escape == 0) {
            text += line[i];
        }
        i += std::max<std::size_t>(escape, 1);
    }
    return static_cast<int>(util::display_width(text));
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

namespace {

// The byte and the column of `line` to rewrite it from, given that its
// first `same` bytes are already on the screen: the last character
// boundary within them outside escape sequences where no colour is open.
std::pair<std::size_t, std::size_t> rewrite_from(std::string_view line, std::size_t same) {
    std::pair<std::size_t, std::size_t> cut{0, 0};
    std::size_t column = 0;
    bool open = false;
    for (std::size_t i = 0; i <= same && i <= line.size();) {
        if (!open) {
            cut = {i, column};
        }
        if (i == line.size()) {
            break;
        }
        if (const std::size_t escape = escape_at(line, i); escape > 0) {
            const std::string_view code = line.substr(i, escape);
            if (code.ends_with('m')) {
                open = code != "\x1b[0m" && code != "\x1b[m";
            }
            i += escape;
            continue;
        }
        std::size_t length = 1; // a UTF-8 character: a lead byte and its continuation bytes
        while (i + length < line.size() && (static_cast<unsigned char>(line[i + length]) & 0xC0) == 0x80) {
            ++length;
        }
        column += util::display_width(line.substr(i, length));
        i += length;
    }
    return cut;
}

} // namespace

std::string repaint(const std::vector<std::string>& shown, const std::vector<std::string>& lines) {
    std::string out;
    if (shown.empty()) {
        out = "\x1b[H";
        for (std::size_t i = 0; i < lines.size(); ++i) {
            // No newline after the last row: it would scroll the screen.
            out += lines[i] + (i + 1 < lines.size() ? "\x1b[K\r\n" : "\x1b[K");
        }
        return out + "\x1b[J";
    }
    for (std::size_t row = 0; row < lines.size(); ++row) {
        const std::string& line = lines[row];
        std::size_t same = 0;
        if (row < shown.size()) {
            if (shown[row] == line) {
                continue;
            }
            const auto& before = shown[row];
            while (same < before.size() && same < line.size() && before[same] == line[same]) {
                ++same;
            }
        }
        const auto [byte, column] = rewrite_from(line, same);
        out +=
            "\x1b[" + std::to_string(row + 1) + ";" + std::to_string(column + 1) + "H" + line.substr(byte) + "\x1b[K";
    }
    if (shown.size() > lines.size()) {
        out += "\x1b[" + std::to_string(lines.size() + 1) + ";1H\x1b[J";
    }
    return out;
}

} // namespace br::runner
