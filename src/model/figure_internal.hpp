#pragma once
// Shared by the figure's geometry files; not a public header.
#include <backroutine/model/figure_geometry.hpp>

namespace br::model {

/// Where `p` lands on the page in `view` (y up).
Vec2 project(View view, const Vec3& p);
/// How near `p` is to the viewer in `view` (larger is nearer).
double depth(View view, const Vec3& p);

/// The body point (world, grounded) a prop touches.
Vec3 anchor_point(const Skeleton& s, Anchor anchor);
/// The anchor a prop uses when the catalog names none.
Anchor default_anchor(PropKind kind);
/// The body point `prop` touches in a pose that `rests_on` a point (weight-bearing props only).
Anchor anchor_of(const Prop& prop, std::optional<Anchor> rests_on);
/// Height of a prop's top when the body rests on it, or 0 for props that hold no weight.
double support_height(PropKind kind);
/// Appends the strokes and rings of every prop, in a fixed number per prop.
void draw_props(const Figure& figure, const Skeleton& grounded, std::optional<Anchor> rests_on, Drawing& out);

} // namespace br::model
