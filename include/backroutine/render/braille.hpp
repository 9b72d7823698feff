#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace br::render {

/// A canvas of braille cells, each 2 dots wide and 4 high, for drawing
/// lines and circles on a terminal. Dot (0, 0) is the top left.
class BrailleCanvas {
public:
    BrailleCanvas(int columns, int rows);

    [[nodiscard]] int dots_wide() const { return m_columns * 2; }
    [[nodiscard]] int dots_high() const { return m_rows * 4; }

    /// What a cell shows when nothing is drawn in it (see ink()).
    static constexpr std::uint8_t k_no_ink = 0xFF;

    /// Sets one dot drawn with `ink` (any small number; lower wins a cell); dots off the canvas are ignored.
    void dot(int x, int y, std::uint8_t ink = 0);
    /// A straight line between two dot positions (may lie partly off the canvas).
    void line(double x0, double y0, double x1, double y1, std::uint8_t ink = 0);
    /// The outline of a circle.
    void circle(double cx, double cy, double radius, std::uint8_t ink = 0);

    /// One UTF-8 string per row; an empty cell is a space.
    [[nodiscard]] std::vector<std::string> rows() const;
    /// The dots of one cell as a bit pattern (0 when empty).
    [[nodiscard]] std::uint8_t cell(int column, int row) const;
    /// The lowest ink of the dots in one cell, k_no_ink when it is empty.
    [[nodiscard]] std::uint8_t ink(int column, int row) const;

private:
    int m_columns;
    int m_rows;
    std::vector<std::uint8_t> m_cells;
    std::vector<std::uint8_t> m_inks;
};

} // namespace br::render
