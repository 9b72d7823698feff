#include <backroutine/render/figure.hpp>
#include <backroutine/render/sheet.hpp>
#include <backroutine/util/text.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>

namespace br::render {
namespace {

using util::sanitize;

// Instruction lines per step: three, or two on a long routine so it stays on two pages.
constexpr std::size_t k_instructions = 3;
constexpr std::size_t k_instructions_long = 2;
constexpr std::size_t k_long_routine = 9;
constexpr std::size_t k_max_poses = 3;

std::string html_escape(std::string_view text) {
    std::string out;
    for (const char c : sanitize(text)) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

// Text inside a CSS string in a <style> element: no quote, backslash or '<' ends it early.
std::string css_string(std::string_view text) {
    std::string out = "\"";
    for (const char c : sanitize(text)) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '<') {
            out += "\\3c ";
        } else if (static_cast<unsigned char>(c) >= 0x20) {
            out += c;
        }
    }
    return out + "\"";
}

constexpr const char* k_css = R"(
:root { --ink: #1d2430; --muted: #4a5363; --line: #c9cfd9; --accent: #1f6f8b; --soft: #eef4f7; --warn: #a93226; }
* { box-sizing: border-box; }
body { font: 10pt/1.3 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: var(--ink);
       max-width: 190mm; margin: 1.5rem auto; padding: 0 1rem; }
header h1 { font-size: 18pt; margin: 0 0 .1rem; }
header p { margin: .1rem 0; color: var(--muted); }
.meta { display: flex; flex-wrap: wrap; gap: .3rem; margin: .3rem 0 .5rem; padding: 0; list-style: none; }
.meta li { border: 1px solid var(--line); border-radius: 1rem; padding: 0 .6rem; font-size: 9pt; font-weight: 600; }
ol.steps { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 0 4mm;
           break-inside: avoid; page-break-inside: avoid; }
.step { padding: 1mm 0; border-top: 1px solid var(--line); break-inside: avoid; page-break-inside: avoid; }
.box { float: left; width: 5.5mm; height: 5.5mm; border: 1.5px solid var(--ink); border-radius: 1mm;
       margin: .3mm 1.5mm 0 0; }
.fig { display: flex; align-items: flex-end; justify-content: center; gap: 0 1.5mm;
       height: 15mm; margin-bottom: .5mm; }
.fig svg { display: block; }
.fig .to { color: var(--muted); font-size: 10pt; }
.step h2 { font-size: 12pt; margin: 0; line-height: 1.15; }
.dose { display: block; font-weight: 700; font-size: 11pt; color: var(--accent); }
.how { clear: left; margin: .5mm 0 0; padding-left: 1rem; font-size: 9.5pt; line-height: 1.18; }
.caution, .note { margin: .3mm 0 0; font-size: 9.5pt; line-height: 1.18; }
.caution { color: var(--warn); font-size: 9pt; line-height: 1.15; }
.note { font-style: italic; }
.end { margin-top: 2mm; break-inside: avoid; }
.end.with-week { display: grid; grid-template-columns: 1fr 1.1fr; gap: 4mm; align-items: start; }
.with-week .safety { margin-top: 0; grid-column: 2; grid-row: 1 / span 2; }
.with-week .week { grid-column: 1; grid-row: 1; }
.with-week .sources { grid-column: 1; grid-row: 2; margin: 0; }
.with-week .safety ul { columns: 1; font-size: 8pt; }
.safety .emergency { margin: 0 0 1mm; }
.week { break-inside: avoid; }
.week p { margin: 0 0 1mm; font-size: 10pt; }
.week table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 9pt; }
.week th, .week td { border: 1px solid var(--line); padding: .2mm 1mm; text-align: center; height: 5.4mm; }
.week th { font-size: 8pt; padding: .2mm 0; }
.week th:first-child, .week td:first-child { text-align: left; width: 34%; }
.week td.tick::before { content: ""; display: inline-block; width: 5mm; height: 5mm; margin: -.5mm 0;
                        border: 1px solid var(--muted); border-radius: 1mm; vertical-align: middle; }
.week td.tally { height: 12mm; }
.safety { margin-top: 3mm; padding: 2mm 3mm; border-left: 4px solid #c0392b; background: #fbf1ef;
          font-size: 9pt; break-inside: avoid; break-before: avoid; }
.safety strong { color: var(--warn); }
.safety p { margin: .5mm 0 0; }
.safety ul { margin: .3mm 0 0; padding-left: 1.1rem; columns: 3; column-gap: 6mm; font-size: 8.5pt; }
.sources { margin: 1.2mm 0 0; color: var(--muted); font-size: 7.5pt; }
footer { margin-top: .8rem; color: var(--muted); font-size: 8pt; }
@media print {
  body { margin: 0; max-width: none; padding: 0; }
  footer, .sources { display: none; }
}
)";

