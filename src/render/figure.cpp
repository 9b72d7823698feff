#include <backroutine/render/braille.hpp>
#include <backroutine/render/figure.hpp>
#include <backroutine/util/text.hpp>

#include <algorithm>
#include <cmath>

namespace br::render {

std::vector<std::string> animation_keys(const model::Figure& figure) {
    std::vector<std::string> keys;
    if (figure.find("start") != nullptr) {
        keys.emplace_back("start");
        for (const auto& key : figure.keyframes) {
            if (key.name != "start") {
                keys.push_back(key.name);
                keys.emplace_back("start");
            }
        }
        if (keys.size() > 1) {
            keys.pop_back(); // the loop comes back to the start by itself
        }
        return keys;
    }
    for (const auto& key : figure.keyframes) {
        keys.push_back(key.name);
    }
    return keys;
}

std::vector<std::string> still_keys(const model::Figure& figure) {
    std::vector<std::string> keys;
    for (const auto& key : figure.keyframes) {
        keys.push_back(key.name);
    }
    return keys;
}

namespace {

BrailleFigure picture_of(const BrailleCanvas& canvas, int columns, int rows) {
    BrailleFigure out{canvas.rows(), {}};
    for (int row = 0; row < rows; ++row) {
        auto& inks = out.inks.emplace_back();
        for (int column = 0; column < columns; ++column) {
            inks.push_back(canvas.ink(column, row));
        }
    }
    return out;
}

} // namespace

BrailleFigure figure_braille(const model::Drawing& drawing, const model::Box& box, int columns, int rows) {
    BrailleCanvas canvas(columns, rows);
    const double w = canvas.dots_wide() - 1.0, h = canvas.dots_high() - 1.0;
    if (w < 2 || h < 2 || box.width() <= 0 || box.height() <= 0) {
        return picture_of(canvas, columns, rows);
    }
    const double scale = std::min(w / box.width(), h / box.height());
    const double ox = (w - box.width() * scale) / 2, oy = (h - box.height() * scale) / 2;
    auto x = [&](double v) { return ox + (v - box.x0) * scale; };
    auto y = [&](double v) { return h - oy - (v - box.y0) * scale; };
    for (const auto& s : drawing.strokes) {
        if (std::hypot(s.b.x - s.a.x, s.b.y - s.a.y) > 1e-6) {
            canvas.line(x(s.a.x), y(s.a.y), x(s.b.x), y(s.b.y), static_cast<std::uint8_t>(s.ink));
        }
    }
    for (const auto& r : drawing.rings) {
        canvas.circle(x(r.c.x), y(r.c.y), std::max(r.r * scale, 1.0), static_cast<std::uint8_t>(r.ink));
    }
    return picture_of(canvas, columns, rows);
}

std::string shaded_row(const BrailleFigure& figure, std::size_t row, bool color, bool emphasis) {
    if (row >= figure.rows.size()) {
        return {};
    }
    const std::string& text = figure.rows[row];
    if (!color && !emphasis) {
        return text;
    }
    auto code = [&](std::uint8_t ink) -> std::string_view {
        switch (static_cast<model::Ink>(ink)) {
        case model::Ink::near:
            return "1";
        case model::Ink::far:
        case model::Ink::floor:
            return "2";
        case model::Ink::prop:
            return color ? "33" : "";
        }
        return "";
    };
    std::string out;
    std::string_view open;
    std::size_t cell = 0;
    for (std::size_t i = 0; i < text.size(); ++cell) {
        const std::size_t length = text[i] == ' ' ? 1 : 3; // a space or a braille character
        const std::uint8_t ink = cell < figure.inks[row].size() ? figure.inks[row][cell] : BrailleCanvas::k_no_ink;
        // Spaces keep the colour around them, so a run is broken only where the ink changes.
        const std::string_view want = text[i] == ' ' ? open : code(ink);
        if (want != open) {
            out += open.empty() ? "" : "\x1b[0m";
            out += want.empty() ? "" : "\x1b[" + std::string(want) + "m";
            open = want;
        }
        out.append(text, i, length);
        i += length;
    }
    return open.empty() ? out : out + "\x1b[0m";
}

std::vector<std::string> figure_text(const model::Figure& figure, int width, int columns, int rows, bool color) {
    const model::Box box = model::bounds(figure, false);
    const auto keys = still_keys(figure);
    // Side by side within `width`: narrower poses when there are many, none at all when they cannot be told apart.
    const int count = static_cast<int>(keys.size());
    columns = std::min(columns, (width - 3 * (count - 1)) / std::max(count, 1));
    if (columns < 8) {
        return {};
    }
    std::vector<std::string> out(static_cast<std::size_t>(rows) + 1);
    for (std::size_t k = 0; k < keys.size(); ++k) {
        const auto picture = figure_braille(model::draw(figure, figure.pose(keys[k])), box, columns, rows);
        const std::string gap = k == 0 ? "" : "   ";
        for (std::size_t r = 0; r < picture.rows.size(); ++r) {
            out[r] += gap + shaded_row(picture, r, color, color);
        }
        const auto cells = static_cast<std::size_t>(columns);
        const std::string label = util::truncate(util::sanitize(keys[k]), cells);
        const std::size_t used = util::display_width(label);
        const std::size_t pad = used >= cells ? 0 : (cells - used) / 2;
        out.back() += gap + std::string(pad, ' ') + label + std::string(cells - std::min(cells, pad + used), ' ');
    }
    for (auto& line : out) {
        while (!line.empty() && line.back() == ' ') {
            line.pop_back();
        }
    }
    return out;
}

} // namespace br::render
