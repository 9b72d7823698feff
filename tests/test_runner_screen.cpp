#include <backroutine/catalog/loader.hpp>
#include <backroutine/model/figure_geometry.hpp>
#include <backroutine/plan/expand.hpp>
#include <backroutine/plan/steps.hpp>
#include <backroutine/render/figure.hpp>
#include <backroutine/runner/screen.hpp>
#include <backroutine/util/text.hpp>

#include "support/helpers.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace br;
using model::SegmentKind;

using br::test::builtin;

namespace {

bool contains(const std::vector<std::string>& lines, const std::string& text) {
    return std::any_of(lines.begin(), lines.end(),
                       [&](const auto& line) { return line.find(text) != std::string::npos; });
}

// A session of `timeline` at `seconds`, and the screen input for it.
struct At {
    model::Timeline timeline;
    runner::Session session;
    runner::View view;
    runner::ScreenInput input;

    At(model::Timeline t, double seconds) : timeline(std::move(t)), session(timeline) {
        session.start(runner::Time(0));
        const auto now = runner::Time(static_cast<long long>(seconds * 1e6));
        session.advance(now);
        view = session.view(now);
        input.view = &view;
        input.routine_name = timeline.name;
        if (const auto* step = timeline.step_of(*view.segment)) {
            input.instructions = step->instructions;
            input.cautions = step->cautions;
        }
    }
};

At at_routine(const std::string& id, double seconds) {
    return At(test::builtin_timeline(id), seconds);
}

At at_steps(const std::vector<std::string>& steps, double seconds) {
    return At(plan::expand(builtin(), plan::routine_from_steps(steps, builtin()), {}), seconds);
}

// The rows of the big digits: lines holding a full block.
int digit_rows(const std::vector<std::string>& lines) {
    return static_cast<int>(std::count_if(lines.begin(), lines.end(), [](const auto& line) {
        return line.find("█") != std::string::npos && line.find("░") == std::string::npos &&
               line.find("step") == std::string::npos;
    }));
}

} // namespace

