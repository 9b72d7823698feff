#include <backroutine/model/timeline.hpp>
#include <backroutine/render/listing.hpp>
#include <backroutine/util/text.hpp>

#include <algorithm>

namespace br::render {
namespace {

using util::display_width;
using util::join;
using util::sanitize;

template <typename E>
std::string join_names(const std::vector<E>& values, std::string_view empty) {
    std::vector<std::string> names;
    for (const auto value : values) {
        names.emplace_back(model::name_of(value));
    }
    return names.empty() ? std::string(empty) : join(names, ",");
}

void bullet_list(std::string& out, const std::vector<std::string>& items, bool numbered) {
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string mark = numbered ? std::to_string(i + 1) + ". " : "- ";
        const std::string indent(mark.size() + 2, ' ');
        std::string text = util::wrap(sanitize(items[i]), 78, indent);
        text.replace(0, mark.size() + 2, "  " + mark);
        out += text + "\n";
    }
}

} // namespace

namespace {

constexpr std::size_t k_narrowest = 8;   // a shrunk column keeps this much
constexpr std::size_t k_last_room = 20;  // the last column, which wraps, is given this much before columns go
constexpr std::size_t k_last_least = 12; // and keeps at least this much (or its longest word) before others shrink

// The widest word of a column's cells, so wrapping never has to cut one.
std::size_t longest_word(const std::vector<std::vector<std::string>>& cells, const std::string& header,
                         std::size_t column) {
    std::size_t longest = 0;
    auto scan = [&](const std::string& text) {
        std::size_t start = 0;
        while (start < text.size()) {
            const std::size_t end = std::min(text.find(' ', start), text.size());
            longest = std::max(longest, display_width(std::string_view(text).substr(start, end - start)));
            start = end + 1;
        }
    };
    scan(header);
    for (const auto& row : cells) {
        if (column < row.size()) {
            scan(row[column]);
        }
    }
    return longest;
}

// The widths of the columns a table keeps to fit `total_width`: optional
// columns are dropped in their order until the others fit beside a last
// column of k_last_room; then the last column narrows to k_last_least (or
// its longest word), and only then do the widest middle columns shrink. A
// dropped column has width 0.
std::vector<std::size_t> fit_widths(std::vector<std::size_t> widths, const std::vector<std::size_t>& optional,
                                    std::size_t total_width, std::size_t last_word) {
    auto fixed_width = [&] {
        std::size_t sum = 0;
        for (std::size_t c = 0; c + 1 < widths.size(); ++c) {
            sum += widths[c] > 0 ? widths[c] + 2 : 0;
        }
        return sum;
    };
    for (const auto column : optional) {
        if (fixed_width() + std::min(widths.back(), k_last_room) <= total_width) {
            break;
        }
        widths[column] = 0;
    }
    const std::size_t last_least = std::min(widths.back(), std::max(k_last_least, last_word));
    while (widths.size() > 2 && fixed_width() + last_least > total_width) {
        // The first column holds ids a user types; it keeps its width.
        auto widest = std::max_element(widths.begin() + 1, widths.end() - 1);
        if (*widest <= k_narrowest) {
            break;
        }
        --*widest;
    }
    if (fixed_width() < total_width) {
        widths.back() = std::min(widths.back(), total_width - fixed_width());
    }
    return widths;
}

} // namespace

std::string table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                  const Style& style, const TableFit& fit) {
    std::vector<std::vector<std::string>> cells;
    cells.reserve(rows.size());
    std::vector<std::size_t> widths(header.size());
    for (std::size_t c = 0; c < header.size(); ++c) {
        widths[c] = display_width(header[c]);
    }
    for (const auto& row : rows) {
        auto& line = cells.emplace_back();
        for (std::size_t c = 0; c < header.size() && c < row.size(); ++c) {
            // With a width to fit, the last column wraps instead of being cut.
            const bool wraps = fit.total_width > 0 && c + 1 == header.size();
            line.push_back(wraps ? sanitize(row[c]) : util::truncate(sanitize(row[c]), fit.max_width));
            widths[c] = std::max(widths[c], display_width(line.back()));
        }
    }
    if (fit.total_width > 0 && !widths.empty()) {
        widths = fit_widths(std::move(widths), fit.optional, fit.total_width,
                            longest_word(cells, header.back(), header.size() - 1));
    }
    // Cells are cut to their column; the last one wraps under itself.
    auto render_row = [&](const std::vector<std::string>& row) {
        std::string line;
        for (std::size_t c = 0; c + 1 < row.size(); ++c) {
            if (widths[c] > 0) {
                line += util::pad_right(util::truncate(row[c], widths[c]), widths[c]) + "  ";
            }
        }
        if (row.empty()) {
            return line;
        }
        const std::size_t indent = display_width(line);
        if (fit.total_width == 0 || display_width(row.back()) <= widths.back()) {
            return line + row.back();
        }
        return line + util::wrap(row.back(), indent + widths.back(), std::string(indent, ' ')).substr(indent);
    };
    std::string out = style.bold(render_row(header)) + "\n";
    for (const auto& line : cells) {
        out += render_row(line) + "\n";
    }
    return out;
}

