#pragma once
#include <backroutine/model/figure.hpp>

#include <array>
#include <utility>
#include <vector>

namespace br::model {

struct Vec3 {
    double x = 0, y = 0, z = 0; // x forward, y up, z toward the figure's left (the viewer in a side view)
};
struct Vec2 {
    double x = 0, y = 0; // y up
};

/// The points forward kinematics places; paired points come left then right.
enum class BodyPoint {
    pelvis,
    spine1,
    spine2,
    neck,
    head,
    nose,
    left_shoulder,
    left_elbow,
    left_wrist,
    left_hand,
    left_hip,
    left_knee,
    left_ankle,
    left_toe,
    right_shoulder,
    right_elbow,
    right_wrist,
    right_hand,
    right_hip,
    right_knee,
    right_ankle,
    right_toe,
};
inline constexpr int k_body_points = static_cast<int>(BodyPoint::right_toe) + 1;
inline constexpr double k_head_radius = 10;

/// Every body point of a pose, pelvis at the origin, before grounding.
struct Skeleton {
    std::array<Vec3, k_body_points> at{};
    [[nodiscard]] const Vec3& operator[](BodyPoint p) const { return at[static_cast<std::size_t>(p)]; }
};

/// Places the skeleton's fixed-length bones by the pose's joint angles.
Skeleton forward_kinematics(const Pose& pose);

/// The bones as pairs of points, with the length each always has.
struct Bone {
    BodyPoint from;
    BodyPoint to;
    double length;
};
const std::vector<Bone>& bones();

/// What a stroke draws, so a renderer can shade it.
enum class Ink { near, far, prop, floor };
struct Stroke {
    Vec2 a, b;
    Ink ink = Ink::near;
};
struct Ring {
    Vec2 c;
    double r = 0;
    Ink ink = Ink::near;
};

/// A figure drawn in one pose: strokes and rings in body units (a standing
/// figure is about 170 high), floor at y = 0. Every pose of one figure gives
/// the same number of strokes in the same order, so they can be animated.
struct Drawing {
    std::vector<Stroke> strokes;
    std::vector<Ring> rings;
    std::array<Vec2, k_body_points> points{}; // the body points as drawn
    double lowest = 0; // gap between the body and what holds it up (floor or prop): 0 when it rests
};

/// The figure in `pose`, seen from its view, lowered onto the floor or its
/// props; `mirrored` draws the other side (a mirror image).
Drawing draw(const Figure& figure, const Pose& pose, bool mirrored = false);

struct Box {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    [[nodiscard]] double width() const { return x1 - x0; }
    [[nodiscard]] double height() const { return y1 - y0; }
};

/// The box holding every stroke and ring of `drawing`.
Box bounds(const Drawing& drawing);
/// The box holding every keyframe of the figure (both ways when `both_sides`).
Box bounds(const Figure& figure, bool both_sides);

} // namespace br::model
