#pragma once
#include <backroutine/model/figure.hpp>
#include <backroutine/model/figure_geometry.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace br::render {

/// The keyframes an animation of the figure passes through, in order: from
/// `start` to each other keyframe and back, or through them all.
std::vector<std::string> animation_keys(const model::Figure& figure);

/// The poses worth printing side by side: start and end, start and the held
/// pose, or start and each part or position.
std::vector<std::string> still_keys(const model::Figure& figure);

/// A figure in braille: one string per row, a character per cell, and for
/// each cell the ink it shows (the nearest of its dots' model::Ink: near
/// limbs before far ones, props, then the floor; BrailleCanvas::k_no_ink
/// where it is empty).
struct BrailleFigure {
    std::vector<std::string> rows;
    std::vector<std::vector<std::uint8_t>> inks;
};

/// `drawing` as braille rows, `columns` × `rows` cells, scaled so `box` fits
/// and centred; the aspect ratio is kept.
BrailleFigure figure_braille(const model::Drawing& drawing, const model::Box& box, int columns, int rows);

/// Row `row` of `figure` with its cells shaded by ink, as the SVG shades its
/// strokes: near limbs bold, far limbs and the floor dim, props yellow
/// (`color`); bold and dim only (`emphasis`); else the plain row.
std::string shaded_row(const BrailleFigure& figure, std::size_t row, bool color, bool emphasis);

/// The figure's still poses side by side in braille within `width` cells,
/// each at most `columns` wide and `rows` high, labelled underneath; shaded
/// by ink with `color`. Nothing when `width` leaves a pose under 8 cells.
std::vector<std::string> figure_text(const model::Figure& figure, int width, int columns, int rows, bool color = false);

/// One pose as an inline `<svg>` element `width` pixels wide.
std::string figure_svg(const model::Figure& figure, const model::Pose& pose, bool mirrored, double width);

/// A standalone SVG document of the figure moving between its keyframes
/// (SMIL animation, no script); a figure with one pose stands still.
std::string figure_svg_animated(const model::Figure& figure, double width);

} // namespace br::render
