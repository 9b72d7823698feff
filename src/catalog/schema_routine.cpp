// Reading routines, the safety notes and a catalog file's top level; exercises
// and doses are read in schema.cpp.
#include <backroutine/catalog/fields.hpp>
#include <backroutine/catalog/schema.hpp>
#include <backroutine/util/text.hpp>

namespace br::catalog {

namespace {

std::optional<model::RoutineStep> read_step(const YamlNode& node, Diagnostics& out) {
    if (!expect_map(node, "a routine step", out)) {
        return std::nullopt;
    }
    const std::size_t before = out.size();
    Fields fields(node, {"exercise", "routine", "dose", "note"}, "routine step", out);
    model::RoutineStep step;
    step.line = node.line;
    step.column = node.column;
    const auto* exercise = fields.get("exercise");
    const auto* routine = fields.get("routine");
    if ((exercise == nullptr) == (routine == nullptr)) {
        report(out, node, "a routine step names exactly one of 'exercise' and 'routine'");
        return std::nullopt;
    }
    if (exercise != nullptr) {
        step.exercise = read_id(*exercise, "exercise", out).value_or("");
        step.line = exercise->line;
        step.column = exercise->column;
    } else {
        step.routine = read_id(*routine, "routine", out).value_or("");
        step.line = routine->line;
        step.column = routine->column;
    }
    if (const auto* dose = fields.get("dose")) {
        if (routine != nullptr) {
            report(out, *dose, "a 'routine' step takes no 'dose' (override doses in that routine's steps)");
        } else {
            step.dose = read_dose(*dose, false, out);
        }
    }
    if (const auto* note = fields.get("note")) {
        step.note = read_text(*note, "note", out).value_or("");
    }
    if (out.size() != before) {
        return std::nullopt;
    }
    return step;
}

} // namespace

std::optional<model::Routine> read_routine(const YamlNode& node, Diagnostics& out) {
    if (!expect_map(node, "a routine", out)) {
        return std::nullopt;
    }
    const std::size_t before = out.size();
    Fields fields(node, {"id", "name", "description", "frequency", "intensity", "steps", "sources"}, "routine", out);
    fields.require({"id", "name", "steps"});
    model::Routine routine;
    routine.origin.line = node.line;
    routine.origin.column = node.column;
    if (const auto* value = fields.get("id")) {
        routine.id = read_id(*value, "id", out).value_or("");
    }
    if (const auto* value = fields.get("name")) {
        routine.name = read_text(*value, "name", out).value_or("");
    }
    if (const auto* value = fields.get("description")) {
        routine.description = read_text(*value, "description", out).value_or("");
    }
    if (const auto* value = fields.get("frequency")) {
        routine.frequency = read_text(*value, "frequency", out).value_or("");
        if (const auto target = model::parse_weekly_target(routine.frequency); !target.error.empty()) {
            report(out, *value, "'frequency': " + target.error);
        }
    }
    if (const auto* value = fields.get("intensity")) {
        if (auto intensity = read_enum<model::RoutineIntensity>(*value, "intensity", out)) {
            routine.intensity = *intensity;
            routine.intensity_given = true;
        }
    }
    if (const auto* value = fields.get("steps")) {
        if (value->kind != YamlNode::Kind::sequence || value->items.empty()) {
            report(out, *value,
                   value->kind == YamlNode::Kind::sequence
                       ? "'steps' must not be an empty list"
                       : "'steps' must be a list, not " + std::string(describe_kind(*value)));
        } else {
            for (const auto& item : value->items) {
                if (auto step = read_step(*item, out)) {
                    routine.steps.push_back(std::move(*step));
                }
            }
        }
    }
    routine.sources = read_text_list(fields.get("sources"), "sources", out);
    if (out.size() != before) {
        return std::nullopt;
    }
    return routine;
}

namespace {

model::Safety read_safety(const YamlNode& node, Diagnostics& out) {
    model::Safety safety;
    if (!expect_map(node, "'safety'", out)) {
        return safety;
    }
    Fields fields(node, {"emergency", "reminder", "avoid_acute", "avoid_general", "seek_help", "sources"}, "safety",
                  out);
    if (const auto* value = fields.get("emergency")) {
        safety.emergency = read_text(*value, "emergency", out).value_or("");
    }
    if (const auto* value = fields.get("reminder")) {
        safety.reminder = read_text(*value, "reminder", out).value_or("");
    }
    safety.avoid_acute = read_text_list(fields.get("avoid_acute"), "avoid_acute", out);
    safety.avoid_general = read_text_list(fields.get("avoid_general"), "avoid_general", out);
    safety.seek_help = read_text_list(fields.get("seek_help"), "seek_help", out);
    safety.sources = read_text_list(fields.get("sources"), "sources", out);
    return safety;
}

// An article: the id entries cite it by, its title, and who published it when.
std::optional<model::Source> read_source(const YamlNode& node, Diagnostics& out) {
    if (!expect_map(node, "a source", out)) {
        return std::nullopt;
    }
    const std::size_t before = out.size();
    Fields fields(node, {"id", "title", "publisher", "date"}, "source", out);
    fields.require({"id", "title"});
    model::Source source;
    source.origin.line = node.line;
    source.origin.column = node.column;
    for (auto [key, into] : {std::pair{"id", &source.id}, std::pair{"title", &source.title},
                             std::pair{"publisher", &source.publisher}, std::pair{"date", &source.date}}) {
        if (const auto* value = fields.get(key)) {
            *into = read_text(*value, key, out).value_or("");
        }
    }
    if (out.size() != before) {
        return std::nullopt;
    }
    return source;
}

// The items of a top-level list, or a report that it is not one.
const std::vector<NodePtr>* list_of(const YamlNode* node, std::string_view key, Diagnostics& out) {
    if (node == nullptr || node->kind == YamlNode::Kind::null) {
        return nullptr;
    }
    if (node->kind != YamlNode::Kind::sequence) {
        report(out, *node, "'" + std::string(key) + "' must be a list, not " + std::string(describe_kind(*node)));
        return nullptr;
    }
    return &node->items;
}

} // namespace

FileContents read_catalog(const YamlNode& root, const std::string& file, Diagnostics& out) {
    FileContents contents;
    if (root.kind != YamlNode::Kind::map) {
        report(out, root,
               "a catalog file must be a mapping with 'exercises', 'routines', 'safety' or 'sources', not " +
                   std::string(describe_kind(root)));
        return contents;
    }
    Fields fields(root, {"exercises", "routines", "safety", "sources"}, "a catalog file", out);
    if (const auto* items = list_of(fields.get("exercises"), "exercises", out)) {
        for (const auto& item : *items) {
            if (auto exercise = read_exercise(*item, out)) {
                exercise->origin.file = file;
                contents.exercises.push_back(std::move(*exercise));
            }
        }
    }
    if (const auto* items = list_of(fields.get("routines"), "routines", out)) {
        for (const auto& item : *items) {
            if (auto routine = read_routine(*item, out)) {
                routine->origin.file = file;
                contents.routines.push_back(std::move(*routine));
            }
        }
    }
    if (const auto* node = fields.get("safety")) {
        contents.safety = read_safety(*node, out);
    }
    if (const auto* items = list_of(fields.get("sources"), "sources", out)) {
        for (const auto& item : *items) {
            if (auto source = read_source(*item, out)) {
                source->origin.file = file;
                contents.sources.push_back(std::move(*source));
            }
        }
    }
    return contents;
}

} // namespace br::catalog
