#include <backroutine/render/figure.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace br::render {
namespace {

using model::Ink;

constexpr double k_pad = 6;
constexpr double k_pause = 0.6; // seconds still at each keyframe
constexpr double k_move = 1.6;  // seconds from one keyframe to the next
constexpr int k_samples = 8;    // poses per move, so limbs keep their length
constexpr const char* k_ink_colour[] = {"#1d2a38", "#98a4b3", "#a0703c", "#8a96a3"};
constexpr double k_ink_width[] = {4.5, 4.5, 2.5, 1.5};

std::string num(double v) {
    const double rounded = std::round(v * 10) / 10;
    return fmt::format("{:g}", rounded == 0 ? 0.0 : rounded);
}

std::string open_svg(const model::Box& box, double width) {
    const double w = box.width() + 2 * k_pad, h = box.height() + 2 * k_pad;
    return fmt::format(R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="{} {} {} {}" width="{}" height="{}" )"
                       R"(fill="none" stroke-linecap="round" stroke-linejoin="round">)",
                       num(box.x0 - k_pad), num(-box.y1 - k_pad), num(w), num(h), num(width), num(width * h / w));
}

// Draw order: floor and props behind, far limbs, then the near side.
constexpr std::array k_order = {Ink::floor, Ink::prop, Ink::far, Ink::near};

std::string stroke_attrs(Ink ink) {
    const auto i = static_cast<std::size_t>(ink);
    return fmt::format(R"(stroke="{}" stroke-width="{}")", k_ink_colour[i], num(k_ink_width[i]));
}

struct Frame {
    double time;
    model::Drawing drawing;
};

// Every sampled frame of one loop of the animation, with its time in seconds.
std::vector<Frame> frames(const model::Figure& figure) {
    const auto keys = animation_keys(figure);
    std::vector<Frame> out;
    double t = 0;
    for (std::size_t k = 0; k < keys.size(); ++k) {
        const auto& from = figure.pose(keys[k]);
        const auto& to = figure.pose(keys[(k + 1) % keys.size()]);
        out.push_back({t, model::draw(figure, from)});
        t += k_pause;
        for (int i = 0; i < k_samples; ++i) {
            out.push_back({t, model::draw(figure, model::interpolate(from, to, static_cast<double>(i) / k_samples))});
            t += k_move / k_samples;
        }
    }
    out.push_back({t, out.front().drawing});
    return out;
}

std::string animate(const std::vector<Frame>& all, const std::string& attribute, auto value) {
    std::string values, times;
    bool moves = false;
    for (const auto& frame : all) {
        const std::string v = num(value(frame.drawing));
        moves = moves || v != num(value(all.front().drawing));
        values += (values.empty() ? "" : ";") + v;
        times += (times.empty() ? "" : ";") + fmt::format("{:.4f}", frame.time / all.back().time);
    }
    if (!moves) {
        return {};
    }
    return fmt::format(R"(<animate attributeName="{}" dur="{}s" repeatCount="indefinite" values="{}" keyTimes="{}"/>)",
                       attribute, num(all.back().time), values, times);
}

} // namespace

std::string figure_svg(const model::Figure& figure, const model::Pose& pose, bool mirrored, double width) {
    const model::Drawing d = model::draw(figure, pose, mirrored);
    const model::Box box = model::bounds(figure, true);
    std::string out = open_svg(box, width);
    for (Ink ink : k_order) {
        for (const auto& s : d.strokes) {
            if (s.ink == ink && std::hypot(s.b.x - s.a.x, s.b.y - s.a.y) > 1e-6) {
                out += fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}" {}/>)", num(s.a.x), num(-s.a.y), num(s.b.x),
                                   num(-s.b.y), stroke_attrs(ink));
            }
        }
        for (const auto& r : d.rings) {
            if (r.ink == ink) {
                out += fmt::format(R"(<circle cx="{}" cy="{}" r="{}" {}/>)", num(r.c.x), num(-r.c.y), num(r.r),
                                   stroke_attrs(ink));
            }
        }
    }
    return out + "</svg>";
}

std::string figure_svg_animated(const model::Figure& figure, double width) {
    const auto all = frames(figure);
    const model::Drawing& first = all.front().drawing;
    const model::Box box = model::bounds(figure, false);
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + open_svg(box, width) + "\n";
    for (Ink ink : k_order) {
        for (std::size_t i = 0; i < first.strokes.size(); ++i) {
            const auto& s = first.strokes[i];
            if (s.ink != ink) {
                continue;
            }
            auto at = [i](auto member) {
                return [i, member](const model::Drawing& d) { return member(d.strokes[i]); };
            };
            out += fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}" {}>)", num(s.a.x), num(-s.a.y), num(s.b.x),
                               num(-s.b.y), stroke_attrs(ink));
            out += animate(all, "x1", at([](const model::Stroke& v) { return v.a.x; }));
            out += animate(all, "y1", at([](const model::Stroke& v) { return -v.a.y; }));
            out += animate(all, "x2", at([](const model::Stroke& v) { return v.b.x; }));
            out += animate(all, "y2", at([](const model::Stroke& v) { return -v.b.y; }));
            out += "</line>\n";
        }
        for (std::size_t i = 0; i < first.rings.size(); ++i) {
            const auto& r = first.rings[i];
            if (r.ink != ink) {
                continue;
            }
            out += fmt::format(R"(<circle cx="{}" cy="{}" r="{}" {}>)", num(r.c.x), num(-r.c.y), num(r.r),
                               stroke_attrs(ink));
            out += animate(all, "cx", [i](const model::Drawing& d) { return d.rings[i].c.x; });
            out += animate(all, "cy", [i](const model::Drawing& d) { return -d.rings[i].c.y; });
            out += "</circle>\n";
        }
    }
    return out + "</svg>\n";
}

} // namespace br::render
