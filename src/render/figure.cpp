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
    if (figure.find("hold") != nullptr) {
        return {"hold"};
    }
    std::vector<std::string> keys;
    for (const auto& key : figure.keyframes) {
        keys.push_back(key.name);
    }
    return keys;
}

std::vector<std::string> figure_braille(const model::Drawing& drawing, const model::Box& box, int columns, int rows) {
    BrailleCanvas canvas(columns, rows);
    const double w = canvas.dots_wide() - 1.0, h = canvas.dots_high() - 1.0;
    if (w < 2 || h < 2 || box.width() <= 0 || box.height() <= 0) {
        return canvas.rows();
    }
    const double scale = std::min(w / box.width(), h / box.height());
    const double ox = (w - box.width() * scale) / 2, oy = (h - box.height() * scale) / 2;
    auto x = [&](double v) { return ox + (v - box.x0) * scale; };
    auto y = [&](double v) { return h - oy - (v - box.y0) * scale; };
    for (const auto& s : drawing.strokes) {
        if (std::hypot(s.b.x - s.a.x, s.b.y - s.a.y) > 1e-6) {
            canvas.line(x(s.a.x), y(s.a.y), x(s.b.x), y(s.b.y));
        }
    }
    for (const auto& r : drawing.rings) {
        canvas.circle(x(r.c.x), y(r.c.y), std::max(r.r * scale, 1.0));
    }
    return canvas.rows();
}

std::vector<std::string> figure_text(const model::Figure& figure, int columns, int rows) {
    const model::Box box = model::bounds(figure, false);
    const auto keys = still_keys(figure);
    std::vector<std::string> out(static_cast<std::size_t>(rows) + 1);
    for (std::size_t k = 0; k < keys.size(); ++k) {
        const auto picture = figure_braille(model::draw(figure, figure.pose(keys[k])), box, columns, rows);
        const std::string gap = k == 0 ? "" : "   ";
        for (std::size_t r = 0; r < picture.size(); ++r) {
            out[r] += gap + picture[r];
        }
        std::string label = util::sanitize(keys[k]);
        const auto cells = static_cast<std::size_t>(std::max(columns, 0));
        const std::size_t width = util::display_width(label);
        const std::size_t pad = width >= cells ? 0 : (cells - width) / 2;
        out.back() += gap + std::string(pad, ' ') + label + std::string(cells - std::min(cells, pad + width), ' ');
    }
    for (auto& line : out) {
        while (!line.empty() && line.back() == ' ') {
            line.pop_back();
        }
    }
    return out;
}

} // namespace br::render