TEST_SUITE("runner::screen") {
    TEST_CASE("a new frame rewrites only what changed: a moving figure's cells, not the countdown beside it") {
        const std::vector<std::string> before{"\x1b[1mTitle\x1b[0m", "  12   \u2801\u2802x", "bar"};
        // The first frame of a screen is drawn whole.
        CHECK(runner::repaint({}, before) ==
              "\x1b[H\x1b[1mTitle\x1b[0m\x1b[K\r\n  12   \u2801\u2802x\x1b[K\r\nbar\x1b[K\x1b[J");
        // Only the figure moved: the rewrite starts at column 9, past "  12   " and the braille cell
        // that stayed (three bytes, one column).
        auto moved = before;
        moved[1] = "  12   \u2801\u2804x";
        CHECK(runner::repaint(before, moved) == "\x1b[2;9H\u2804x\x1b[K");
        CHECK(runner::repaint(before, before).empty());
        // A change inside colours rewrites from the row's start, so the colour is not lost.
        auto title = before;
        title[0] = "\x1b[1mTitle!\x1b[0m";
        CHECK(runner::repaint(before, title) == "\x1b[1;1H\x1b[1mTitle!\x1b[0m\x1b[K");
        // After the colour is closed, the rewrite starts where the text differs.
        auto after = before;
        after[0] = "\x1b[1mTitle\x1b[0m more";
        CHECK(runner::repaint(before, after) == "\x1b[1;6H more\x1b[K");
        // Fewer rows: the rest of the screen is cleared.
        CHECK(runner::repaint(before, {before[0], before[1]}) == "\x1b[3;1H\x1b[J");
    }

    TEST_CASE("the frame fits every terminal size and says what matters") {
        auto at = at_routine("quick-relief", 190); // thread the needle, left side (3:00-3:30)
        for (const runner::Size size : {runner::Size{80, 24}, runner::Size{120, 40}, runner::Size{60, 18},
                                        runner::Size{40, 12}, runner::Size{20, 5}, runner::Size{10, 3}}) {
            CAPTURE(size.columns);
            CAPTURE(size.rows);
            const auto lines = runner::screen_lines(at.input, size, render::Style{false});
            CHECK(lines.size() <= static_cast<std::size_t>(size.rows));
            for (const auto& line : lines) {
                CHECK(util::display_width(line) <= static_cast<std::size_t>(std::max(size.columns, 10)));
            }
            CHECK(contains(lines, "Thread"));
        }
        const auto full = runner::screen_lines(at.input, {80, 24}, render::Style{false});
        CHECK(full.size() == 24);
        CHECK(contains(full, "step 3 of 6"));
        CHECK(contains(full, "Thread the Needle — left side"));
        CHECK(contains(full, " HOLD "));
        CHECK(contains(full, "1. "));
        CHECK(contains(full, "Next: switch sides"));
        CHECK(contains(full, "space pause"));
        CHECK(contains(full, "+/- 10s"));
        CHECK(contains(full, "████")); // the large countdown
    }

    TEST_CASE("the digits grow with the window: 3 rows at 40x12, 5 at 80x24, 10 at 120x40") {
        auto at = at_routine("quick-relief", 190);
        CHECK(runner::big_rows({40, 12}) == 3);
        CHECK(runner::big_rows({80, 24}) == 5);
        CHECK(runner::big_rows({120, 40}) == 10);
        const auto small = runner::screen_lines(at.input, {40, 12}, render::Style{false});
        const auto medium = runner::screen_lines(at.input, {80, 24}, render::Style{false});
        const auto large = runner::screen_lines(at.input, {120, 40}, render::Style{false});
        CHECK(contains(small, "▜")); // three-row glyphs
        CHECK(digit_rows(medium) == 5);
        CHECK(digit_rows(large) == 10);
        CHECK(runner::big_text("20", 10).front().size() > runner::big_text("20", 5).front().size());
        // The figure box sits beside the digits, the rep caption and the bar, never over them.
        const auto box = runner::figure_box({120, 40});
        CHECK(box.columns > 0);
        CHECK(box.rows == 10 + 2);
        CHECK(runner::figure_box({80, 24}).rows == 5 + 2);
        for (int row = box.row; row < box.row + box.rows; ++row) {
            CAPTURE(row);
            CHECK(util::display_width(large[static_cast<std::size_t>(row)]) <=
                  static_cast<std::size_t>(box.column)); // and a space
        }
        CHECK(runner::figure_box({40, 12}).columns == 0);
    }

    TEST_CASE("in a tall window a standing figure goes on down beside the instructions, which keep short of it") {
        auto at = at_steps({"neck-stretch:20s/side"}, 30); // the left side's hold (0:25-0:45)
        REQUIRE(at.view.segment->kind == SegmentKind::hold);
        const runner::Size size{120, 40};
        const auto box = runner::figure_box(size);
        REQUIRE(box.columns > 0);
        CHECK(box.most_rows > box.rows);
        CHECK(runner::figure_box({80, 24}).most_rows == runner::figure_box({80, 24}).rows); // no rows to spare
        const auto& figure = *at.timeline.step_of(*at.view.segment)->figure;
        at.input.figure = render::figure_braille(model::draw(figure, figure.pose("hold")), model::bounds(figure, true),
                                                 box.columns - 1, box.most_rows);
        // A long notice beside the figure is wrapped, not cut: the lead-in's is the safety line.
        at.input.status = "Stop any exercise that makes your pain worse. Severe or lasting pain needs a professional.";
        for (const bool colour : {false, true}) {
            at.input.emphasis = colour;
            const auto lines = runner::screen_lines(at.input, size, render::Style{colour});
            REQUIRE(lines.size() == 40U);
            int figure_rows = 0;
            for (std::size_t row = 0; row < lines.size(); ++row) {
                CAPTURE(row);
                // Cell by cell, escapes skipped: braille only in the box, and nothing else there.
                const std::string& line = lines[row];
                int column = 0;
                bool braille = false;
                for (std::size_t i = 0; i < line.size();) {
                    if (line[i] == '\x1b') {
                        i = line.find('m', i) + 1;
                        continue;
                    }
                    std::size_t length = 1;
                    while (i + length < line.size() && (static_cast<unsigned char>(line[i + length]) & 0xC0) == 0x80) {
                        ++length;
                    }
                    const bool is_braille = line.compare(i, 2, "\xE2\xA0") == 0 ||
                                            line.compare(i, 2, "\xE2\xA1") == 0 ||
                                            line.compare(i, 2, "\xE2\xA2") == 0 || line.compare(i, 2, "\xE2\xA3") == 0;
                    const bool in_box = static_cast<int>(row) >= box.row &&
                                        static_cast<int>(row) < box.row + box.most_rows && column >= box.column;
                    if (in_box) {
                        CHECK((is_braille || line[i] == ' '));
                    } else {
                        CHECK_FALSE(is_braille);
                    }
                    braille = braille || is_braille;
                    column += 1;
                    i += length;
                }
                CHECK(column <= size.columns);
                figure_rows += braille ? 1 : 0;
            }
            CHECK(figure_rows > box.rows); // it went on past the countdown
            CHECK(contains(lines, "Stop any exercise that makes your pain worse."));
            CHECK(contains(lines, "needs a professional."));
            CHECK(contains(lines, "1. Sit or stand upright"));
            CHECK(contains(lines, "4. Bring your head back"));
        }
    }

    TEST_CASE("each phase looks different, with colour and without it") {
        auto hold = at_routine("quick-relief", 190);
        auto setup = at_routine("quick-relief", 15);
        auto change = at_routine("quick-relief", 211); // switch sides 3:30-3:35
        auto last = at_routine("quick-relief", 208);   // the last 3 s of the hold
        for (auto* at : {&hold, &setup, &change, &last}) {
            at->input.emphasis = true;
        }
        const render::Style plain{false};
        const auto work = runner::screen_lines(hold.input, {80, 24}, plain);
        CHECK(contains(work, "\x1b[1;7m HOLD "));
        CHECK(contains(runner::screen_lines(setup.input, {80, 24}, plain), "\x1b[4;7m SET UP "));
        CHECK(contains(runner::screen_lines(change.input, {80, 24}, plain), "\x1b[7;7m SWITCH "));
        CHECK(contains(runner::screen_lines(last.input, {80, 24}, plain), "\x1b[1;7;7m HOLD "));
        // NO_COLOR: emphasis only, no colour codes.
        for (const auto& line : work) {
            CHECK(line.find("\x1b[1;3") == std::string::npos);
        }
        const auto coloured = runner::screen_lines(hold.input, {80, 24}, render::Style{true});
        CHECK(contains(coloured, "\x1b[1;32m"));
        CHECK(contains(runner::screen_lines(setup.input, {80, 24}, render::Style{true}), "\x1b[1;34m"));
        // Paused: the digits dim and PAUSED shows large.
        hold.session.handle(runner::Command::toggle_pause, runner::Time(190'000'000));
        hold.view = hold.session.view(runner::Time(190'000'000));
        const auto paused = runner::screen_lines(hold.input, {80, 24}, plain);
        CHECK(contains(paused, "\x1b[2m"));
        CHECK(contains(paused, "PAUSED"));
        CHECK(contains(paused, "▛▀▜")); // the big letters
    }

    TEST_CASE("reps: the rep count is the big number, the hold's seconds while it holds") {
        // Shoulder blade squeeze: 10 reps of move 1.5 s, hold 5 s, return 1.5 s.
        auto moving = at_steps({"shoulder-blade-squeeze:10"}, 10 + 15 + 8 * 2 + 0.5); // rep 3, moving
        const auto lines = runner::screen_lines(moving.input, {80, 24}, render::Style{false});
        CHECK(contains(lines, "rep 3 of 10"));
        for (const auto& row : runner::big_text("3/10", 5)) {
            CHECK(contains(lines, row));
        }
        auto holding = at_steps({"shoulder-blade-squeeze:10"}, 10 + 15 + 8 * 2 + 2);
        const auto held = runner::screen_lines(holding.input, {80, 24}, render::Style{false});
        CHECK(holding.view.hold_left == 5);
        CHECK(contains(held, "seconds left in the hold · rep 3 of 10"));
        CHECK(contains(held, "Squeeze and hold"));
        CHECK(contains(held, "+/- rep"));
    }

    TEST_CASE("parts and spots are labelled — positions in plain words — cautions on the setup") {
        auto part = at_steps({"prone-y-t-w:8"}, 10 + 20 + 24 + 1); // the second part
        CHECK(contains(runner::screen_lines(part.input, {80, 24}, render::Style{false}), "Prone Y-T-W — T"));
        auto setup = at_steps({"foam-roller-upper-back:1m"}, 12);
        const auto lines = runner::screen_lines(setup.input, {80, 24}, render::Style{false});
        CHECK(contains(lines, "Get into position: lie on your back"));
        CHECK(contains(lines, "⚠ "));
        CHECK(contains(lines, "n/Enter start"));
    }

    TEST_CASE("nothing is cut mid-word without an ellipsis — what does not fit is counted") {
        auto at = at_routine("quick-relief", 190);
        const auto lines = runner::screen_lines(at.input, {40, 14}, render::Style{false});
        CHECK(contains(lines, "more step"));
    }

    TEST_CASE("the end screen tells the truth") {
        runner::Summary all_skipped{runner::Outcome::completed, 60, 540, 0, 6, 6};
        CHECK(runner::summary_lines(all_skipped, "Quick Relief").front() == "All steps skipped: Quick Relief");
        runner::Summary some{runner::Outcome::completed, 400, 540, 4, 2, 6};
        CHECK(runner::summary_lines(some, "Quick Relief").front() == "Finished, 2 of 6 steps skipped: Quick Relief");
        runner::Summary all{runner::Outcome::completed, 540, 540, 6, 0, 6};
        CHECK(runner::summary_lines(all, "Quick Relief").front() == "Routine complete: Quick Relief");
        runner::ScreenInput input;
        input.finished = true;
        input.summary = &all;
        input.routine_name = "Quick Relief";
        CHECK(contains(runner::screen_lines(input, {80, 24}, render::Style{false}), "Press any key to leave"));
    }

    TEST_CASE("big digits and bars") {
        const auto lines = runner::big_clock(75, 5);
        REQUIRE(lines.size() == 5);
        CHECK(lines[0] == std::string("  █ ") + " " + "  " + " " + "  █ " + " " + "████" + " ");
        CHECK(lines[1] == std::string(" ██ ") + " " + "▪ " + " " + " ██ " + " " + "█   " + " ");
        CHECK(runner::bar(0.5, 10) == "█████░░░░░");
        CHECK(runner::bar(0.0, 4) == "░░░░");
        CHECK(runner::bar(2.0, 4) == "████");
    }
}
