#pragma once
#include <backroutine/model/figure.hpp>
#include <backroutine/model/figure_geometry.hpp>

#include <string>
#include <vector>

namespace br::render {

/// The keyframes an animation of the figure passes through, in order: from
/// `start` to each other keyframe and back, or through them all.
std::vector<std::string> animation_keys(const model::Figure& figure);

/// The poses worth printing side by side: start and end, the held pose, or
/// start and each part or position.
std::vector<std::string> still_keys(const model::Figure& figure);

/// `drawing` as braille rows, `columns` × `rows` cells, scaled so `box` fits
/// and centred; the aspect ratio is kept.
std::vector<std::string> figure_braille(const model::Drawing& drawing, const model::Box& box, int columns, int rows);

/// The figure's still poses side by side in braille, each `columns` wide and
/// `rows` high, labelled underneath.
std::vector<std::string> figure_text(const model::Figure& figure, int columns, int rows);

/// One pose as an inline `<svg>` element `width` pixels wide.
std::string figure_svg(const model::Figure& figure, const model::Pose& pose, bool mirrored, double width);

/// A standalone SVG document of the figure moving between its keyframes
/// (SMIL animation, no script); a figure with one pose stands still.
std::string figure_svg_animated(const model::Figure& figure, double width);

} // namespace br::render
