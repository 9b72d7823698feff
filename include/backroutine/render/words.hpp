#pragma once
#include <backroutine/model/settings.hpp>
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

/// The words for one segment; `step` (the step it belongs to) lets the
/// voice name the body position at setup ("Thread the Needle. On all fours.").
SegmentWords words_for(const model::Segment& segment, const model::TimelineStep* step = nullptr);

/// A rep phase as it begins: which rep (per side when alternating), which phase, which side.
struct RepAt {
    int rep = 1;
    std::size_t phase = 0;
    model::Side side = model::Side::none;
};

/// What the voice says as a rep phase begins: its cue (where the exercise
/// has cues; naming the side when the reps alternate), or the count ("3",
/// then "Hold" and what follows a hold), or nothing (`off`).
std::optional<std::string> spoken_rep(const model::Segment& segment, const RepAt& at, model::VoiceReps mode);

/// What to do right now on the screen: the action ("Rep 3 of 10 · hold 2s
/// each" for reps at `rep`) joined with the current `cue` unless the cue
/// already says it.
std::string doing_now(const model::Segment& segment, int rep, const std::string& cue);

} // namespace br::render
