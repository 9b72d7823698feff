#include "figure_internal.hpp"

#include <algorithm>

namespace br::model {
namespace {

using P = BodyPoint;

constexpr double k_roller_radius = 8;
constexpr double k_ball_radius = 3.5;
constexpr double k_pillow_height = 10;
constexpr double k_door_height = 205;
constexpr double k_wall_height = 200;

Vec3 mid(const Skeleton& s, P a, P b) {
    return {(s[a].x + s[b].x) / 2, (s[a].y + s[b].y) / 2, (s[a].z + s[b].z) / 2};
}

struct Pen {
    Drawing& d;
    void line(Vec2 a, Vec2 b) const { d.strokes.push_back({a, b, Ink::prop}); }
    void box(double x0, double y0, double x1, double y1) const {
        line({x0, y0}, {x1, y0});
        line({x1, y0}, {x1, y1});
        line({x1, y1}, {x0, y1});
        line({x0, y1}, {x0, y0});
    }
};

// +1 when the toes point right on the page, -1 when left.
double facing(const Figure& figure, const Skeleton& s) {
    const Vec2 toes = project(figure.view, mid(s, P::left_toe, P::right_toe));
    const Vec2 ankles = project(figure.view, mid(s, P::left_ankle, P::right_ankle));
    return toes.x < ankles.x - 1 ? -1.0 : 1.0;
}

// The horizontal extent of what lies low (on the floor), or of the whole body.
std::pair<double, double> low_extent(const Figure& figure, const Skeleton& s) {
    double x0 = 1e9, x1 = -1e9, all0 = 1e9, all1 = -1e9;
    for (const auto& p : s.at) {
        const Vec2 q = project(figure.view, p);
        all0 = std::min(all0, q.x);
        all1 = std::max(all1, q.x);
        if (p.y < 30) {
            x0 = std::min(x0, q.x);
            x1 = std::max(x1, q.x);
        }
    }
    return x0 > x1 ? std::pair{all0, all1} : std::pair{x0, x1};
}

void draw_chair(const Figure& figure, const Skeleton& s, Vec2 seat, const Pen& pen) {
    const double y = std::max(seat.y - 3, 20.0);
    if (figure.view != View::side) {
        pen.line({seat.x - 22, y}, {seat.x + 22, y});
        pen.line({seat.x - 22, 0}, {seat.x - 22, y + 45});
        pen.line({seat.x + 22, 0}, {seat.x + 22, y + 45});
        pen.line({seat.x - 22, y + 45}, {seat.x + 22, y + 45});
        return;
    }
    const double f = facing(figure, s);
    const double front = seat.x + 16 * f, back = seat.x - 20 * f;
    pen.line({back, y}, {front, y});
    pen.line({front, 0}, {front, y});
    pen.line({back, 0}, {back, y});
    pen.line({back, y}, {back - 3 * f, y + 45});
}

void draw_band(const Figure& figure, const Skeleton& s, const Prop& prop, const Pen& pen) {
    const Vec2 left = project(figure.view, s[P::left_hand]);
    const Vec2 right = project(figure.view, s[P::right_hand]);
    const Anchor at = prop.at.value_or(Anchor::upper_back);
    Vec2 end = project(figure.view, anchor_point(s, at));
    Vec2 post_top = end;
    if (at != Anchor::feet) {
        end = {project(figure.view, s[P::pelvis]).x + 100 * facing(figure, s), end.y};
        post_top = {end.x, k_door_height};
    }
    pen.line(left, end);
    pen.line(right, end);
    pen.line({end.x, at == Anchor::feet ? end.y : 0}, post_top);
}

void draw_prop(const Figure& figure, const Skeleton& s, const Prop& prop, Anchor anchor, Drawing& d) {
    const Pen pen{d};
    const Vec2 at = project(figure.view, anchor_point(s, anchor));
    const bool side = figure.view == View::side;
    switch (prop.kind) {
    case PropKind::mat: {
        const auto [x0, x1] = low_extent(figure, s);
        if (figure.view == View::top) {
            // Seen from above the mat holds the body and the knees: a side-lying figure's bent knees are on it too.
            const double y =
                (project(figure.view, s[P::pelvis]).y + project(figure.view, mid(s, P::left_knee, P::right_knee)).y) /
                2;
            pen.box(x0 - 10, y - 40, x1 + 10, y + 40);
        } else {
            pen.box(x0 - 10, 0, x1 + 10, 2);
        }
        return;
    }
    case PropKind::chair:
        draw_chair(figure, s, at, pen);
        return;
    case PropKind::wall:
        // A wall the hands reach sideways is seen edge on; one behind the body is a panel.
        if (side || prop.at == Anchor::near_hand || prop.at == Anchor::far_hand || prop.at == Anchor::hands) {
            pen.line({at.x, 0}, {at.x, k_wall_height});
        } else {
            const auto [x0, x1] = low_extent(figure, s);
            pen.box(std::min(x0, at.x) - 45, 0, std::max(x1, at.x) + 45, k_wall_height);
        }
        return;
    case PropKind::doorway:
        if (side) {
            pen.line({at.x - 5, 0}, {at.x - 5, k_door_height});
            pen.line({at.x + 5, 0}, {at.x + 5, k_door_height});
            pen.line({at.x - 5, k_door_height}, {at.x + 5, k_door_height});
        } else {
            const double centre = project(figure.view, s[P::pelvis]).x;
            pen.line({centre - 45, 0}, {centre - 45, k_door_height});
            pen.line({centre + 45, 0}, {centre + 45, k_door_height});
            pen.line({centre - 45, k_door_height}, {centre + 45, k_door_height});
        }
        return;
    case PropKind::foam_roller:
        if (side) {
            d.rings.push_back({{at.x, k_roller_radius}, k_roller_radius, Ink::prop});
        } else {
            pen.box(at.x - 40, 0, at.x + 40, 2 * k_roller_radius);
        }
        return;
    case PropKind::ball:
        d.rings.push_back({{at.x, k_ball_radius}, k_ball_radius, Ink::prop});
        return;
    case PropKind::pillow:
        pen.box(at.x - 18, 0, at.x + 18, k_pillow_height);
        return;
    case PropKind::band:
        draw_band(figure, s, prop, pen);
        return;
    }
}

} // namespace

Vec3 anchor_point(const Skeleton& s, Anchor anchor) {
    switch (anchor) {
    case Anchor::pelvis:
        return s[P::pelvis];
    case Anchor::lower_back:
        return s[P::spine1];
    case Anchor::upper_back:
        return s[P::spine2];
    case Anchor::neck:
        return s[P::neck];
    case Anchor::head:
        return s[P::head];
    case Anchor::hands:
        return mid(s, P::left_hand, P::right_hand);
    case Anchor::near_hand:
        return s[P::left_hand];
    case Anchor::far_hand:
        return s[P::right_hand];
    case Anchor::elbows:
        return mid(s, P::left_elbow, P::right_elbow);
    case Anchor::knees:
        return mid(s, P::left_knee, P::right_knee);
    case Anchor::feet:
        return mid(s, P::left_ankle, P::right_ankle);
    case Anchor::mid_back:
        return mid(s, P::spine1, P::spine2);
    case Anchor::shoulder_blades:
        return mid(s, P::spine2, P::neck);
    }
    return s[P::pelvis];
}

Anchor default_anchor(PropKind kind) {
    switch (kind) {
    case PropKind::chair:
        return Anchor::pelvis;
    case PropKind::wall:
    case PropKind::doorway:
        return Anchor::hands;
    default:
        return Anchor::upper_back;
    }
}

double support_height(PropKind kind) {
    switch (kind) {
    case PropKind::foam_roller:
        return 2 * k_roller_radius;
    case PropKind::ball:
        return 2 * k_ball_radius;
    case PropKind::pillow:
        return k_pillow_height;
    default:
        return 0;
    }
}

Anchor anchor_of(const Prop& prop, std::optional<Anchor> rests_on) {
    if (rests_on && support_height(prop.kind) > 0) {
        return *rests_on;
    }
    return prop.at.value_or(default_anchor(prop.kind));
}

void draw_props(const Figure& figure, const Skeleton& grounded, std::optional<Anchor> rests_on, Drawing& out) {
    for (const auto& prop : figure.props) {
        draw_prop(figure, grounded, prop, anchor_of(prop, rests_on), out);
    }
}

} // namespace br::model