std::string tsv(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows) {
    auto clean = [](const std::string& cell) { return sanitize(cell); };
    std::string out;
    for (std::size_t c = 0; c < header.size(); ++c) {
        out += (c ? "\t" : "") + header[c];
    }
    out += "\n";
    for (const auto& row : rows) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            out += (c ? "\t" : "") + clean(row[c]);
        }
        out += "\n";
    }
    return out;
}

std::vector<std::string> exercise_header() {
    return {"ID", "NAME", "CATEGORY", "POSITION", "EQUIPMENT", "DOSE"};
}

std::vector<std::vector<std::string>> exercise_rows(const std::vector<const model::Exercise*>& exercises) {
    std::vector<std::vector<std::string>> rows;
    for (const auto* exercise : exercises) {
        rows.push_back({exercise->id, exercise->name, std::string(model::name_of(exercise->category)),
                        join_names(exercise->positions, "-"), join_names(exercise->equipment, "none"),
                        model::describe(exercise->dose)});
    }
    return rows;
}

std::vector<std::string> routine_header() {
    return {"ID", "NAME", "LENGTH", "STEPS", "FREQUENCY"};
}

std::vector<std::vector<std::string>> routine_rows(const std::vector<const model::Routine*>& routines,
                                                   const std::vector<int>& seconds) {
    std::vector<std::vector<std::string>> rows;
    for (std::size_t i = 0; i < routines.size(); ++i) {
        const auto* routine = routines[i];
        const int length = i < seconds.size() ? seconds[i] : 0;
        rows.push_back({routine->id, routine->name, length > 0 ? model::format_clock(length) : "?",
                        std::to_string(routine->steps.size()), routine->frequency});
    }
    return rows;
}

namespace {

// The articles an entry comes from, a line each, by name (and date).
std::string sources_text(const std::vector<std::string>& ids, const model::Catalog& catalog, const Style& style) {
    if (ids.empty()) {
        return style.dim("Sources: -") + "\n";
    }
    std::string out = style.dim("Sources:") + "\n";
    for (const auto& id : ids) {
        std::string line = catalog.source_name(id);
        if (const model::Source* source = catalog.find_source(id); source != nullptr && !source->date.empty()) {
            line += " (" + source->date + ")";
        }
        out += util::wrap(sanitize(line), 80, "    ").replace(0, 4, "  - ") + "\n";
    }
    return out;
}

} // namespace

std::string exercise_text(const model::Exercise& e, const model::Catalog& catalog, const Style& style) {
    std::string out = style.bold(sanitize(e.name)) + style.dim("  (" + e.id + ")") + "\n";
    if (!e.aliases.empty()) {
        out += "Also called: " + sanitize(join(e.aliases, ", ")) + "\n";
    }
    if (!e.variant_of.empty()) {
        out += "Variant of: " + e.variant_of + "\n";
    }
    out += "\n" + util::wrap(sanitize(e.why), 80) + "\n\n";
    // A label, then its value wrapped to 80 columns under itself (an empty value: the label alone).
    auto field = [&](std::string_view label, const std::string& value) {
        const std::string wrapped = util::wrap(value, 80, std::string(11, ' '));
        out += style.accent(label) + (wrapped.size() > label.size() ? wrapped.substr(label.size()) : "") + "\n";
    };
    field("Dose", sanitize(model::describe(e.dose)));
    field("Category", std::string(model::name_of(e.category)) + " · " + std::string(model::name_of(e.intensity)) +
                          (e.overhead ? " · overhead" : ""));
    field("Position", join_names(e.positions, "-"));
    field("Equipment", join_names(e.equipment, "none"));
    field("Targets", sanitize(join(e.targets, ", ")));
    out += "\n" + style.bold("Steps") + "\n";
    bullet_list(out, model::steps_for_side(e.steps, model::Side::none), true);
    if (!e.cues.empty()) {
        out += "\n" + style.bold("Cues") + "\n";
        bullet_list(out, e.cues, false);
    }
    if (!e.cautions.empty()) {
        out += "\n" + style.warn("Cautions") + "\n";
        bullet_list(out, e.cautions, false);
    }
    if (!e.variations.empty()) {
        out += "\n" + style.bold("Variations") + "\n";
        bullet_list(out, e.variations, false);
    }
    out += "\n" + sources_text(e.sources, catalog, style);
    out += style.dim("Defined in: " + sanitize(e.origin.file) + ":" + std::to_string(e.origin.line)) + "\n";
    return out;
}

