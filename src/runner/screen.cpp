#include "screen_parts.hpp"

#include <backroutine/model/quantity.hpp>
#include <backroutine/render/words.hpp>
#include <backroutine/runner/screen.hpp>
#include <backroutine/util/text.hpp>

#include <algorithm>

namespace br::runner {
namespace {

using model::SegmentKind;

std::string fit(const std::string& text, int width) {
    return util::truncate(text, static_cast<std::size_t>(std::max(width, 1)));
}

std::string center(const std::string& text, int width) {
    const int used = static_cast<int>(util::display_width(text));
    return used >= width ? text : std::string(static_cast<std::size_t>((width - used) / 2), ' ') + text;
}

// Rows above the countdown: the routine line, its bar, a gap, the heading, the cue, a gap.
int rows_above(int rows) {
    return 1 + (rows >= 8 ? 1 : 0) + (rows >= 16 ? 1 : 0) + 2 + (rows >= 20 ? 1 : 0);
}

// What the big number says: the rep (or the seconds left in its hold) for reps, else the time left.
std::string big_number(const View& view) {
    if (view.segment->kind == SegmentKind::reps) {
        return view.hold_left > 0 ? std::to_string(view.hold_left)
                                  : std::to_string(view.rep) + "/" + std::to_string(view.reps);
    }
    return view.segment_left < 60 ? std::to_string(std::max(view.segment_left, 0))
                                  : model::format_clock(view.segment_left);
}

// The line under the digits for reps: which rep, which side, whether it holds.
std::string rep_caption(const View& view) {
    std::string text = "rep " + std::to_string(view.rep) + " of " + std::to_string(view.reps);
    if (view.rep_side != model::Side::none) {
        text += " · " + std::string(model::name_of(view.rep_side)) + " side";
    }
    return view.hold_left > 0 ? "seconds left in the hold · " + text : text;
}

// The side the instructions are read for now.
model::Side side_now(const View& view) {
    if (view.rep_side != model::Side::none) {
        return view.rep_side;
    }
    if (view.segment->side == model::Side::none && view.next != nullptr && view.next->step == view.segment->step) {
        return view.next->side; // during the setup, the side about to be worked
    }
    return view.segment->side;
}

// Builds a frame line by line, never wider than the terminal.
struct Frame {
    int width;
    int rows;
    Paint paint;
    std::vector<std::string> lines;

