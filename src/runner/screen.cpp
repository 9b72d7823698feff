#include <backroutine/model/quantity.hpp>
#include <backroutine/render/words.hpp>
#include <backroutine/runner/screen.hpp>
#include <backroutine/util/text.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

namespace br::runner {
namespace {

// Five-row block digits, each glyph four cells wide; the colon is two.
constexpr std::array<std::array<std::string_view, 5>, 11> k_font{{
    {"████", "█  █", "█  █", "█  █", "████"}, // 0
    {"  █ ", " ██ ", "  █ ", "  █ ", " ███"}, // 1
    {"████", "   █", "████", "█   ", "████"}, // 2
    {"████", "   █", " ███", "   █", "████"}, // 3
    {"█  █", "█  █", "████", "   █", "   █"}, // 4
    {"████", "█   ", "████", "   █", "████"}, // 5
    {"████", "█   ", "████", "█  █", "████"}, // 6
    {"████", "   █", "  █ ", " █  ", " █  "}, // 7
    {"████", "█  █", "████", "█  █", "████"}, // 8
    {"████", "█  █", "████", "   █", "████"}, // 9
    {"  ", "▪ ", "  ", "▪ ", "  "},           // :
}};

// Three-row digits for smaller terminals.
constexpr std::array<std::array<std::string_view, 3>, 11> k_small{{
    {"▛▀▜", "▌ ▐", "▙▄▟"},
    {" ▜ ", " ▐ ", " ▟▖"},
    {"▀▀▜", "▛▀▀", "▙▄▄"},
    {"▀▀▜", " ▀▜", "▄▄▟"},
    {"▌ ▐", "▀▀▜", "  ▐"},
    {"▛▀▀", "▀▀▜", "▄▄▟"},
    {"▛▀▀", "▛▀▜", "▙▄▟"},
    {"▀▀▜", "  ▐", "  ▐"},
    {"▛▀▜", "▛▀▜", "▙▄▟"},
    {"▛▀▜", "▀▀▜", "▄▄▟"},
    {" ", "▪", "▪"},
}};

std::string fit(const std::string& text, int width) {
    return util::truncate(text, static_cast<std::size_t>(std::max(width, 1)));
}

std::string center(const std::string& text, int width) {
    const int used = static_cast<int>(util::display_width(text));
    return used >= width ? text : std::string(static_cast<std::size_t>((width - used) / 2), ' ') + text;
}

} // namespace

std::vector<std::string> big_clock(int seconds, int rows) {
    const std::string text = model::format_clock(std::max(seconds, 0));
    std::vector<std::string> lines(static_cast<std::size_t>(rows));
    for (const char c : text) {
        const std::size_t glyph = c == ':' ? 10 : static_cast<std::size_t>(c - '0');
        for (std::size_t row = 0; row < lines.size(); ++row) {
            lines[row] += std::string(rows == 5 ? k_font[glyph][row] : k_small[glyph][row]) + " ";
        }
    }
    return lines;
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
    std::vector<std::string> lines;
    const char* how = summary.outcome == Outcome::completed ? "Routine complete" : "Stopped early";
    lines.push_back(std::string(how) + ": " + util::sanitize(routine_name));
    lines.push_back("Time spent " + model::format_clock(summary.active_seconds) + " of " +
                    model::format_clock(summary.planned_seconds) + " planned");
    lines.push_back("Steps done " + std::to_string(summary.steps_done) + " of " + std::to_string(summary.steps_total) +
                    ", skipped " + std::to_string(summary.steps_skipped));
    return lines;
}

std::vector<std::string> screen_lines(const ScreenInput& input, Size size, const render::Style& style) {
    const int width = std::max(size.columns, 10);
    const int rows = std::max(size.rows, 3);
    std::vector<std::string> lines;
    auto add = [&](const std::string& plain, std::string (render::Style::*paint)(std::string_view) const = nullptr) {
        const std::string text = fit(plain, width);
        lines.push_back(paint != nullptr ? (style.*paint)(text) : text);
    };
    if (input.finished && input.summary != nullptr) {
        for (const auto& line : summary_lines(*input.summary, input.routine_name)) {
            add(line, &render::Style::bold);
        }
        lines.resize(std::min(lines.size(), static_cast<std::size_t>(rows)));
        return lines;
    }
    const View& view = *input.view;
    const model::Segment& segment = *view.segment;

    // Routine progress.
    const std::string step =
        "step " + std::to_string(std::min(view.step + 1, view.steps)) + " of " + std::to_string(view.steps);
    const std::string times = model::format_clock(view.elapsed) + " / " + model::format_clock(view.total);
    std::string title = util::sanitize(input.routine_name);
    const int room = width - static_cast<int>(util::display_width(step + "  " + times)) - 3;
    title = fit(title, std::max(room, 4));
    const int gap = width - static_cast<int>(util::display_width(title + step + times)) - 4;
    add(title + std::string(static_cast<std::size_t>(std::max(gap, 1)), ' ') + step + "  " + times,
        &render::Style::bold);
    if (rows >= 8) {
        const double done = view.total > 0 ? static_cast<double>(view.elapsed) / view.total : 0;
        add(bar(done, std::max(width - 16, 10)) + "  " + model::format_clock(view.remaining) + " left",
            &render::Style::dim);
    }

    // The current exercise, side and set, and what to do.
    if (rows >= 12) {
        lines.emplace_back();
    }
    add(render::words_for(segment).heading, &render::Style::accent);
    add(render::doing_now(segment, view.rep, view.cue));

    // The countdown, large when there is room.
    const int clock_rows = (rows >= 22 && width >= 40) ? 5 : (rows >= 16 && width >= 30 ? 3 : 0);
    if (clock_rows > 0) {
        lines.emplace_back();
        for (const auto& line : big_clock(view.segment_left, clock_rows)) {
            add(center(line, width), &render::Style::bold);
        }
    } else {
        add("⏱ " + model::format_clock(view.segment_left), &render::Style::bold);
    }
    add(bar(view.segment_fraction, std::max(width - 2, 10)));
    if (view.paused || view.muted || !input.status.empty()) {
        std::string notice = view.paused ? "PAUSED — space to resume" : "";
        if (view.muted) {
            notice += std::string(notice.empty() ? "" : " · ") + "muted";
        }
        if (!input.status.empty()) {
            notice += std::string(notice.empty() ? "" : " · ") + util::sanitize(input.status);
        }
        add(notice, &render::Style::warn);
    }

    // Instructions, as many as fit above the footer.
    const int footer = (view.next != nullptr ? 1 : 0) + (rows >= 10 ? 1 : 0);
    int free = rows - static_cast<int>(lines.size()) - footer - 1;
    if (free >= 2 && !input.instructions.empty()) {
        lines.emplace_back();
        for (std::size_t i = 0; i < input.instructions.size() && free > 0; ++i) {
            const std::string prefix = std::to_string(i + 1) + ". ";
            const std::string wrapped =
                util::wrap(util::sanitize(input.instructions[i]), static_cast<std::size_t>(width - 1),
                           std::string(prefix.size(), ' '));
            std::size_t start = 0;
            bool first = true;
            while (start <= wrapped.size() && free > 0) {
                std::size_t end = wrapped.find('\n', start);
                if (end == std::string::npos) {
                    end = wrapped.size();
                }
                std::string line = wrapped.substr(start, end - start);
                if (first) {
                    line.replace(0, prefix.size(), prefix);
                    first = false;
                }
                add(line);
                --free;
                start = end + 1;
            }
        }
    }

    // What comes next, and the keys.
    while (static_cast<int>(lines.size()) < rows - footer) {
        lines.emplace_back();
    }
    if (view.next != nullptr) {
        add(render::words_for(*view.next).next);
    }
    if (rows >= 10) {
        add(width >= 64 ? "space pause · n next · b back · +/- 10s · m mute · q quit" : "spc n b + - m q",
            &render::Style::dim);
    }
    lines.resize(std::min(lines.size(), static_cast<std::size_t>(rows)));
    return lines;
}

} // namespace br::runner
