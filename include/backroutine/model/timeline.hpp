#pragma once
#include <backroutine/model/dose.hpp>
#include <backroutine/model/exercise.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace br::model {

/// What a stretch of the timeline asks of the user.
/// `switch_sides` also changes direction (then it carries the new `direction`);
/// `transition` moves the roller to the next position or the ball to a new spot.
enum class SegmentKind { lead_in, setup, hold, reps, timed, switch_sides, rest, transition, done };
std::string_view name_of(SegmentKind kind);
/// True for the kinds where the exercise itself is done: hold, reps, timed.
bool is_work(SegmentKind kind);
/// True for the kinds the screen counts down to their end: lead-in, setup,
/// hold, timed work and rest.
bool counts_down(SegmentKind kind);
/// True for the kinds that only get the person ready (n and Enter end them).
bool gets_ready(SegmentKind kind);

/// Which side a segment works; `none` for exercises done on both at once.
enum class Side { none, left, right };
std::string_view name_of(Side side);

/// The opposite side (none stays none).
Side other(Side side);

/// `text` with `{side}` and `{other}` (or `{Side}`, `{Other}`) read for the
/// working side: "left" and "right". A side names the working limb. Where
/// no side applies (Side::none) the text reads for the left side, and with
/// `mark_first` ends with " (then the other side)".
std::string for_side(std::string_view text, Side side, bool mark_first = false);

/// Steps read for `side`; with Side::none (sheets, `show`) for the left side,
/// the first step that names a side ending with " (then the other side)".
std::vector<std::string> steps_for_side(const std::vector<std::string>& steps, Side side);

/// True when `text` holds a `{side}` or `{other}` placeholder.
bool names_a_side(std::string_view text);

/// One phase of a rep: its movement or its hold, with the cue shown during it.
struct RepPhase {
    std::string name; // "move", "hold", "return", or the exercise's own names
    int millis = 0;   // the hold phase lasts exactly rep_hold; the others share the tempo
    std::string cue;  // empty when the cues alternate rep by rep instead
    friend bool operator==(const RepPhase&, const RepPhase&) = default;
};

/// One contiguous stretch of time in a routine; times are whole seconds.
struct Segment {
    SegmentKind kind = SegmentKind::lead_in;
    int start = 0;
    int duration = 0;
    int step = -1;        // index into Timeline::steps; -1 for lead-in and done
    std::string exercise; // id
    std::string name;     // display name
    Side side = Side::none;
    std::string direction;         // for work done one way then the other: "forward", "backward"
    int set = 0;                   // 1-based; 0 when the step has no sets
    int sets = 0;                  // how many sets the step has
    std::string cue;               // what to do now, e.g. "Position 2 of 3: middle" or "Switch to the right side"
    std::string position_label;    // work: "Position 2 of 3: middle" when the dose has several positions
    std::string part;              // work: the part of the body of this pass, when the dose names parts
    std::string spot_label;        // work: "Spot 1 of 3" when the dose has several spots
    int reps = 0;                  // reps segments: how many
    int rep_seconds = 0;           // reps segments: seconds per rep (tempo + rep hold)
    int rep_hold = 0;              // reps segments: hold inside each rep
    std::vector<std::string> cues; // reps segments: cues alternating rep by rep (when not one per phase)
    std::vector<RepPhase> phases;  // reps segments: one rep, phase by phase, adding up to rep_seconds
    bool alternate = false;        // reps segments: left and right alternate rep by rep, left first; reps per side
    [[nodiscard]] int end() const { return start + duration; }
    /// Position, part and spot together: "Position 2 of 3: middle", "T", "Spot 2 of 2".
    [[nodiscard]] std::string label() const;
};

/// One exercise of the routine with the dose it is done at, and what the
/// sheet, the screen and the voice show of it (so none of them looks the
/// exercise up in the catalog again).
struct TimelineStep {
    std::string exercise;
    std::string name;
    Dose dose; // resolved: ranges already picked
    int seconds = 0;
    int start = 0;
    std::string note;                      // the routine step's note, if any
    std::vector<std::string> instructions; // the exercise's numbered steps
    std::vector<std::string> cautions;
    std::vector<Equipment> equipment;
    Position position = Position::standing; // the body position it is done in
    std::shared_ptr<const Figure> figure;   // how the exercise is drawn, if it is (the catalog's)
};

/// A routine expanded into contiguous segments that end at `total`.
struct Timeline {
    std::string id;
    std::string name;
    std::string description;
    std::string frequency;
    int total = 0;
    std::vector<TimelineStep> steps;
    std::vector<Segment> segments;
    std::vector<std::string> left_out; // exercises dropped (e.g. by --acute), by name
    std::vector<std::string> sources;  // the articles, by name: the routine's, then its exercises'

    /// The step a segment belongs to; the first step for the lead-in and
    /// `done`; null when the timeline has no steps.
    [[nodiscard]] const TimelineStep* step_of(const Segment& segment) const;
};

} // namespace br::model