std::string page_css(const Sheet& sheet) {
    const char* size = sheet.paper == Paper::letter ? "letter" : "A4";
    return std::string("@page { size: ") + size +
           "; margin: 11mm 10mm 9mm;\n  @top-left { content: " + css_string(sheet.name) +
           "; font: 8pt sans-serif; color: #4a5363; }\n"
           "  @top-right { content: \"page \" counter(page) \" of \" counter(pages); font: 8pt sans-serif; "
           "color: #4a5363; }\n" +
           (sheet.sources.empty()
                ? std::string()
                : "  @bottom-left { content: " + css_string("From: " + util::join(sheet.sources, "; ")) +
                      "; font: 6.5pt sans-serif; color: #4a5363; }\n") +
           "}\n";
}

// The poses a sheet shows: the held pose, start and end, or the parts.
std::vector<std::string> sheet_poses(const model::Figure& figure) {
    if (figure.find("hold") != nullptr) {
        return {"hold"};
    }
    if (figure.find("end") != nullptr) {
        return {"start", "end"};
    }
    std::vector<std::string> keys;
    for (const auto& key : figure.keyframes) {
        if (key.name != "start" && keys.size() < k_max_poses) {
            keys.push_back(key.name);
        }
    }
    return keys.empty() ? std::vector<std::string>{"start"} : keys;
}

std::string figure_cell(const model::Figure& figure) {
    std::string out = "<div class=\"fig\">";
    const auto poses = sheet_poses(figure);
    const bool sequence = poses.size() == 2 && poses.front() == "start";
    // As tall as the cell allows (15 mm, 56 px), sharing the column's width (about 50 mm, 190 px).
    const model::Box box = model::bounds(figure, true);
    const double room = 180.0 / static_cast<double>(poses.size()) - (sequence ? 8 : 4);
    const double width = std::min(room, 56.0 * (box.width() + 12) / (box.height() + 12));
    for (std::size_t i = 0; i < poses.size(); ++i) {
        if (i > 0) {
            out += sequence ? "<span class=\"to\">→</span>" : "";
        }
        out += figure_svg(figure, figure.pose(poses[i]), false, width);
    }
    return out + "</div>\n";
}

std::string step_html(const SheetStep& step, std::size_t lines) {
    std::string out = "<li class=\"step\">";
    out += step.figure ? figure_cell(*step.figure) : "<div class=\"fig\"></div>";
    out += "<div class=\"text\"><span class=\"box\"></span><h2>" + html_escape(step.name) +
           "</h2><span class=\"dose\">" + html_escape(step.dose) + "</span>\n";
    if (!step.instructions.empty()) {
        out += "<ol class=\"how\">";
        for (std::size_t i = 0; i < step.instructions.size() && i < lines; ++i) {
            out += "<li>" + html_escape(step.instructions[i]) + "</li>";
        }
        out += "</ol>\n";
    }
    for (const auto& caution : step.cautions) {
        out += "<p class=\"caution\">⚠ " + html_escape(caution) + "</p>\n";
    }
    if (!step.note.empty()) {
        out += "<p class=\"note\">" + html_escape(step.note) + "</p>\n";
    }
    return out + "</div></li>\n";
}

