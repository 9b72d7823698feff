#pragma once
#include <backroutine/model/figure.hpp>
#include <backroutine/model/timeline.hpp>

namespace br::render {

/// The pose a figure shows `seconds` into a segment: the start pose while
/// getting ready, resting or switching sides; the held pose in a hold; for
/// reps, out to the rep's end (its part or position) and back at the rep's
/// tempo, still while the rep holds; a free activity moves slowly between
/// start and end.
model::Pose pose_at(const model::Figure& figure, const model::Segment& segment, double seconds);

/// True when the segment works the right side, drawn as a mirror image.
bool mirrored(const model::Segment& segment);

/// The keyframe a reps or hold segment moves to: its part, its named
/// position, or `end` / `hold`.
std::string target_key(const model::Figure& figure, const model::Segment& segment);

} // namespace br::render
