#include <backroutine/model/timeline.hpp>
#include <backroutine/render/sheet.hpp>
#include <backroutine/util/text.hpp>

#include <algorithm>
#include <array>

namespace br::render {
namespace {

using util::join;
using util::sanitize;

constexpr std::size_t k_width = 80;

std::string meta_line(const Sheet& sheet) {
    std::string line = "About " + std::to_string(sheet.minutes) + " min";
    if (!sheet.frequency.empty()) {
        line += " · " + sanitize(sheet.frequency);
    }
    line += " · Equipment: " + (sheet.equipment.empty() ? std::string("none") : join(sheet.equipment, ", "));
    return line;
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

} // namespace

Sheet make_sheet(const model::Timeline& timeline, const model::Safety& safety, bool week) {
    Sheet sheet;
    sheet.name = timeline.name;
    sheet.description = timeline.description;
    sheet.frequency = timeline.frequency;
    sheet.minutes = (timeline.total + 30) / 60;
    sheet.week = week;
    sheet.left_out = timeline.left_out;
    sheet.sources = timeline.sources;
    for (const auto& step : timeline.steps) {
        sheet.steps.push_back({step.name, model::describe(step.dose),
                               model::steps_for_side(step.instructions, model::Side::none), step.note, step.cautions,
                               step.figure});
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
        for (const auto& caution : step.cautions) {
            out += util::wrap("Caution: " + sanitize(caution), k_width, indent) + "\n";
        }
        if (!step.note.empty()) {
            out += util::wrap("Note: " + sanitize(step.note), k_width, indent) + "\n";
        }
    }
    if (sheet.week) {
        constexpr std::size_t k_label = 24;
        std::string header = util::pad_right("This week", k_label);
        for (const char* day : k_week_days) {
            header += std::string(" ") + day + " ";
        }
        out += "\n" + header.substr(0, header.find_last_not_of(' ') + 1) + "\n";
        for (std::size_t i = 0; i < sheet.steps.size(); ++i) {
            std::string row = util::pad_right(
                util::truncate(std::to_string(i + 1) + ". " + sanitize(sheet.steps[i].name), k_label - 1), k_label);
            for (std::size_t d = 0; d < k_week_days.size(); ++d) {
                row += d + 1 < k_week_days.size() ? "[ ]  " : "[ ]";
            }
            out += row + "\n";
        }
    }
    if (!sheet.left_out.empty()) {
        out += "\n" + util::wrap("Left out for acute pain: " + sanitize(join(sheet.left_out, ", ")), k_width) + "\n";
    }
    if (!sheet.emergency.empty()) {
        out += "\n" + util::wrap(sanitize(sheet.emergency), k_width) + "\n";
    }
    out += "\n" + util::wrap("Safety: " + sanitize(sheet.reminder), k_width) + "\n";
    if (!sheet.seek_help.empty()) {
        out += "See a professional if:\n";
        for (const auto& item : sheet.seek_help) {
            out += util::wrap(sanitize(item), k_width, "    ").replace(0, 4, "  - ") + "\n";
        }
    }
    if (!sheet.sources.empty()) {
        out += "\n" + util::wrap("From: " + sanitize(join(sheet.sources, "; ")), k_width) + "\n";
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
        for (const auto& caution : step.cautions) {
            out += "  - **Caution:** " + md_escape(caution) + "\n";
        }
        if (!step.note.empty()) {
            out += "  - *" + md_escape(step.note) + "*\n";
        }
    }
    if (sheet.week) {
        out += "\n| Exercise |";
        std::string rule = "\n|---|";
        for (const char* day : k_week_days) {
            out += std::string(" ") + day + " |";
            rule += ":-:|";
        }
        out += rule + "\n";
        for (std::size_t i = 0; i < sheet.steps.size(); ++i) {
            out += "| " + std::to_string(i + 1) + ". " + md_escape(sheet.steps[i].name) + " |";
            for (std::size_t d = 0; d < k_week_days.size(); ++d) {
                out += " ☐ |";
            }
            out += "\n";
        }
    }
    if (!sheet.left_out.empty()) {
        out += "\nLeft out for acute pain: " + md_escape(join(sheet.left_out, ", ")) + "\n";
    }
    if (!sheet.emergency.empty()) {
        out += "\n> **" + md_escape(sheet.emergency) + "**\n>";
    }
    out += "\n> **Safety:** " + md_escape(sheet.reminder) + "\n";
    if (!sheet.seek_help.empty()) {
        out += ">\n> **See a professional if:**\n";
        for (const auto& item : sheet.seek_help) {
            out += "> - " + md_escape(item) + "\n";
        }
    }
    if (!sheet.sources.empty()) {
        out += "\n*From: " + md_escape(join(sheet.sources, "; ")) + "*\n";
    }
    return out;
}

} // namespace br::render
