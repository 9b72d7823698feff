#include "figure_internal.hpp"

#include <algorithm>
#include <cmath>

namespace br::model {
namespace {

using P = BodyPoint;

Vec2 pt(const Drawing& d, P p) {
    return d.points[static_cast<std::size_t>(p)];
}

// Lowers the skeleton until it touches the floor or a prop that bears weight; returns the gap left (0).
double ground(const Figure& figure, Skeleton& s, std::optional<Anchor> rests_on) {
    double lowest = 1e9;
    for (std::size_t i = 0; i < s.at.size(); ++i) {
        const double r = i == static_cast<std::size_t>(P::head) ? k_head_radius : 0.0;
        if (i != static_cast<std::size_t>(P::nose)) {
            lowest = std::min(lowest, s.at[i].y - r);
        }
    }
    double shift = -lowest;
    for (const auto& prop : figure.props) {
        if (const double top = support_height(prop.kind); top > 0) {
            shift = std::max(shift, top - anchor_point(s, anchor_of(prop, rests_on)).y);
        }
    }
    for (auto& p : s.at) {
        p.y += shift;
    }
    double gap = lowest + shift;
    for (const auto& prop : figure.props) {
        if (const double top = support_height(prop.kind); top > 0) {
            gap = std::min(gap, anchor_point(s, anchor_of(prop, rests_on)).y - top);
        }
    }
    return gap;
}

// Left arm, left leg, right arm, right leg: near or far from the viewer.
std::array<Ink, 4> limb_inks(View view, const Skeleton& s) {
    const double middle = (depth(view, s[P::pelvis]) + depth(view, s[P::neck])) / 2;
    auto ink = [&](std::initializer_list<P> points) {
        double sum = 0;
        for (P p : points) {
            sum += depth(view, s[p]);
        }
        return sum / static_cast<double>(points.size()) < middle - 4 ? Ink::far : Ink::near;
    };
    return {ink({P::left_shoulder, P::left_elbow, P::left_wrist}), ink({P::left_hip, P::left_knee, P::left_ankle}),
            ink({P::right_shoulder, P::right_elbow, P::right_wrist}),
            ink({P::right_hip, P::right_knee, P::right_ankle})};
}

void draw_body(View view, const Skeleton& s, Drawing& d) {
    auto line = [&d](P a, P b, Ink ink) { d.strokes.push_back({pt(d, a), pt(d, b), ink}); };
    const auto inks = limb_inks(view, s);
    for (int side = 0; side < 2; ++side) {
        auto p = [side](P left) { return static_cast<P>(static_cast<int>(left) + side * 8); };
        const Ink arm = inks.at(static_cast<std::size_t>(side * 2));
        const Ink leg = inks.at(static_cast<std::size_t>(side * 2 + 1));
        line(P::neck, p(P::left_shoulder), arm);
        line(p(P::left_shoulder), p(P::left_elbow), arm);
        line(p(P::left_elbow), p(P::left_wrist), arm);
        line(p(P::left_wrist), p(P::left_hand), arm);
        line(P::pelvis, p(P::left_hip), leg);
        line(p(P::left_hip), p(P::left_knee), leg);
        line(p(P::left_knee), p(P::left_ankle), leg);
        line(p(P::left_ankle), p(P::left_toe), leg);
    }
    line(P::pelvis, P::spine1, Ink::near);
    line(P::spine1, P::spine2, Ink::near);
    line(P::spine2, P::neck, Ink::near);
    const Vec2 head = pt(d, P::head);
    auto toward = [&head](Vec2 to, double distance) {
        const double dx = to.x - head.x, dy = to.y - head.y;
        const double length = std::hypot(dx, dy);
        return length < 1e-9 ? head : Vec2{head.x + dx * distance / length, head.y + dy * distance / length};
    };
    d.strokes.push_back({pt(d, P::neck), toward(pt(d, P::neck), k_head_radius), Ink::near});
    // The nose shows which way the face points; seen face on it shrinks to nothing.
    const Vec2 nose = pt(d, P::nose);
    const bool shows = std::hypot(nose.x - head.x, nose.y - head.y) > k_head_radius + 1;
    d.strokes.push_back({shows ? toward(nose, k_head_radius) : head, shows ? nose : head, Ink::near});
    d.rings.push_back({head, k_head_radius, Ink::near});
}

void add_floor(const Figure& figure, Drawing& d) {
    if (figure.view == View::top) {
        d.strokes.push_back({{0, 0}, {0, 0}, Ink::floor});
        return;
    }
    const Box box = bounds(d);
    d.strokes.push_back({{box.x0 - 12, 0}, {box.x1 + 12, 0}, Ink::floor});
}

} // namespace

Drawing draw(const Figure& figure, const Pose& pose, bool mirrored) {
    Skeleton s = forward_kinematics(pose);
    Drawing d;
    d.lowest = ground(figure, s, pose.rests_on);
    for (std::size_t i = 0; i < s.at.size(); ++i) {
        d.points.at(i) = project(figure.view, s.at[i]);
    }
    draw_body(figure.view, s, d);
    draw_props(figure, s, pose.rests_on, d);
    add_floor(figure, d);
    if (mirrored) {
        auto flip = [](Vec2& v) { v.x = -v.x; };
        for (auto& stroke : d.strokes) {
            flip(stroke.a);
            flip(stroke.b);
        }
        for (auto& ring : d.rings) {
            flip(ring.c);
        }
        for (auto& p : d.points) {
            flip(p);
        }
    }
    return d;
}

} // namespace br::model
