#pragma once
#include <backroutine/model/dose.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace br::model {

/// Where the figure is seen from. `top` looks down on a figure lying on the floor.
enum class View { side, front, back, top };
std::string_view name_of(View view);

/// Equipment drawn with a figure; placed against the body point it touches.
enum class PropKind { mat, chair, wall, doorway, foam_roller, ball, band, pillow };
std::string_view name_of(PropKind kind);

/// Every joint angle a pose sets, in degrees. Paired joints come left then
/// right; the left limbs are the near ones in a side view.
enum class Joint {
    lean,
    roll,
    turn, // the whole body: tip forward, roll about its length, turn about the vertical
    spine,
    spine_bend,
    twist, // round forward (+) / arch (-), bend to the left, turn the chest to the left
    head,
    head_tilt,
    head_turn, // nod forward, ear to the left shoulder, look to the left
    left_shrug,
    left_protract, // shoulder girdle: up toward the ear, forward round the ribs (back is negative)
    left_shoulder,
    left_shoulder_out,
    left_shoulder_turn,
    left_elbow,
    left_hand,
    left_hip,
    left_hip_out,
    left_knee,
    left_foot,
    right_shrug,
    right_protract,
    right_shoulder,
    right_shoulder_out,
    right_shoulder_turn,
    right_elbow,
    right_hand,
    right_hip,
    right_hip_out,
    right_knee,
    right_foot,
};
inline constexpr int k_joint_count = static_cast<int>(Joint::right_foot) + 1;
/// How far a right joint is from its left one.
inline constexpr int k_side_offset = static_cast<int>(Joint::right_shrug) - static_cast<int>(Joint::left_shrug);

/// A joint's catalog spelling and the angles it may take.
struct JointInfo {
    std::string_view name; // "shoulder" for both left_shoulder and right_shoulder
    double min = 0;
    double max = 0;
    bool paired = false;
};
const JointInfo& info(Joint joint);

/// A named point of the body a prop can rest against (`mid_back` is halfway
/// between the lower and the upper back, `shoulder_blades` halfway between
/// the upper back and the neck).
enum class Anchor {
    pelvis,
    lower_back,
    upper_back,
    neck,
    head,
    hands,
    near_hand,
    far_hand,
    elbows,
    knees,
    feet,
    mid_back,
    shoulder_blades
};
std::string_view name_of(Anchor anchor);

/// Joint angles in degrees; zero everywhere is standing upright, arms down.
struct Pose {
    std::array<double, k_joint_count> angle{};
    /// Where a prop that bears weight (foam roller, ball, pillow) is under the
    /// body in this pose, when not where the figure's props say: the roller
    /// moved up the back from one position to the next.
    std::optional<Anchor> rests_on;
    [[nodiscard]] double operator[](Joint joint) const { return angle[static_cast<std::size_t>(joint)]; }
    double& operator[](Joint joint) { return angle[static_cast<std::size_t>(joint)]; }
    friend bool operator==(const Pose&, const Pose&) = default;
};

/// The angles of a pose that are not zero, as catalog keys: `shoulder` when
/// both sides agree, `near_shoulder` and `far_shoulder` when they differ.
std::vector<std::pair<std::string, double>> pose_entries(const Pose& pose);

/// The pose `t` of the way (0..1) from `a` to `b`, angle by angle; it rests
/// on `b`'s point, if `b` names one, all the way (a prop moves between poses,
/// not during them).
Pose interpolate(const Pose& a, const Pose& b, double t);

struct Prop {
    PropKind kind = PropKind::mat;
    std::optional<Anchor> at; // the body point it touches; each kind has a default
    friend bool operator==(const Prop&, const Prop&) = default;
};

struct Keyframe {
    std::string name; // start, end, hold, or a part or position name
    Pose pose;
    friend bool operator==(const Keyframe&, const Keyframe&) = default;
};

/// How an exercise is drawn: a view, its props and its named poses.
struct Figure {
    View view = View::side;
    std::vector<Prop> props;
    std::vector<Keyframe> keyframes;

    /// The pose named `name`, if the figure has it.
    [[nodiscard]] const Pose* find(std::string_view name) const;
    /// The pose named `name`, else a sensible stand-in (end → hold → start → first).
    [[nodiscard]] const Pose& pose(std::string_view name) const;
    friend bool operator==(const Figure&, const Figure&) = default;
};

/// The keyframe names a dose needs: start and end for reps (a part or named
/// position is the end of its own reps), hold for a hold, start for a
/// duration, and one per part and per named position.
std::vector<std::string> required_keyframes(const Dose& dose);

} // namespace br::model
