#include <backroutine/model/timeline.hpp>
#include <backroutine/render/sheet.hpp>
#include <backroutine/util/text.hpp>

#include <algorithm>
#include <array>

namespace br::render {
namespace {

using util::sanitize;

constexpr std::array<const char*, 7> k_days{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr std::size_t k_width = 80;

std::string join(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (const auto& item : items) {
        out += (out.empty() ? "" : std::string(separator)) + item;
    }
    return out;
}

std::string meta_line(const Sheet& sheet) {
    std::string line = "About " + std::to_string(sheet.minutes) + " min";
    if (!sheet.frequency.empty()) {
        line += " · " + sanitize(sheet.frequency);
    }
    line += " · Equipment: " + (sheet.equipment.empty() ? std::string("none") : join(sheet.equipment, ", "));
    return line;
}

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

// Markdown special characters lose their meaning; line breaks become spaces.
std::string md_escape(std::string_view text) {
    std::string out;
    for (const char c : sanitize(text)) {
        if (std::string_view("\\`*_{}[]<>()#+!|").find(c) != std::string_view::npos) {
            out += '\\';
        }
        out += c;
    }
    return out;
}

constexpr const char* k_css = R"(
:root { --ink: #1d2430; --muted: #5b6575; --line: #d5dae3; --accent: #1f6f8b; --soft: #eef4f7; }
* { box-sizing: border-box; }
body { font: 11pt/1.4 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: var(--ink);
       max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
header h1 { font-size: 20pt; margin: 0 0 .2rem; letter-spacing: .01em; }
header p { margin: .2rem 0; color: var(--muted); }
.meta { display: flex; flex-wrap: wrap; gap: .4rem; margin: .5rem 0 1rem; padding: 0; list-style: none; }
.meta li { background: var(--soft); color: var(--accent); border-radius: 1rem; padding: .1rem .7rem;
           font-size: 9.5pt; font-weight: 600; }
ol.steps { list-style: none; margin: 0; padding: 0; }
.step { display: grid; grid-template-columns: 1.4rem 1.6rem 1fr; gap: .2rem .5rem; padding: .45rem 0;
        border-top: 1px solid var(--line); break-inside: avoid; page-break-inside: avoid; }
.box { width: 1rem; height: 1rem; border: 1.5px solid var(--ink); border-radius: 3px; margin-top: .15rem; }
.num { font-weight: 700; color: var(--accent); }
.step h2 { font-size: 11.5pt; margin: 0; display: inline; }
.dose { font-weight: 700; color: var(--accent); margin-left: .4rem; white-space: nowrap; }
.how { grid-column: 3; margin: .1rem 0 0; padding-left: 1.1rem; color: var(--muted); font-size: 9.5pt; }
.how li { margin: 0; }
.note { grid-column: 3; margin: 0; font-size: 9.5pt; font-style: italic; color: var(--muted); }
table.week { width: 100%; border-collapse: collapse; margin-top: 1rem; font-size: 9pt; break-inside: avoid; }
table.week th, table.week td { border: 1px solid var(--line); padding: .2rem .35rem; text-align: center; }
table.week th:first-child, table.week td:first-child { text-align: left; width: 40%; }
table.week td.tick::before { content: ""; display: inline-block; width: .8rem; height: .8rem;
                             border: 1px solid var(--muted); border-radius: 2px; }
.safety { margin-top: 1rem; padding: .6rem .8rem; border-left: 4px solid #c0392b; background: #fbf1ef;
          font-size: 9.5pt; break-inside: avoid; }
.safety strong { color: #a93226; }
.safety ul { margin: .2rem 0 0; padding-left: 1.1rem; }
footer { margin-top: .8rem; color: var(--muted); font-size: 8pt; }
@media print {
  @page { margin: 9mm 11mm; }
  body { margin: 0; max-width: none; padding: 0; font-size: 9pt; line-height: 1.25; }
  header h1 { font-size: 16pt; }
  header p { font-size: 8.5pt; }
  .meta { margin: .3rem 0 .5rem; }
  .meta li { border: 1px solid var(--line); font-size: 8pt; }
  .step { padding: .18rem 0; }
  .step h2 { font-size: 10pt; }
  .how, .note { font-size: 8pt; line-height: 1.2; }
  table.week { margin-top: .4rem; font-size: 8pt; }
  table.week th, table.week td { padding: .05rem .3rem; }
  table.week td.tick::before { width: .7rem; height: .7rem; }
  .safety { margin-top: .5rem; padding: .4rem .6rem; font-size: 8pt; }
  .safety p { margin: .2rem 0 0; }
  .safety ul { columns: 2; column-gap: 1.2rem; }
  footer { display: none; }
}
)";

} // namespace

Sheet make_sheet(const model::Timeline& timeline, const model::Safety& safety, bool week) {
    Sheet sheet;
    sheet.name = timeline.name;
    sheet.description = timeline.description;
    sheet.frequency = timeline.frequency;
    sheet.minutes = (timeline.total + 30) / 60;
    sheet.week = week;
    sheet.left_out = timeline.left_out;
    for (const auto& step : timeline.steps) {
        sheet.steps.push_back({step.name, model::describe(step.dose),
                               model::steps_for_side(step.instructions, model::Side::none), step.note});
        for (const auto equipment : step.equipment) {
            const std::string name(model::name_of(equipment));
            if (std::find(sheet.equipment.begin(), sheet.equipment.end(), name) == sheet.equipment.end()) {
                sheet.equipment.push_back(name);
            }
        }
    }
    sheet.reminder = model::safety_reminder(safety);
    sheet.seek_help = safety.seek_help;
    sheet.emergency = safety.emergency;
    return sheet;
}

std::string sheet_text(const Sheet& sheet) {
    std::string out = util::truncate(sanitize(sheet.name), k_width) + "\n";
    out += std::string(std::min(util::display_width(sanitize(sheet.name)), k_width), '=') + "\n";
    if (!sheet.description.empty()) {
        out += util::wrap(sanitize(sheet.description), k_width) + "\n";
    }
    out += util::wrap(meta_line(sheet), k_width) + "\n\n";
    for (std::size_t i = 0; i < sheet.steps.size(); ++i) {
        const auto& step = sheet.steps[i];
        const std::string head = "[ ] " + std::to_string(i + 1) + ". ";
        const std::string indent(head.size(), ' ');
        std::string title = util::wrap(sanitize(step.name) + " — " + sanitize(step.dose), k_width, indent);
        title.replace(0, head.size(), head);
        out += title + "\n";
        for (const auto& line : step.instructions) {
            // The first line gets a dash; wrapped lines line up under its text.
            out += util::wrap(sanitize(line), k_width, indent + "  ").replace(indent.size(), 2, "- ") + "\n";
        }
        if (!step.note.empty()) {
            out += util::wrap("Note: " + sanitize(step.note), k_width, indent) + "\n";
        }
    }
    if (sheet.week) {
        constexpr std::size_t k_label = 24;
        std::string header = util::pad_right("This week", k_label);
        for (const char* day : k_days) {
            header += std::string(" ") + day + " ";
        }
        out += "\n" + header.substr(0, header.find_last_not_of(' ') + 1) + "\n";
        for (std::size_t i = 0; i < sheet.steps.size(); ++i) {
            std::string row = util::pad_right(
                util::truncate(std::to_string(i + 1) + ". " + sanitize(sheet.steps[i].name), k_label - 1), k_label);
            for (std::size_t d = 0; d < k_days.size(); ++d) {
                row += d + 1 < k_days.size() ? "[ ]  " : "[ ]";
            }
            out += row + "\n";
        }
    }
    if (!sheet.left_out.empty()) {
        out += "\n" + util::wrap("Left out for acute pain: " + sanitize(join(sheet.left_out, ", ")), k_width) + "\n";
    }
    out += "\n" + util::wrap("Safety: " + sanitize(sheet.reminder), k_width) + "\n";
    if (!sheet.seek_help.empty()) {
        out += "See a professional if:\n";
        for (const auto& item : sheet.seek_help) {
            out += util::wrap(sanitize(item), k_width, "    ").replace(0, 4, "  - ") + "\n";
        }
    }
    if (!sheet.emergency.empty()) {
        out += "\n" + util::wrap(sanitize(sheet.emergency), k_width) + "\n";
    }
    return out;
}

std::string sheet_markdown(const Sheet& sheet) {
    std::string out = "# " + md_escape(sheet.name) + "\n\n";
    if (!sheet.description.empty()) {
        out += md_escape(sheet.description) + "\n\n";
    }
    out += "*" + md_escape(meta_line(sheet)) + "*\n\n";
    for (std::size_t i = 0; i < sheet.steps.size(); ++i) {
        const auto& step = sheet.steps[i];
        out += "- [ ] **" + std::to_string(i + 1) + ". " + md_escape(step.name) + "** — " + md_escape(step.dose) + "\n";
        for (const auto& line : step.instructions) {
            out += "  - " + md_escape(line) + "\n";
        }
        if (!step.note.empty()) {
            out += "  - *" + md_escape(step.note) + "*\n";
        }
    }
    if (sheet.week) {
        out += "\n| Exercise |";
        std::string rule = "\n|---|";
        for (const char* day : k_days) {
            out += std::string(" ") + day + " |";
            rule += ":-:|";
        }
        out += rule + "\n";
        for (std::size_t i = 0; i < sheet.steps.size(); ++i) {
            out += "| " + std::to_string(i + 1) + ". " + md_escape(sheet.steps[i].name) + " |";
            for (std::size_t d = 0; d < k_days.size(); ++d) {
                out += " ☐ |";
            }
            out += "\n";
        }
    }
    if (!sheet.left_out.empty()) {
        out += "\nLeft out for acute pain: " + md_escape(join(sheet.left_out, ", ")) + "\n";
    }
    out += "\n> **Safety:** " + md_escape(sheet.reminder) + "\n";
    if (!sheet.seek_help.empty()) {
        out += ">\n> **See a professional if:**\n";
        for (const auto& item : sheet.seek_help) {
            out += "> - " + md_escape(item) + "\n";
        }
    }
    if (!sheet.emergency.empty()) {
        out += ">\n> **" + md_escape(sheet.emergency) + "**\n";
    }
    return out;
}

std::string sheet_html(const Sheet& sheet) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
                      html_escape(sheet.name) + "</title>\n<style>" + k_css + "</style>\n</head>\n<body>\n<header>\n";
    out += "<h1>" + html_escape(sheet.name) + "</h1>\n";
    if (!sheet.description.empty()) {
        out += "<p>" + html_escape(sheet.description) + "</p>\n";
    }
    out += "<ul class=\"meta\"><li>About " + std::to_string(sheet.minutes) + " min</li>";
    if (!sheet.frequency.empty()) {
        out += "<li>" + html_escape(sheet.frequency) + "</li>";
    }
    out +=
        "<li>Equipment: " + html_escape(sheet.equipment.empty() ? std::string("none") : join(sheet.equipment, ", ")) +
        "</li></ul>\n</header>\n<ol class=\"steps\">\n";
    for (std::size_t i = 0; i < sheet.steps.size(); ++i) {
        const auto& step = sheet.steps[i];
        out += "<li class=\"step\"><span class=\"box\"></span><span class=\"num\">" + std::to_string(i + 1) +
               ".</span><div><h2>" + html_escape(step.name) + "</h2><span class=\"dose\">" + html_escape(step.dose) +
               "</span></div>\n";
        if (!step.instructions.empty()) {
            out += "<ol class=\"how\">";
            for (const auto& line : step.instructions) {
                out += "<li>" + html_escape(line) + "</li>";
            }
            out += "</ol>\n";
        }
        if (!step.note.empty()) {
            out += "<p class=\"note\">" + html_escape(step.note) + "</p>\n";
        }
        out += "</li>\n";
    }
    out += "</ol>\n";
    if (sheet.week) {
        out += "<table class=\"week\"><thead><tr><th>This week</th>";
        for (const char* day : k_days) {
            out += std::string("<th>") + day + "</th>";
        }
        out += "</tr></thead><tbody>\n";
        for (std::size_t i = 0; i < sheet.steps.size(); ++i) {
            out += "<tr><td>" + std::to_string(i + 1) + ". " + html_escape(sheet.steps[i].name) + "</td>";
            for (std::size_t d = 0; d < k_days.size(); ++d) {
                out += "<td class=\"tick\"></td>";
            }
            out += "</tr>\n";
        }
        out += "</tbody></table>\n";
    }
    out += "<section class=\"safety\"><strong>" + html_escape(sheet.reminder) + "</strong>";
    if (!sheet.left_out.empty()) {
        out += "<p>Left out for acute pain: " + html_escape(join(sheet.left_out, ", ")) + "</p>";
    }
    if (!sheet.seek_help.empty()) {
        out += "<p>See a professional if:</p><ul>";
        for (const auto& item : sheet.seek_help) {
            out += "<li>" + html_escape(item) + "</li>";
        }
        out += "</ul>";
    }
    if (!sheet.emergency.empty()) {
        out += "<p><strong>" + html_escape(sheet.emergency) + "</strong></p>";
    }
    out += "</section>\n<footer>Made with backroutine</footer>\n</body>\n</html>\n";
    return out;
}

} // namespace br::render
