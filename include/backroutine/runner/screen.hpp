#pragma once
#include <backroutine/render/style.hpp>
#include <backroutine/runner/session.hpp>

#include <string>
#include <vector>

namespace br::runner {

/// Terminal size in cells.
struct Size {
    int columns = 80;
    int rows = 24;
};

/// What the screen shows besides the session's view.
struct ScreenInput {
    const View* view = nullptr;
    std::string routine_name;
    std::vector<std::string> instructions; // steps of the current (or, during setup, coming) exercise
    std::string status;                    // one-line notice, e.g. "voice unavailable"
    bool finished = false;
    const Summary* summary = nullptr; // shown when finished
};

/// The lines of one frame: a pure function of its input and the size; no
/// line is wider than the terminal and there are at most `rows` lines.
std::vector<std::string> screen_lines(const ScreenInput& input, Size size, const render::Style& style);

/// Big digits for the countdown, `rows` (3 or 5) lines high.
std::vector<std::string> big_clock(int seconds, int rows);

/// A progress bar `width` cells wide.
std::string bar(double fraction, int width);

/// The summary left on screen after the run.
std::vector<std::string> summary_lines(const Summary& summary, const std::string& routine_name);

} // namespace br::runner
