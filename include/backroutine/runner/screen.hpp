#pragma once
#include <backroutine/render/figure.hpp>
#include <backroutine/render/style.hpp>
#include <backroutine/runner/session.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace br::runner {

/// Terminal size in cells.
struct Size {
    int columns = 80;
    int rows = 24;
};

/// Where the exercise's figure goes: beside the countdown, in cells from the
/// top left (0-based); zero columns when the terminal has no room for one.
/// In a tall window a figure taller than it is wide may go on down beside
/// the instructions, to `most_rows`; they are then wrapped short of the box.
struct FigureBox {
    int column = 0;
    int row = 0;
    int columns = 0;
    int rows = 0;
    int most_rows = 0;
};

/// What the screen shows besides the session's view.
struct ScreenInput {
    const View* view = nullptr;
    std::string routine_name;
    std::vector<std::string> instructions; // steps of the current (or, during setup, coming) exercise; `{side}` allowed
    std::vector<std::string> cautions;     // the exercise's cautions, shown during the setup
    std::string status;                    // one-line notice, e.g. "voice unavailable"
    render::BrailleFigure figure;          // drawn in the figure box (at most its size), if any
    bool emphasis = false; // bold, inverse and dim may be used (a live terminal; colour only with Style::color)
    bool finished = false;
    const Summary* summary = nullptr; // shown when finished
};

/// The lines of one frame: a pure function of its input and the size; no
/// line is wider than the terminal and there are at most `rows` lines.
/// The phase (setup, work, rest, switch, the last 3 s, paused) shows in the
/// heading's banner and the digits' look, with colour or, without it, by
/// bold, underline, inverse and dim.
std::vector<std::string> screen_lines(const ScreenInput& input, Size size, const render::Style& style);

/// What to write to a terminal showing `shown` (the lines of the last
/// frame; empty: unknown) to make it show `lines`: rows that did not change
/// are left alone, a changed row is rewritten from its first changed column
/// (a moving figure's cells only, not the countdown beside it), from the
/// row's start when colours are open at that column.
std::string repaint(const std::vector<std::string>& shown, const std::vector<std::string>& lines);

/// The figure's place on a screen of `size` (see FigureBox).
FigureBox figure_box(Size size);

/// How many rows the big countdown takes at `size`: 10, 5, 3, or 0 (one plain line).
int big_rows(Size size);

/// `text` (digits, `:`, `/`, and the letters of PAUSED and DONE) in block
/// letters `height` rows high: 3 (small glyphs), 5, or a multiple of 5 (scaled up).
std::vector<std::string> big_text(std::string_view text, int height);

/// Big digits for the countdown, `rows` (3, 5, 10...) lines high.
std::vector<std::string> big_clock(int seconds, int rows);

/// A progress bar `width` cells wide.
std::string bar(double fraction, int width);

/// The summary left on screen after the run, truthful about what was done:
/// "Routine complete", "All steps skipped", "Finished, 2 of 6 steps skipped", "Stopped early".
std::vector<std::string> summary_lines(const Summary& summary, const std::string& routine_name);

/// The keys that act now, as the key bar shows them.
std::string keys_text(const View& view, int width);

} // namespace br::runner