std::string routine_text(const model::Routine& routine, const model::Catalog& catalog, const Style& style,
                         int seconds) {
    std::string out = style.bold(sanitize(routine.name)) + style.dim("  (" + routine.id + ")") + "\n";
    if (!routine.description.empty()) {
        out += "\n" + util::wrap(sanitize(routine.description), 80) + "\n";
    }
    out += "\n";
    if (seconds > 0) {
        out += style.accent("Length") + "     " + model::format_clock(seconds) + " as it runs now (see `plan " +
               routine.id + "`)\n";
    }
    if (!routine.frequency.empty()) {
        out += style.accent("Frequency") + "  " + sanitize(routine.frequency) + "\n";
    }
    out += style.accent("Intensity") + "  " + std::string(model::name_of(routine.intensity)) + "\n\n";
    out += style.bold("Steps") + "\n";
    const model::Pick pick = model::pick_for(routine.intensity);
    for (std::size_t i = 0; i < routine.steps.size(); ++i) {
        const auto& step = routine.steps[i];
        std::string line = "  " + std::to_string(i + 1) + ". ";
        if (!step.routine.empty()) {
            const auto* inner = catalog.find_routine(step.routine);
            line += (inner ? sanitize(inner->name) : step.routine) + style.dim("  (routine " + step.routine + ")");
        } else if (const auto* exercise = catalog.find_exercise(step.exercise)) {
            const model::Dose dose = step.dose ? model::merge(exercise->dose, *step.dose) : exercise->dose;
            line += sanitize(exercise->name) + " — " + model::describe(dose, pick);
        } else {
            line += step.exercise;
        }
        out += line + "\n";
    }
    out += "\n" + sources_text(routine.sources, catalog, style);
    out += style.dim("Defined in: " + sanitize(routine.origin.file) + ":" + std::to_string(routine.origin.line)) + "\n";
    return out;
}

std::string safety_text(const model::Safety& safety, const model::Catalog& catalog, const Style& style) {
    std::string out;
    if (!safety.emergency.empty()) {
        out += style.warn(util::wrap(sanitize(safety.emergency), 80)) + "\n\n";
    }
    if (!safety.reminder.empty()) {
        out += style.warn(util::wrap(sanitize(safety.reminder), 80)) + "\n\n";
    }
    out += style.bold("Avoid during acute pain") + "\n";
    bullet_list(out, safety.avoid_acute, false);
    out += "\n" + style.bold("Avoid in general") + "\n";
    bullet_list(out, safety.avoid_general, false);
    out += "\n" + style.bold("See a professional if") + "\n";
    bullet_list(out, safety.seek_help, false);
    if (!safety.sources.empty()) {
        out += "\n" + sources_text(safety.sources, catalog, style);
    }
    return out;
}

std::string search_text(const std::vector<catalog::Hit>& hits, const Style& style, std::size_t columns) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& hit : hits) {
        if (hit.exercise != nullptr) {
            rows.push_back({hit.exercise->id, hit.exercise->name, "exercise",
                            std::string(model::name_of(hit.exercise->category))});
        } else {
            rows.push_back({hit.routine->id, hit.routine->name, "routine", hit.routine->frequency});
        }
    }
    TableFit fit;
    fit.total_width = columns;
    return table({"ID", "NAME", "KIND", "CATEGORY OR FREQUENCY"}, rows, style, fit);
}

} // namespace br::render
