#include "figure_internal.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace br::model {
namespace {

// Body proportions in centimetre-like units.
constexpr double k_spine_segment = 17; // three segments, pelvis to neck
constexpr double k_neck = 9;
constexpr double k_shoulder_drop = 5;
constexpr double k_shoulder_half = 17;
constexpr double k_upper_arm = 29;
constexpr double k_forearm = 25;
constexpr double k_hand = 8;
constexpr double k_hip_half = 9;
constexpr double k_thigh = 43;
constexpr double k_shank = 42;
constexpr double k_foot = 14;
constexpr double k_nose = 4;

struct Mat3 {
    std::array<double, 9> m{1, 0, 0, 0, 1, 0, 0, 0, 1};
    Mat3 operator*(const Mat3& o) const {
        Mat3 r;
        for (int i = 0; i < 3; ++i) {
            for (int j = 0; j < 3; ++j) {
                double s = 0;
                for (int k = 0; k < 3; ++k) {
                    s += m[static_cast<std::size_t>(i * 3 + k)] * o.m[static_cast<std::size_t>(k * 3 + j)];
                }
                r.m[static_cast<std::size_t>(i * 3 + j)] = s;
            }
        }
        return r;
    }
    Vec3 operator*(const Vec3& v) const {
        return {m[0] * v.x + m[1] * v.y + m[2] * v.z, m[3] * v.x + m[4] * v.y + m[5] * v.z,
                m[6] * v.x + m[7] * v.y + m[8] * v.z};
    }
};

double rad(double degrees) {
    return degrees * std::numbers::pi / 180.0;
}

// Rotations by `deg` about the x, y and z axes (counter-clockwise seen from the axis' tip).
Mat3 rot_x(double deg) {
    const double c = std::cos(rad(deg)), s = std::sin(rad(deg));
    return {{1, 0, 0, 0, c, -s, 0, s, c}};
}
Mat3 rot_y(double deg) {
    const double c = std::cos(rad(deg)), s = std::sin(rad(deg));
    return {{c, 0, s, 0, 1, 0, -s, 0, c}};
}
Mat3 rot_z(double deg) {
    const double c = std::cos(rad(deg)), s = std::sin(rad(deg));
    return {{c, -s, 0, s, c, 0, 0, 0, 1}};
}

Vec3 add(Vec3 a, Vec3 b) {
    return {a.x + b.x, a.y + b.y, a.z + b.z};
}

Joint side_joint(Joint left, int side) {
    return side > 0 ? left : static_cast<Joint>(static_cast<int>(left) + k_side_offset);
}
std::size_t side_point(BodyPoint left, int side) {
    return static_cast<std::size_t>(side > 0 ? static_cast<int>(left) : static_cast<int>(left) + 8);
}

void place_limbs(const Pose& pose, const Mat3& root, const Mat3& chest, Skeleton& s, int side) {
    auto angle = [&](Joint left) { return pose[side_joint(left, side)]; };
    const auto sd = static_cast<double>(side);
    auto& at = s.at;
    const Mat3 girdle = rot_y(sd * angle(Joint::left_protract)) * rot_x(-sd * angle(Joint::left_shrug));
    const Vec3 shoulder = add(at[3], chest * (girdle * Vec3{0, -k_shoulder_drop, k_shoulder_half * sd}));
    const Mat3 arm = chest * rot_z(angle(Joint::left_shoulder)) * rot_x(-sd * angle(Joint::left_shoulder_out)) *
                     rot_y(-sd * angle(Joint::left_shoulder_turn));
    const Mat3 forearm = arm * rot_z(angle(Joint::left_elbow));
    const Mat3 hand = forearm * rot_z(angle(Joint::left_hand));
    at[side_point(BodyPoint::left_shoulder, side)] = shoulder;
    const Vec3 elbow = add(shoulder, arm * Vec3{0, -k_upper_arm, 0});
    at[side_point(BodyPoint::left_elbow, side)] = elbow;
    const Vec3 wrist = add(elbow, forearm * Vec3{0, -k_forearm, 0});
    at[side_point(BodyPoint::left_wrist, side)] = wrist;
    at[side_point(BodyPoint::left_hand, side)] = add(wrist, hand * Vec3{0, -k_hand, 0});

    const Vec3 hip = root * Vec3{0, 0, k_hip_half * sd};
    const Mat3 thigh = root * rot_z(angle(Joint::left_hip)) * rot_x(-sd * angle(Joint::left_hip_out));
    const Mat3 shank = thigh * rot_z(-angle(Joint::left_knee));
    const Mat3 foot = shank * rot_z(-angle(Joint::left_foot));
    at[side_point(BodyPoint::left_hip, side)] = hip;
    const Vec3 knee = add(hip, thigh * Vec3{0, -k_thigh, 0});
    at[side_point(BodyPoint::left_knee, side)] = knee;
    const Vec3 ankle = add(knee, shank * Vec3{0, -k_shank, 0});
    at[side_point(BodyPoint::left_ankle, side)] = ankle;
    at[side_point(BodyPoint::left_toe, side)] = add(ankle, foot * Vec3{k_foot, 0, 0});
}

} // namespace

