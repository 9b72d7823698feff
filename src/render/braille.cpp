#include <backroutine/render/braille.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace br::render {
namespace {

// Unicode braille numbers its dots down the left column (1-3, then 7) and
// the right column (4-6, then 8); bit n-1 stands for dot n.
constexpr std::uint8_t k_bits[4][2] = {{0x01, 0x08}, {0x02, 0x10}, {0x04, 0x20}, {0x40, 0x80}};

// Circles larger than this are not drawn dot by dot.
constexpr double k_max_reach = 1e5;

} // namespace

BrailleCanvas::BrailleCanvas(int columns, int rows)
    : m_columns(std::max(columns, 0)), m_rows(std::max(rows, 0)),
      m_cells(static_cast<std::size_t>(m_columns) * static_cast<std::size_t>(m_rows), 0),
      m_inks(m_cells.size(), k_no_ink) {}

void BrailleCanvas::dot(int x, int y, std::uint8_t ink) {
    if (x < 0 || y < 0 || x >= dots_wide() || y >= dots_high()) {
        return;
    }
    const auto index = static_cast<std::size_t>((y / 4) * m_columns + x / 2);
    m_cells[index] = static_cast<std::uint8_t>(m_cells[index] | k_bits[y % 4][x % 2]);
    m_inks[index] = std::min(m_inks[index], ink);
}

void BrailleCanvas::line(double x0, double y0, double x1, double y1, std::uint8_t ink) {
    // Clip to the canvas (Liang-Barsky) so a line far off it costs nothing.
    double t0 = 0, t1 = 1;
    const double dx = x1 - x0, dy = y1 - y0;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {x0 + 1, dots_wide() - x0, y0 + 1, dots_high() - y0};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0) {
                return;
            }
            continue;
        }
        const double t = q[i] / p[i];
        (p[i] < 0 ? t0 : t1) = p[i] < 0 ? std::max(t0, t) : std::min(t1, t);
    }
    if (t0 > t1 || !std::isfinite(t0) || !std::isfinite(t1)) {
        return;
    }
    const double steps = std::ceil(std::max(std::abs(dx), std::abs(dy)) * (t1 - t0));
    const int count = static_cast<int>(std::max(steps, 0.0));
    for (int i = 0; i <= count; ++i) {
        const double t = count == 0 ? t0 : t0 + (t1 - t0) * i / count;
        dot(static_cast<int>(std::lround(x0 + dx * t)), static_cast<int>(std::lround(y0 + dy * t)), ink);
    }
}

void BrailleCanvas::circle(double cx, double cy, double radius, std::uint8_t ink) {
    radius = std::clamp(radius, 0.0, k_max_reach);
    const int steps = std::max(8, static_cast<int>(std::ceil(2 * std::numbers::pi * radius)));
    for (int i = 0; i < steps; ++i) {
        const double angle = 2 * std::numbers::pi * i / steps;
        dot(static_cast<int>(std::lround(cx + radius * std::cos(angle))),
            static_cast<int>(std::lround(cy + radius * std::sin(angle))), ink);
    }
}

std::uint8_t BrailleCanvas::cell(int column, int row) const {
    if (column < 0 || row < 0 || column >= m_columns || row >= m_rows) {
        return 0;
    }
    return m_cells[static_cast<std::size_t>(row * m_columns + column)];
}

std::uint8_t BrailleCanvas::ink(int column, int row) const {
    if (column < 0 || row < 0 || column >= m_columns || row >= m_rows) {
        return k_no_ink;
    }
    return m_inks[static_cast<std::size_t>(row * m_columns + column)];
}

std::vector<std::string> BrailleCanvas::rows() const {
    std::vector<std::string> out;
    for (int row = 0; row < m_rows; ++row) {
        std::string text;
        for (int column = 0; column < m_columns; ++column) {
            const std::uint8_t bits = cell(column, row);
            if (bits == 0) {
                text += ' ';
                continue;
            }
            const unsigned code = 0x2800U + bits; // three UTF-8 bytes: E2 A0..A3 80..BF
            text += static_cast<char>(0xE0 | (code >> 12));
            text += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            text += static_cast<char>(0x80 | (code & 0x3F));
        }
        out.push_back(std::move(text));
    }
    return out;
}

} // namespace br::render
