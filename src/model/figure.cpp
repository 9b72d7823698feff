#include <backroutine/model/figure.hpp>

#include <algorithm>

namespace br::model {
namespace {

// Limits a body can reach (with some room), in degrees: the trunk and head,
// then one limb's joints, which both sides share.
constexpr std::array<JointInfo, 9> k_trunk = {{
    {"lean", -180, 180, false},
    {"roll", -180, 180, false},
    {"turn", -180, 180, false},
    {"spine", -60, 90, false},
    {"spine_bend", -60, 60, false},
    {"twist", -90, 90, false},
    {"head", -70, 80, false},
    {"head_tilt", -60, 60, false},
    {"head_turn", -90, 90, false},
}};
constexpr std::array<JointInfo, 11> k_limb = {{
    {"shrug", -20, 40, true},
    {"protract", -40, 40, true},
    {"shoulder", -80, 200, true},
    {"shoulder_out", -100, 190, true},
    {"shoulder_turn", -100, 100, true},
    {"elbow", 0, 160, true},
    {"hand", -90, 100, true},
    {"hip", -45, 170, true},
    {"hip_out", -30, 90, true},
    {"knee", 0, 165, true},
    {"foot", -40, 100, true},
}};
static_assert(k_trunk.size() + 2 * k_limb.size() == k_joint_count);
static_assert(k_trunk.size() == static_cast<std::size_t>(Joint::left_shrug));

// Every joint in the order of Joint: the trunk, the left limbs, the right.
constexpr std::array<JointInfo, k_joint_count> k_joints = [] {
    std::array<JointInfo, k_joint_count> all{};
    std::size_t at = 0;
    for (const auto& joint : k_trunk) {
        all.at(at++) = joint;
    }
    for (int side = 0; side < 2; ++side) {
        for (const auto& joint : k_limb) {
            all.at(at++) = joint;
        }
    }
    return all;
}();

} // namespace

std::string_view name_of(View view) {
    constexpr std::array<std::string_view, 4> names = {"side", "front", "back", "top"};
    return names.at(static_cast<std::size_t>(view));
}

std::string_view name_of(PropKind kind) {
    constexpr std::array<std::string_view, 8> names = {"mat",         "chair", "wall", "doorway",
                                                       "foam-roller", "ball",  "band", "pillow"};
    return names.at(static_cast<std::size_t>(kind));
}

std::string_view name_of(Anchor anchor) {
    constexpr std::array<std::string_view, 13> names = {"pelvis", "lower_back", "upper_back",     "neck",   "head",
                                                        "hands",  "near_hand",  "far_hand",       "elbows", "knees",
                                                        "feet",   "mid_back",   "shoulder_blades"};
    return names.at(static_cast<std::size_t>(anchor));
}

const JointInfo& info(Joint joint) {
    return k_joints.at(static_cast<std::size_t>(joint));
}

std::vector<std::pair<std::string, double>> pose_entries(const Pose& pose) {
    std::vector<std::pair<std::string, double>> out;
    for (int i = 0; i < k_side_offset + static_cast<int>(Joint::left_shrug); ++i) {
        const auto joint = static_cast<Joint>(i);
        const std::string name(info(joint).name);
        if (!info(joint).paired) {
            if (pose[joint] != 0) {
                out.emplace_back(name, pose[joint]);
            }
            continue;
        }
        const double left = pose[joint];
        const double right = pose[static_cast<Joint>(i + k_side_offset)];
        if (left == right && left != 0) {
            out.emplace_back(name, left);
        } else if (left != right) {
            if (left != 0) {
                out.emplace_back("near_" + name, left);
            }
            if (right != 0) {
                out.emplace_back("far_" + name, right);
            }
        }
    }
    return out;
}

Pose interpolate(const Pose& a, const Pose& b, double t) {
    Pose out;
    for (std::size_t i = 0; i < out.angle.size(); ++i) {
        out.angle[i] = a.angle[i] + (b.angle[i] - a.angle[i]) * t;
    }
    out.rests_on = b.rests_on ? b.rests_on : a.rests_on;
    return out;
}

const Pose* Figure::find(std::string_view name) const {
    auto it = std::find_if(keyframes.begin(), keyframes.end(), [&](const Keyframe& k) { return k.name == name; });
    return it == keyframes.end() ? nullptr : &it->pose;
}

const Pose& Figure::pose(std::string_view name) const {
    static const Pose k_standing{};
    for (std::string_view candidate :
         {name, std::string_view("end"), std::string_view("hold"), std::string_view("start")}) {
        if (const Pose* found = find(candidate)) {
            return *found;
        }
        if (name == "start") {
            break; // a start stands in for the others, not the other way round
        }
    }
    return keyframes.empty() ? k_standing : keyframes.front().pose;
}

std::vector<std::string> required_keyframes(const Dose& dose) {
    std::vector<std::string> names;
    if (dose.reps) {
        names = {"start", "end"};
        if (!dose.parts.empty() || !dose.position_names.empty()) {
            names.pop_back(); // each part or position is the end of its reps
        }
    } else if (dose.hold) {
        names = {"hold"};
    } else if (dose.duration) {
        names = {"start"};
    }
    names.insert(names.end(), dose.parts.begin(), dose.parts.end());
    names.insert(names.end(), dose.position_names.begin(), dose.position_names.end());
    return names;
}

} // namespace br::model