    void add(const std::string& text) { lines.push_back(fit(text, width)); }
    void add(const std::string& text, std::string_view code) { lines.push_back(paint.plain(code, fit(text, width))); }
    [[nodiscard]] int free() const { return rows - static_cast<int>(lines.size()); }
};

void add_header(Frame& frame, const ScreenInput& input, const View& view) {
    const std::string step =
        "step " + std::to_string(std::min(view.step + 1, view.steps)) + " of " + std::to_string(view.steps);
    const std::string times = model::format_clock(view.elapsed) + " / " + model::format_clock(view.total);
    const int room = frame.width - static_cast<int>(util::display_width(step + "  " + times)) - 3;
    const std::string title = fit(util::sanitize(input.routine_name), std::max(room, 4));
    const int gap = frame.width - static_cast<int>(util::display_width(title + step + times)) - 2;
    frame.add(title + std::string(static_cast<std::size_t>(std::max(gap, 1)), ' ') + step + "  " + times, "1");
    if (frame.rows >= 8) {
        const double done = view.total > 0 ? static_cast<double>(view.elapsed) / view.total : 0;
        frame.add(bar(done, std::max(frame.width - 16, 10)) + "  " + model::format_clock(view.remaining) + " left",
                  "2");
    }
    if (frame.rows >= 16) {
        frame.lines.emplace_back();
    }
}

void add_heading(Frame& frame, const View& view) {
    const Look look = look_of(view);
    const std::string word = " " + phase_word(view) + " ";
    const std::string heading = render::words_for(*view.segment).heading;
    const int room = frame.width - static_cast<int>(util::display_width(word)) - 1;
    frame.lines.push_back(frame.paint(look, word, true) + " " + frame.paint(look, fit(heading, std::max(room, 1))));
    std::string cue = util::sanitize(view.cue);
    if (view.segment->kind == SegmentKind::reps && view.rep_side != model::Side::none) {
        cue = std::string(view.rep_side == model::Side::left ? "Left" : "Right") + (cue.empty() ? "" : " · " + cue);
    }
    if (cue.empty() || cue == util::sanitize(view.segment->label())) {
        cue = render::doing_now(*view.segment, view.rep, "");
    }
    frame.add(cue, "1");
    if (frame.rows >= 20) {
        frame.lines.emplace_back();
    }
}

// A figure in `box` stands beside the big number, the rep caption and the bar, which make room for it.
void add_countdown(Frame& frame, const ScreenInput& input, const View& view, Size size, const FigureBox& box) {
    const Look look = look_of(view);
    const int height = big_rows(size);
    const int width = box.columns > 0 ? box.column - 1 : frame.width;
    std::size_t row = 0;
    auto add_beside = [&](std::string line) {
        if (box.columns > 0) {
            // The figure's rows are as wide as its box (less the gap), so they need no fitting.
            line += " " + render::shaded_row(input.figure, row, frame.paint.color, frame.paint.emphasis);
        }
        ++row;
        frame.lines.push_back(std::move(line));
    };
    auto fitted = [&](const std::string& text) {
        return box.columns > 0 ? util::pad_right(fit(text, width), static_cast<std::size_t>(width)) : fit(text, width);
    };
    if (height == 0) {
        frame.lines.push_back(frame.paint(look, fit("⏱ " + big_number(view), frame.width)));
    } else {
        for (const auto& digits : big_text(big_number(view), height)) {
            const std::string text = util::pad_right(center(digits, width), static_cast<std::size_t>(width));
            add_beside(frame.paint(look, fit(text, width)));
        }
    }
    if (frame.rows >= 16 && (view.segment->kind == SegmentKind::reps || box.columns > 0)) {
        const std::string caption = view.segment->kind == SegmentKind::reps ? rep_caption(view) : "";
        add_beside(frame.paint.plain("2", fitted(center(caption, width))));
    }
    add_beside(fitted(bar(view.segment_fraction, std::max(width - 2, 10))));
}

// A window too small for the full frame: what to do, the number, the exercise, what comes next.
std::vector<std::string> compact(Frame& frame, const ScreenInput& input, const View& view) {
    const Look look = look_of(view);
    std::string word = " " + phase_word(view) + " ";
    const std::string number = view.paused ? "paused" : big_number(view);
    if (util::display_width(word + " " + number) > static_cast<std::size_t>(frame.width)) {
        word = phase_word(view).substr(0, 1); // the number matters most
    }
    frame.lines.push_back(
        frame.paint(look, word, true) + " " +
        frame.paint(look, fit(number, frame.width - static_cast<int>(util::display_width(word)) - 1)));
    frame.add(render::words_for(*view.segment).heading, "1");
    std::string cue = util::sanitize(view.cue);
    if (cue.empty()) {
        cue = render::doing_now(*view.segment, view.rep, "");
    }
    if (view.quit_armed) {
        cue = "q again to quit";
    }
    frame.add(cue);
    if (frame.free() > 0 && !input.status.empty()) {
        frame.add(util::sanitize(input.status), "1;33");
    }
    if (frame.free() > 0 && view.next != nullptr) {
        frame.add(render::words_for(*view.next).next);
    }
    frame.lines.resize(std::min(frame.lines.size(), static_cast<std::size_t>(frame.rows)));
    return frame.lines;
}

void add_notice(Frame& frame, const ScreenInput& input, const View& view) {
    std::string notice = view.paused ? "PAUSED — space to resume" : "";
    if (view.quit_armed) {
        notice += std::string(notice.empty() ? "" : " · ") + "Quit? q again to quit, any other key goes on";
    }
    if (view.muted) {
        notice += std::string(notice.empty() ? "" : " · ") + "muted";
    }
    if (!input.status.empty()) {
        notice += std::string(notice.empty() ? "" : " · ") + util::sanitize(input.status);
    }
    if (notice.empty()) {
        return;
    }
    // Where there are rows, wrapped rather than cut (the lead-in's notice is the safety line): two lines at
    // most, the second cut if need be.
    const std::string wrapped = util::wrap(notice, static_cast<std::size_t>(std::max(frame.width, 1)));
    const std::size_t end = wrapped.find('\n');
    if (end == std::string::npos || frame.rows < 20) {
        frame.add(notice, "1;33");
        return;
    }
    std::string rest = wrapped.substr(end + 1);
    std::replace(rest.begin(), rest.end(), '\n', ' ');
    frame.add(wrapped.substr(0, end), "1;33");
    frame.add(rest, "1;33");
}

} // namespace
} // namespace br::runner

