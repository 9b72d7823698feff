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

    /// Sets one dot; dots off the canvas are ignored.
    void dot(int x, int y);
    /// A straight line between two dot positions (may lie partly off the canvas).
    void line(double x0, double y0, double x1, double y1);
    /// The outline of a circle.
    void circle(double cx, double cy, double radius);

    /// One UTF-8 string per row; an empty cell is a space.
    [[nodiscard]] std::vector<std::string> rows() const;
    /// The dots of one cell as a bit pattern (0 when empty).
    [[nodiscard]] std::uint8_t cell(int column, int row) const;

private:
    int m_columns;
    int m_rows;
    std::vector<std::uint8_t> m_cells;
};

} // namespace br::render
