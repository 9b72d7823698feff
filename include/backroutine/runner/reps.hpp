#pragma once
#include <backroutine/model/timeline.hpp>
#include <backroutine/runner/clock.hpp>

#include <cstddef>

namespace br::runner {

/// Where a moment falls inside a reps segment: which rep, which phase.
struct RepMoment {
    int index = 0;                        // 0-based rep across the whole segment
    int rep = 1;                          // 1-based, counted per side when the reps alternate
    model::Side side = model::Side::none; // the side of this rep when they alternate
    std::size_t phase = 0;                // index into Segment::phases
    Time phase_start{0};                  // from the start of the segment
    Time phase_end{0};
};

/// The length of one rep of `segment` at `speed`.
Time rep_length(const model::Segment& segment, double speed);

/// The moment `into` after the start of a reps segment with `reps` reps (per
/// side when they alternate) at `speed`; the phases follow Segment::phases.
RepMoment rep_moment(const model::Segment& segment, int reps, Time into, double speed);

/// Seconds of real time scaled by `speed`, in microseconds.
Time scaled_millis(long long millis, double speed);

} // namespace br::runner
