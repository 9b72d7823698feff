#pragma once
#include <backroutine/model/routine.hpp>
#include <backroutine/model/timeline.hpp>

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace br::render {

/// One numbered step of a sheet.
struct SheetStep {
    std::string name;
    std::string dose;                      // plain words: "10 reps", "30 s each side", "3 × 12 reps"
    std::vector<std::string> instructions; // the exercise's steps
    std::string note;
    std::vector<std::string> cautions;
    std::shared_ptr<const model::Figure> figure;
};

/// Paper the HTML sheet is laid out for.
enum class Paper { a4, letter };

/// Letter in the locales that use it (the US, Canada, Mexico, the
/// Philippines and a few more), A4 everywhere else; `locale` is the value
/// of LC_PAPER, LC_ALL or LANG.
Paper paper_for_locale(std::string_view locale);

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
    std::vector<std::string> sources;  // the articles it comes from, by name
    bool week = false;                 // add a tracking grid shaped by the frequency
    Paper paper = Paper::a4;
};

/// The days of a week grid, Monday first.
inline constexpr std::array<const char*, 7> k_week_days{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

/// How the week grid is shaped by a routine's frequency: a column per
/// session ("3x per week"), tallies per day for breaks ("every 45 minutes",
/// "several times a day"), or a column per day.
struct WeekShape {
    std::vector<std::string> columns;
    bool tallies = false;
};
WeekShape week_shape(std::string_view frequency);

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
