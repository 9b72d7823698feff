#include <backroutine/catalog/fields.hpp>
#include <backroutine/catalog/figure.hpp>
#include <backroutine/catalog/schema.hpp>
#include <backroutine/util/text.hpp>

#include <algorithm>

namespace br::catalog {
namespace {

constexpr int k_max_reps = 500;
constexpr int k_max_sets = 20;
constexpr int k_max_items = 20;

// A single value or a list of values of an enum.
template <typename E>
std::vector<E> read_enum_list(const YamlNode* node, std::string_view key, Diagnostics& out) {
    std::vector<E> items;
    if (node == nullptr || (node->kind == YamlNode::Kind::sequence && node->items.empty())) {
        return items;
    }
    if (node->kind == YamlNode::Kind::sequence) {
        for (const auto& item : node->items) {
            if (auto value = read_enum<E>(*item, key, out)) {
                items.push_back(*value);
            }
        }
    } else if (auto value = read_enum<E>(*node, key, out)) {
        items.push_back(*value);
    }
    return items;
}

// `positions`: a count, or a list of names.
void read_positions(const YamlNode& node, model::Dose& dose, Diagnostics& out) {
    if (node.kind == YamlNode::Kind::sequence) {
        dose.position_names = read_text_list(&node, "positions", out, false);
        if (dose.position_names.size() > static_cast<std::size_t>(k_max_items)) {
            report(out, node, "'positions' has more than " + std::to_string(k_max_items) + " names");
            dose.position_names.clear();
        }
        return;
    }
    if (auto count = read_count(node, "positions", k_max_items, false, out)) {
        dose.position_count = count->low;
    }
}

void check_dose(const YamlNode& node, const model::Dose& dose, bool need_work, Diagnostics& out) {
    const int work_keys = int{dose.reps.has_value()} + int{dose.hold.has_value()} + int{dose.duration.has_value()};
    if (work_keys > 1) {
        report(out, node, "a dose has exactly one of 'reps', 'hold' and 'duration'");
    } else if (work_keys == 0 && need_work) {
        report(out, node, "a dose needs one of 'reps', 'hold' or 'duration'");
    }
    if (work_keys == 1 && !dose.reps && (dose.tempo || dose.rep_hold)) {
        report(out, node, "'tempo' and 'rep_hold' only apply to 'reps'");
    }
    if (!dose.parts.empty() && work_keys == 1 && dose.duration) {
        report(out, node, "'parts' apply to 'reps' or 'hold', not 'duration'");
    }
    if (dose.sides && !dose.directions.empty()) {
        report(out, node, "a dose has either 'sides' or 'directions', not both");
    }
    if (dose.alternate.value_or(false) && need_work && (!dose.reps || !dose.two_sides())) {
        report(out, node, "'alternate' needs 'reps' and 'sides: 2' (left and right alternate rep by rep)");
    }
}

// `directions`: two or more named ways, done in turn.
void read_directions(const YamlNode& node, model::Dose& dose, Diagnostics& out) {
    dose.directions = read_text_list(&node, "directions", out, false);
    if (dose.directions.size() == 1 || dose.directions.size() > static_cast<std::size_t>(k_max_items)) {
        report(out, node,
               "'directions' names from 2 to " + std::to_string(k_max_items) + " ways (e.g. [forward, backward])");
        dose.directions.clear();
    }
}

// `phases`: the names of one rep's phases; the one named `hold` lasts `rep_hold`.
std::vector<std::string> read_phases(const YamlNode& node, const model::Dose& dose, Diagnostics& out) {
    auto phases = read_text_list(&node, "phases", out, false);
    const auto holds = static_cast<std::size_t>(std::count(phases.begin(), phases.end(), "hold"));
    if (phases.size() > static_cast<std::size_t>(k_max_items)) {
        report(out, node, "'phases' has more than " + std::to_string(k_max_items) + " names");
    } else if (holds > 1) {
        report(out, node, "'phases' names 'hold' once at most (it lasts the dose's 'rep_hold')");
    } else if (!phases.empty() && holds == phases.size()) {
        report(out, node, "'phases' needs a movement besides 'hold'");
    } else if (!phases.empty() && dose.work() && !dose.reps) {
        report(out, node, "'phases' apply to exercises done in 'reps'");
    }
    return phases;
}

// The work of a dose: reps (with their tempo and inner hold), a hold or a duration.
void read_work(const Fields& fields, model::Dose& dose, Diagnostics& out) {
    if (const auto* value = fields.get("reps")) {
        dose.reps = read_count(*value, "reps", k_max_reps, true, out);
    }
    if (const auto* value = fields.get("tempo")) {
        dose.tempo = read_duration(*value, "tempo", out);
    }
    if (const auto* value = fields.get("rep_hold")) {
        dose.rep_hold = read_duration(*value, "rep_hold", out);
    }
    if (const auto* value = fields.get("hold")) {
        dose.hold = read_duration_range(*value, "hold", out);
    }
    if (const auto* value = fields.get("duration")) {
        dose.duration = read_duration_range(*value, "duration", out);
    }
}

} // namespace

std::optional<model::Dose> read_dose(const YamlNode& node, bool need_work, Diagnostics& out) {
    if (!expect_map(node, "'dose'", out)) {
        return std::nullopt;
    }
    const std::size_t before = out.size();
    Fields fields(node,
                  {"reps", "tempo", "rep_hold", "hold", "duration", "sides", "directions", "alternate", "sets", "rest",
                   "positions", "parts", "spots"},
                  "dose", out);
    model::Dose dose;
    read_work(fields, dose, out);
    if (const auto* value = fields.get("sides")) {
        if (auto sides = read_count(*value, "sides", 2, false, out)) {
            dose.sides = sides->low;
        }
    }
    if (const auto* value = fields.get("directions")) {
        read_directions(*value, dose, out);
    }
    if (const auto* value = fields.get("alternate")) {
        dose.alternate = read_bool(*value, "alternate", out);
    }
    if (const auto* value = fields.get("sets")) {
        dose.sets = read_count(*value, "sets", k_max_sets, true, out);
    }
    if (const auto* value = fields.get("rest")) {
        dose.rest = read_duration(*value, "rest", out);
    }
    if (const auto* value = fields.get("positions")) {
        read_positions(*value, dose, out);
    }
    if (const auto* value = fields.get("parts")) {
        dose.parts = read_text_list(value, "parts", out, false);
        if (dose.parts.size() > static_cast<std::size_t>(k_max_items)) {
            report(out, *value, "'parts' has more than " + std::to_string(k_max_items) + " names");
        }
    }
    if (const auto* value = fields.get("spots")) {
        dose.spots = read_count(*value, "spots", k_max_items, true, out);
    }
    if (out.size() != before) {
        return std::nullopt;
    }
    check_dose(node, dose, need_work, out);
    if (out.size() != before) {
        return std::nullopt;
    }
    return dose;
}

namespace {

// What kind of exercise it is: category, targets, positions, equipment,
// effort and whether the arms work overhead.
void read_kind(const Fields& fields, model::Exercise& exercise, Diagnostics& out) {
    if (const auto* value = fields.get("category")) {
        exercise.category = read_enum<model::Category>(*value, "category", out).value_or(model::Category::stretch);
    }
    if (const auto* value = fields.get("targets")) {
        exercise.targets = read_text_list(value, "targets", out, false);
        for (std::size_t i = 0; i < exercise.targets.size() && value->kind == YamlNode::Kind::sequence; ++i) {
            if (!util::is_kebab_case(exercise.targets[i])) {
                report(out, *value->items[i],
                       "'targets' are kebab-case body areas (e.g. thoracic-spine), not '" +
                           util::sanitize(exercise.targets[i]) + "'");
            }
        }
    }
    if (const auto* value = fields.get("position")) {
        exercise.positions = read_enum_list<model::Position>(value, "position", out);
        if (exercise.positions.empty() && value->kind == YamlNode::Kind::sequence) {
            report(out, *value, "'position' must not be an empty list");
        }
    }
    exercise.equipment = read_enum_list<model::Equipment>(fields.get("equipment"), "equipment", out);
    if (const auto* value = fields.get("intensity")) {
        exercise.intensity = read_enum<model::Effort>(*value, "intensity", out).value_or(model::Effort::gentle);
    }
    if (const auto* value = fields.get("overhead")) {
        exercise.overhead = read_bool(*value, "overhead", out).value_or(false);
    }
}

} // namespace

std::optional<model::Exercise> read_exercise(const YamlNode& node, Diagnostics& out) {
    if (!expect_map(node, "an exercise", out)) {
        return std::nullopt;
    }
    const std::size_t before = out.size();
    Fields fields(node,
                  {"id", "name", "aliases", "variant_of", "category", "targets", "position", "equipment", "intensity",
                   "overhead", "why", "steps", "dose", "cues", "phases", "cautions", "variations", "sources", "figure"},
                  "exercise", out);
    fields.require({"id", "name", "category", "targets", "position", "intensity", "why", "steps", "dose"});
    model::Exercise exercise;
    exercise.origin.line = node.line;
    exercise.origin.column = node.column;
    if (const auto* value = fields.get("id")) {
        exercise.id = read_id(*value, "id", out).value_or("");
    }
    if (const auto* value = fields.get("name")) {
        exercise.name = read_text(*value, "name", out).value_or("");
    }
    exercise.aliases = read_text_list(fields.get("aliases"), "aliases", out);
    if (const auto* value = fields.get("variant_of")) {
        exercise.variant_of = read_id(*value, "variant_of", out).value_or("");
    }
    read_kind(fields, exercise, out);
    if (const auto* value = fields.get("why")) {
        exercise.why = read_text(*value, "why", out).value_or("");
    }
    if (const auto* value = fields.get("steps")) {
        exercise.steps = read_text_list(value, "steps", out, false);
    }
    if (const auto* value = fields.get("dose")) {
        exercise.dose = read_dose(*value, true, out).value_or(model::Dose{});
    }
    exercise.cues = read_text_list(fields.get("cues"), "cues", out);
    if (const auto* value = fields.get("phases")) {
        exercise.phases = read_phases(*value, exercise.dose, out);
    }
    exercise.cautions = read_text_list(fields.get("cautions"), "cautions", out);
    exercise.variations = read_text_list(fields.get("variations"), "variations", out);
    exercise.sources = read_text_list(fields.get("sources"), "sources", out);
    if (const auto* value = fields.get("figure")) {
        if (auto figure = read_figure(*value, exercise.dose, out)) {
            exercise.figure = std::make_shared<const model::Figure>(std::move(*figure));
        }
    }
    if (!exercise.id.empty() && exercise.variant_of == exercise.id) {
        report(out, *fields.get("variant_of"), "'variant_of' names the exercise itself");
    }
    if (out.size() != before) {
        return std::nullopt;
    }
    return exercise;
}

} // namespace br::catalog