std::string week_html(const Sheet& sheet) {
    const WeekShape shape = week_shape(sheet.frequency);
    std::string out = "<section class=\"week\"><p>Week of: ____________________</p><table><thead><tr><th>" +
                      std::string(shape.tallies ? "Breaks taken (a mark each)" : "This week") + "</th>";
    for (const auto& column : shape.columns) {
        out += "<th>" + html_escape(column) + "</th>";
    }
    out += "</tr></thead><tbody>\n";
    auto row = [&](const std::string& label, const char* cell) {
        out += "<tr><td>" + label + "</td>";
        for (std::size_t d = 0; d < shape.columns.size(); ++d) {
            out += std::string("<td class=\"") + cell + "\"></td>";
        }
        out += "</tr>\n";
    };
    if (shape.tallies) {
        row("Breaks", "tally");
    } else {
        for (std::size_t i = 0; i < sheet.steps.size(); ++i) {
            row(std::to_string(i + 1) + ". " + html_escape(sheet.steps[i].name), "tick");
        }
    }
    row("Pain before (0-10)", "pain");
    row("Pain after (0-10)", "pain");
    return out + "</tbody></table></section>\n";
}

} // namespace

Paper paper_for_locale(std::string_view locale) {
    static const std::regex letter(R"(^[a-z]{2,3}_(US|CA|MX|PH|CL|CO|VE|CR|GT|PA|SV|NI|DO|PR)\b.*)");
    return std::regex_match(std::string(locale), letter) ? Paper::letter : Paper::a4;
}

WeekShape week_shape(std::string_view frequency) {
    std::string text(frequency);
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    std::smatch match;
    if (std::regex_search(text, match, std::regex(R"((\d+)\s*(x|×|times)\s*(a|per|each)\s*week)"))) {
        const int sessions = std::clamp(std::stoi(match[1].str()), 1, 7);
        WeekShape shape;
        for (int i = 1; i <= sessions; ++i) {
            shape.columns.push_back("Session " + std::to_string(i));
        }
        return shape;
    }
    const bool breaks = text.find("minute") != std::string::npos || text.find("hour") != std::string::npos ||
                        text.find("times a day") != std::string::npos;
    return {std::vector<std::string>(k_week_days.begin(), k_week_days.end()), breaks};
}

std::string sheet_html(const Sheet& sheet) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
                      html_escape(sheet.name) + "</title>\n<style>" + k_css + page_css(sheet) +
                      "</style>\n</head>\n<body>\n<header>\n<h1>" + html_escape(sheet.name) + "</h1>\n";
    if (!sheet.description.empty()) {
        out += "<p>" + html_escape(sheet.description) + "</p>\n";
    }
    out += "<ul class=\"meta\"><li>About " + std::to_string(sheet.minutes) + " min</li>";
    if (!sheet.frequency.empty()) {
        out += "<li>" + html_escape(sheet.frequency) + "</li>";
    }
    const std::string equipment = util::join(sheet.equipment, ", ");
    out += "<li>Equipment: " + html_escape(equipment.empty() ? std::string("none") : equipment) +
           "</li></ul>\n</header>\n";
    // One list per row of three: a page breaks between rows, never inside one.
    for (std::size_t i = 0; i < sheet.steps.size(); ++i) {
        out += i % 3 == 0 ? "<ol class=\"steps\">\n" : "";
        out += step_html(sheet.steps[i], sheet.steps.size() > k_long_routine ? k_instructions_long : k_instructions);
        out += i % 3 == 2 || i + 1 == sheet.steps.size() ? "</ol>\n" : "";
    }
    out += sheet.week ? "<div class=\"end with-week\">" + week_html(sheet) : "<div class=\"end\">";
    out += "<section class=\"safety\">";
    if (!sheet.emergency.empty()) {
        out += "<p class=\"emergency\"><strong>" + html_escape(sheet.emergency) + "</strong></p>";
    }
    out += "<strong>" + html_escape(sheet.reminder) + "</strong>";
    if (!sheet.left_out.empty()) {
        out += "<p>Left out for acute pain: " + html_escape(util::join(sheet.left_out, ", ")) + "</p>";
    }
    if (!sheet.seek_help.empty()) {
        out += "<p>See a professional if:</p><ul>";
        for (const auto& item : sheet.seek_help) {
            out += "<li>" + html_escape(item) + "</li>";
        }
        out += "</ul>";
    }
    out += "</section>";
    if (!sheet.sources.empty()) {
        out += "<p class=\"sources\">From: " + html_escape(util::join(sheet.sources, "; ")) + "</p>";
    }
    return out + "</div>\n<footer>Made with backroutine</footer>\n</body>\n</html>\n";
}

} // namespace br::render
