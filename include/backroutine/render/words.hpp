#pragma once
#include <backroutine/model/timeline.hpp>

#include <optional>
#include <string>

namespace br::render {

/// Every way a segment is put into words, in one place: `plan`, the live
/// screen, `run --plain` and the voice all read these, so a change of
/// wording is made here once. Names and cues come from the catalog and are
/// sanitised here.
struct SegmentWords {
    std::string title;                 // what it asks, short: "Cat-Cow — 10 reps", "Rest"
    std::string detail;                // `plan`'s WHAT column: the title and, for work, the cue in brackets
    std::string heading;               // the screen's heading: "Thread the Needle — left side · set 1 of 2"
    std::string action;                // the screen's what-to-do word: "Hold", "Get into position"
    std::string next;                  // announcing it as what comes next: "Next: rest 30s"
    std::string line;                  // one line of `run --plain`, without the time stamp
    std::optional<std::string> spoken; // what the voice says when it starts; none for `done`
};

/// The words for one segment.
SegmentWords words_for(const model::Segment& segment);

/// What to do right now on the screen: the action ("Rep 3 of 10 · hold 2s
/// each" for reps at `rep`) joined with the current `cue` unless the cue
/// already says it.
std::string doing_now(const model::Segment& segment, int rep, const std::string& cue);

} // namespace br::render