namespace br::runner {
namespace {

// The numbered lines of the instructions, wrapped to the width.
std::vector<std::vector<std::string>> numbered(const std::vector<std::string>& steps, model::Side side, int width) {
    std::vector<std::vector<std::string>> out;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const std::string prefix = std::to_string(i + 1) + ". ";
        const std::string text = model::for_side(util::sanitize(steps[i]), side);
        const std::string wrapped =
            util::wrap(text, static_cast<std::size_t>(std::max(width - 1, 8)), std::string(prefix.size(), ' '));
        std::vector<std::string> lines;
        std::size_t start = 0;
        while (start <= wrapped.size()) {
            const std::size_t end = std::min(wrapped.find('\n', start), wrapped.size());
            lines.push_back(wrapped.substr(start, end - start));
            start = end + 1;
        }
        lines.front().replace(0, prefix.size(), prefix);
        out.push_back(std::move(lines));
    }
    return out;
}

// As many instructions as fit in `room` lines; a cut one ends in an ellipsis
// and the rest are counted ("+2 more steps").
void add_instructions(Frame& frame, const ScreenInput& input, const View& view, int room) {
    const auto steps = numbered(input.instructions, side_now(view), frame.width);
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const bool last = i + 1 == steps.size();
        const int left = room - (last ? 0 : 1); // keep a line to say how many more there are
        if (left <= 0) {
            const auto more = steps.size() - i;
            frame.add("  (+" + std::to_string(more) + " more step" + (more == 1 ? ")" : "s)"), "2");
            return;
        }
        const auto shown = std::min(steps[i].size(), static_cast<std::size_t>(left));
        for (std::size_t k = 0; k < shown; ++k) {
            const bool cut = k + 1 == shown && shown < steps[i].size();
            frame.add(cut ? fit(steps[i][k] + " …", frame.width) : steps[i][k]);
        }
        room -= static_cast<int>(shown);
        if (shown < steps[i].size() && !last) {
            const auto more = steps.size() - i - 1;
            frame.add("  (+" + std::to_string(more) + " more step" + (more == 1 ? ")" : "s)"), "2");
            return;
        }
    }
}

void add_cautions(Frame& frame, const ScreenInput& input, int room) {
    for (std::size_t i = 0; i < input.cautions.size() && room > 0; ++i, --room) {
        frame.add("⚠ " + util::sanitize(input.cautions[i]), "1;33");
    }
}

void add_body(Frame& frame, const ScreenInput& input, const View& view, int footer) {
    int room = frame.rows - static_cast<int>(frame.lines.size()) - footer - 1;
    if (view.paused && room >= 4) {
        frame.lines.emplace_back();
        for (const auto& line : big_text("PAUSED", 3)) {
            frame.add(center(line, frame.width), "1");
        }
        return;
    }
    if (room < 2) {
        return;
    }
    frame.lines.emplace_back();
    const bool setup = view.segment->kind == SegmentKind::setup || view.segment->kind == SegmentKind::lead_in;
    const int cautions = setup ? std::min(static_cast<int>(input.cautions.size()), room / 2) : 0;
    add_instructions(frame, input, view, room - cautions);
    add_cautions(frame, input, cautions);
}

