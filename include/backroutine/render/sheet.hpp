#pragma once
#include <backroutine/model/routine.hpp>
#include <backroutine/model/timeline.hpp>

#include <string>
#include <vector>

namespace br::render {

/// One numbered step of a sheet.
struct SheetStep {
    std::string name;
    std::string dose;                      // plain words: "10 reps", "30 s each side", "3 × 12 reps"
    std::vector<std::string> instructions; // the exercise's steps
    std::string note;
};

/// Everything a printed routine sheet shows, taken from the timeline.
struct Sheet {
    std::string name;
    std::string description;
    std::string frequency;
    int minutes = 0;                    // estimated, from the timeline
    std::vector<std::string> equipment; // what the steps need
    std::vector<SheetStep> steps;
    std::string reminder; // stop if pain increases
    std::vector<std::string> seek_help;
    std::string emergency;             // call for help at once
    std::vector<std::string> left_out; // dropped for acute pain
    bool week = false;                 // add a Monday-to-Sunday tracking grid
};

/// Gathers a sheet from a routine's timeline (which carries each step's
/// instructions and equipment) and the catalog's safety notes.
Sheet make_sheet(const model::Timeline& timeline, const model::Safety& safety, bool week);

/// Plain text, at most 80 columns.
std::string sheet_text(const Sheet& sheet);

/// Markdown: a checklist of steps (and a table for the week).
std::string sheet_markdown(const Sheet& sheet);

/// One self-contained HTML page with print CSS for A4 and Letter.
std::string sheet_html(const Sheet& sheet);

} // namespace br::render
