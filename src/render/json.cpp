#include <backroutine/render/json.hpp>

namespace br::render {
namespace {

nlohmann::json range_json(const model::Range& range) {
    if (range.is_single()) {
        return range.low;
    }
    return nlohmann::json::array({range.low, range.high});
}

template <typename E>
nlohmann::json names_json(const std::vector<E>& values) {
    auto out = nlohmann::json::array();
    for (const auto value : values) {
        out.push_back(std::string(model::name_of(value)));
    }
    return out;
}

} // namespace

nlohmann::json to_json(const model::Dose& dose) {
    nlohmann::json out = nlohmann::json::object();
    if (dose.reps) {
        out["reps"] = range_json(*dose.reps);
    }
    if (dose.tempo) {
        out["tempo"] = *dose.tempo;
    }
    if (dose.rep_hold) {
        out["rep_hold"] = *dose.rep_hold;
    }
    if (dose.hold) {
        out["hold"] = range_json(*dose.hold);
    }
    if (dose.duration) {
        out["duration"] = range_json(*dose.duration);
    }
    if (dose.sides) {
        out["sides"] = *dose.sides;
    }
    if (!dose.directions.empty()) {
        out["directions"] = dose.directions;
    }
    if (dose.alternate) {
        out["alternate"] = *dose.alternate;
    }
    if (dose.sets) {
        out["sets"] = range_json(*dose.sets);
    }
    if (dose.rest) {
        out["rest"] = *dose.rest;
    }
    if (!dose.position_names.empty()) {
        out["positions"] = dose.position_names;
    } else if (dose.position_count) {
        out["positions"] = *dose.position_count;
    }
    if (!dose.parts.empty()) {
        out["parts"] = dose.parts;
    }
    if (dose.spots) {
        out["spots"] = range_json(*dose.spots);
    }
    out["text"] = model::describe(dose);
    return out;
}

namespace {

nlohmann::json figure_json(const model::Figure& figure) {
    nlohmann::json props = nlohmann::json::array();
    for (const auto& prop : figure.props) {
        props.push_back({{"kind", model::name_of(prop.kind)},
                         {"at", prop.at ? nlohmann::json(model::name_of(*prop.at)) : nlohmann::json(nullptr)}});
    }
    nlohmann::json keyframes = nlohmann::json::array();
    for (const auto& key : figure.keyframes) {
        nlohmann::json angles = nlohmann::json::object();
        for (const auto& [joint, angle] : model::pose_entries(key.pose)) {
            angles[joint] = angle;
        }
        nlohmann::json keyframe = {{"name", key.name}, {"angles", angles}};
        if (key.pose.rests_on) {
            keyframe["rests_on"] = model::name_of(*key.pose.rests_on);
        }
        keyframes.push_back(keyframe);
    }
    return {{"view", model::name_of(figure.view)}, {"props", props}, {"keyframes", keyframes}};
}

// Each source by id and by the name readers see, with the title, publisher
// and date where the catalog lists the article.
nlohmann::json sources_json(const std::vector<std::string>& ids, const model::Catalog& catalog) {
    auto out = nlohmann::json::array();
    for (const auto& id : ids) {
        nlohmann::json item{{"id", id}, {"name", catalog.source_name(id)}};
        if (const model::Source* source = catalog.find_source(id)) {
            for (auto [key, value] : {std::pair{"title", &source->title}, std::pair{"publisher", &source->publisher},
                                      std::pair{"date", &source->date}}) {
                if (!value->empty()) {
                    item[key] = *value;
                }
            }
        }
        out.push_back(std::move(item));
    }
    return out;
}

} // namespace

nlohmann::json to_json(const model::Exercise& exercise, const model::Catalog& catalog) {
    nlohmann::json out;
    out["id"] = exercise.id;
    out["name"] = exercise.name;
    out["aliases"] = exercise.aliases;
    out["variant_of"] = exercise.variant_of.empty() ? nlohmann::json(nullptr) : nlohmann::json(exercise.variant_of);
    out["category"] = model::name_of(exercise.category);
    out["targets"] = exercise.targets;
    out["position"] = model::name_of(exercise.position());
    out["positions"] = names_json(exercise.positions);
    out["equipment"] = names_json(exercise.equipment);
    out["intensity"] = model::name_of(exercise.intensity);
    out["overhead"] = exercise.overhead;
    out["why"] = exercise.why;
    out["steps"] = exercise.steps;
    out["dose"] = to_json(exercise.dose);
    out["cues"] = exercise.cues;
    out["phases"] = exercise.phases;
    out["cautions"] = exercise.cautions;
    out["variations"] = exercise.variations;
    out["sources"] = sources_json(exercise.sources, catalog);
    out["figure"] = exercise.figure ? figure_json(*exercise.figure) : nlohmann::json(nullptr);
    out["source_file"] = exercise.origin.file;
    return out;
}

nlohmann::json to_json(const model::Routine& routine, const model::Catalog& catalog) {
    nlohmann::json out;
    out["id"] = routine.id;
    out["name"] = routine.name;
    out["description"] = routine.description;
    out["frequency"] = routine.frequency;
    out["intensity"] = model::name_of(routine.intensity);
    auto steps = nlohmann::json::array();
    for (const auto& step : routine.steps) {
        nlohmann::json item;
        if (!step.exercise.empty()) {
            item["exercise"] = step.exercise;
        } else {
            item["routine"] = step.routine;
        }
        if (step.dose) {
            item["dose"] = to_json(*step.dose);
        }
        if (!step.note.empty()) {
            item["note"] = step.note;
        }
        steps.push_back(std::move(item));
    }
    out["steps"] = std::move(steps);
    out["sources"] = sources_json(routine.sources, catalog);
    out["source_file"] = routine.origin.file;
    return out;
}

nlohmann::json to_json(const model::Safety& safety, const model::Catalog& catalog) {
    return {{"emergency", safety.emergency},     {"reminder", safety.reminder},
            {"avoid_acute", safety.avoid_acute}, {"avoid_general", safety.avoid_general},
            {"seek_help", safety.seek_help},     {"sources", sources_json(safety.sources, catalog)}};
}

} // namespace br::render

namespace br::render {

std::string dump(const nlohmann::json& value, bool pretty) {
    return value.dump(pretty ? 2 : -1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace br::render