std::vector<std::string> end_screen(const ScreenInput& input, Frame& frame) {
    if (frame.rows >= 12 && frame.width >= 24 && input.summary->steps_done > 0) {
        for (const auto& line : big_text("DONE", 3)) {
            frame.add(center(line, frame.width), "1;32");
        }
        frame.lines.emplace_back();
    }
    for (const auto& line : summary_lines(*input.summary, input.routine_name)) {
        frame.add(line, "1");
    }
    if (frame.free() >= 2) {
        frame.lines.emplace_back();
    }
    frame.add("Press any key to leave", "2");
    frame.lines.resize(std::min(frame.lines.size(), static_cast<std::size_t>(frame.rows)));
    return frame.lines;
}

} // namespace

int big_rows(Size size) {
    if (size.rows >= 36 && size.columns >= 100) {
        return 10;
    }
    if (size.rows >= 20 && size.columns >= 48) {
        return 5;
    }
    return size.rows >= 12 && size.columns >= 24 ? 3 : 0;
}

FigureBox figure_box(Size size) {
    const int height = big_rows(size);
    if (size.columns < 70 || height < 5) {
        return {};
    }
    // Two fifths of a wide window: lying figures are as wide as they are long, and get taller with it.
    const int columns = std::min(size.columns * 2 / 5, 48);
    // The big number's rows, then the rep caption's and the bar's.
    const int rows = height + (size.rows >= 16 ? 2 : 1);
    // With the large digits there are rows to spare below them: a standing figure may use some.
    const int spare = size.rows - rows_above(size.rows) - 3; // above the footer and the "next" line
    const int most = height >= 10 ? std::clamp(spare, rows, 2 * rows) : rows;
    return {size.columns - columns, rows_above(size.rows), columns, rows, most};
}

std::vector<std::string> screen_lines(const ScreenInput& input, Size size, const render::Style& style) {
    Frame frame{std::max(size.columns, 10), std::max(size.rows, 3), Paint{style.color, input.emphasis}, {}};
    size = {frame.width, frame.rows};
    if (input.finished && input.summary != nullptr) {
        return end_screen(input, frame);
    }
    const View& view = *input.view;
    if (frame.rows < 7 || frame.width < 24) {
        return compact(frame, input, view);
    }
    add_header(frame, input, view);
    add_heading(frame, view);
    const FigureBox box = figure_box(size); // none without room for the big digits
    add_countdown(frame, input, view, size, box);
    // A figure drawn taller than the countdown goes on beside the notice and the instructions,
    // which keep short of it.
    const int below = std::min(static_cast<int>(input.figure.rows.size()), box.most_rows) - box.rows;
    const int full_width = frame.width;
    const bool beside = box.columns > 0 && below > 0;
    if (beside) {
        frame.width = box.column - 1;
    }
    add_notice(frame, input, view);
    const int footer = (view.next != nullptr ? 1 : 0) + (frame.rows >= 10 ? 1 : 0);
    add_body(frame, input, view, footer);
    if (beside) {
        const auto first = static_cast<std::size_t>(box.row + box.rows);
        for (std::size_t row = first; row < first + static_cast<std::size_t>(below); ++row) {
            if (frame.lines.size() <= row) {
                frame.lines.resize(row + 1);
            }
            auto& line = frame.lines[row];
            line += std::string(static_cast<std::size_t>(std::max(frame.width - visible_width(line), 0)), ' ');
            line += " " + render::shaded_row(input.figure, static_cast<std::size_t>(box.rows) + (row - first),
                                             frame.paint.color, frame.paint.emphasis);
        }
        frame.width = full_width;
    }
    while (static_cast<int>(frame.lines.size()) < frame.rows - footer) {
        frame.lines.emplace_back();
    }
    if (view.next != nullptr) {
        frame.add(render::words_for(*view.next).next);
    }
    if (frame.rows >= 10) {
        frame.add(keys_text(view, frame.width), "2");
    }
    frame.lines.resize(std::min(frame.lines.size(), static_cast<std::size_t>(frame.rows)));
    return frame.lines;
}

} // namespace br::runner