Skeleton forward_kinematics(const Pose& pose) {
    Skeleton s;
    const Mat3 root = rot_y(pose[Joint::turn]) * rot_z(-pose[Joint::lean]) * rot_y(pose[Joint::roll]);
    // The spine bends evenly over its three joints, so a rounded or arched back reads as a curve.
    const Mat3 bend =
        rot_y(-pose[Joint::twist] / 3) * rot_z(-pose[Joint::spine] / 3) * rot_x(pose[Joint::spine_bend] / 3);
    Mat3 chest = root;
    for (std::size_t i = 1; i <= 3; ++i) {
        chest = chest * bend;
        s.at[i] = add(s.at[i - 1], chest * Vec3{0, k_spine_segment, 0});
    }
    const Mat3 head =
        chest * rot_y(-pose[Joint::head_turn]) * rot_z(-pose[Joint::head]) * rot_x(pose[Joint::head_tilt]);
    s.at[4] = add(s.at[3], head * Vec3{0, k_neck + k_head_radius, 0});
    s.at[5] = add(s.at[4], head * Vec3{k_head_radius + k_nose, 0, 0});
    place_limbs(pose, root, chest, s, 1);
    place_limbs(pose, root, chest, s, -1);
    return s;
}

const std::vector<Bone>& bones() {
    using P = BodyPoint;
    static const std::vector<Bone> list = [] {
        std::vector<Bone> out = {{P::pelvis, P::spine1, k_spine_segment},    {P::spine1, P::spine2, k_spine_segment},
                                 {P::spine2, P::neck, k_spine_segment},      {P::neck, P::head, k_neck + k_head_radius},
                                 {P::head, P::nose, k_head_radius + k_nose}, {P::pelvis, P::left_hip, k_hip_half},
                                 {P::pelvis, P::right_hip, k_hip_half}};
        const double shoulder = std::hypot(k_shoulder_drop, k_shoulder_half);
        for (int side : {1, -1}) {
            auto p = [side](P left) { return static_cast<P>(side_point(left, side)); };
            out.push_back({P::neck, p(P::left_shoulder), shoulder});
            out.push_back({p(P::left_shoulder), p(P::left_elbow), k_upper_arm});
            out.push_back({p(P::left_elbow), p(P::left_wrist), k_forearm});
            out.push_back({p(P::left_wrist), p(P::left_hand), k_hand});
            out.push_back({p(P::left_hip), p(P::left_knee), k_thigh});
            out.push_back({p(P::left_knee), p(P::left_ankle), k_shank});
            out.push_back({p(P::left_ankle), p(P::left_toe), k_foot});
        }
        return out;
    }();
    return list;
}

Vec2 project(View view, const Vec3& p) {
    switch (view) {
    case View::side:
        return {p.x, p.y};
    case View::front:
        return {p.z, p.y};
    case View::back:
        return {-p.z, p.y};
    case View::top:
        return {p.x, -p.z};
    }
    return {p.x, p.y};
}

double depth(View view, const Vec3& p) {
    switch (view) {
    case View::side:
        return p.z;
    case View::front:
        return p.x;
    case View::back:
        return -p.x;
    case View::top:
        return p.y;
    }
    return p.z;
}

Box bounds(const Drawing& drawing) {
    Box box{1e9, 1e9, -1e9, -1e9};
    auto grow = [&box](Vec2 p, double r) {
        box.x0 = std::min(box.x0, p.x - r);
        box.y0 = std::min(box.y0, p.y - r);
        box.x1 = std::max(box.x1, p.x + r);
        box.y1 = std::max(box.y1, p.y + r);
    };
    for (const auto& s : drawing.strokes) {
        grow(s.a, 0);
        grow(s.b, 0);
    }
    for (const auto& r : drawing.rings) {
        grow(r.c, r.r);
    }
    return box;
}

Box bounds(const Figure& figure, bool both_sides) {
    Box box{1e9, 1e9, -1e9, -1e9};
    for (const auto& key : figure.keyframes) {
        for (bool mirrored : {false, true}) {
            if (mirrored && !both_sides) {
                continue;
            }
            const Box b = bounds(draw(figure, key.pose, mirrored));
            box = {std::min(box.x0, b.x0), std::min(box.y0, b.y0), std::max(box.x1, b.x1), std::max(box.y1, b.y1)};
        }
    }
    if (figure.keyframes.empty()) {
        box = bounds(draw(figure, Pose{}, false));
    }
    return box;
}

} // namespace br::model
