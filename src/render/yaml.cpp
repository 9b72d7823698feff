#include <backroutine/render/yaml.hpp>

#include <yaml-cpp/emitter.h>
#include <yaml-cpp/emittermanip.h>

namespace br::render {
namespace {

void emit_list(YAML::Emitter& out, const char* key, const std::vector<std::string>& items, bool flow) {
    out << YAML::Key << key << YAML::Value;
    if (flow || items.empty()) { // an empty list reads best as `key: []`
        out << YAML::Flow;
    }
    out << YAML::BeginSeq;
    for (const auto& item : items) {
        out << item;
    }
    out << YAML::EndSeq;
}

template <typename E>
std::vector<std::string> names(const std::vector<E>& values) {
    std::vector<std::string> out;
    for (const auto value : values) {
        out.emplace_back(model::name_of(value));
    }
    return out;
}

void emit_dose(YAML::Emitter& out, const model::Dose& dose) {
    out << YAML::Flow << YAML::BeginMap;
    auto count = [&](const char* key, const std::optional<model::Range>& range) {
        if (range) {
            out << YAML::Key << key << YAML::Value << model::format_count_range(*range);
        }
    };
    auto seconds = [&](const char* key, const std::optional<int>& value) {
        if (value) {
            out << YAML::Key << key << YAML::Value << model::format_duration(*value);
        }
    };
    auto span = [&](const char* key, const std::optional<model::Range>& range) {
        if (range) {
            out << YAML::Key << key << YAML::Value << model::format_duration_range(*range);
        }
    };
    count("reps", dose.reps);
    seconds("tempo", dose.tempo);
    seconds("rep_hold", dose.rep_hold);
    span("hold", dose.hold);
    span("duration", dose.duration);
    if (dose.sides) {
        out << YAML::Key << "sides" << YAML::Value << *dose.sides;
    }
    if (!dose.directions.empty()) {
        emit_list(out, "directions", dose.directions, true);
    }
    if (dose.alternate) {
        out << YAML::Key << "alternate" << YAML::Value << *dose.alternate;
    }
    count("sets", dose.sets);
    seconds("rest", dose.rest);
    if (!dose.position_names.empty()) {
        emit_list(out, "positions", dose.position_names, true);
    } else if (dose.position_count) {
        out << YAML::Key << "positions" << YAML::Value << *dose.position_count;
    }
    if (!dose.parts.empty()) {
        emit_list(out, "parts", dose.parts, true);
    }
    count("spots", dose.spots);
    out << YAML::EndMap;
}

void emit_routine_body(YAML::Emitter& out, const model::Routine& routine) {
    out << YAML::Key << "id" << YAML::Value << routine.id;
    out << YAML::Key << "name" << YAML::Value << routine.name;
    if (!routine.description.empty()) {
        out << YAML::Key << "description" << YAML::Value << routine.description;
    }
    if (!routine.frequency.empty()) {
        out << YAML::Key << "frequency" << YAML::Value << routine.frequency;
    }
    out << YAML::Key << "intensity" << YAML::Value << std::string(model::name_of(routine.intensity));
    out << YAML::Key << "steps" << YAML::Value << YAML::BeginSeq;
    for (const auto& step : routine.steps) {
        out << YAML::BeginMap;
        if (!step.exercise.empty()) {
            out << YAML::Key << "exercise" << YAML::Value << step.exercise;
        } else {
            out << YAML::Key << "routine" << YAML::Value << step.routine;
        }
        if (step.dose) {
            out << YAML::Key << "dose" << YAML::Value;
            emit_dose(out, *step.dose);
        }
        if (!step.note.empty()) {
            out << YAML::Key << "note" << YAML::Value << step.note;
        }
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
    if (!routine.sources.empty()) {
        emit_list(out, "sources", routine.sources, true);
    }
}

void emit_figure(YAML::Emitter& out, const model::Figure& figure) {
    out << YAML::Key << "figure" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "view" << YAML::Value << std::string(model::name_of(figure.view));
    if (!figure.props.empty()) {
        out << YAML::Key << "props" << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (const auto& prop : figure.props) {
            if (prop.at) {
                out << YAML::BeginMap << YAML::Key << std::string(model::name_of(prop.kind)) << YAML::Value
                    << std::string(model::name_of(*prop.at)) << YAML::EndMap;
            } else {
                out << std::string(model::name_of(prop.kind));
            }
        }
        out << YAML::EndSeq;
    }
    out << YAML::Key << "keyframes" << YAML::Value << YAML::BeginMap;
    for (const auto& key : figure.keyframes) {
        out << YAML::Key << key.name << YAML::Value << YAML::Flow << YAML::BeginMap;
        for (const auto& [joint, angle] : model::pose_entries(key.pose)) {
            out << YAML::Key << joint << YAML::Value << angle;
        }
        if (key.pose.rests_on) {
            out << YAML::Key << "rests_on" << YAML::Value << std::string(model::name_of(*key.pose.rests_on));
        }
        out << YAML::EndMap;
    }
    out << YAML::EndMap << YAML::EndMap;
}

} // namespace

std::string to_yaml(const model::Exercise& exercise) {
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginMap << YAML::Key << "exercises" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    out << YAML::Key << "id" << YAML::Value << exercise.id;
    out << YAML::Key << "name" << YAML::Value << exercise.name;
    emit_list(out, "aliases", exercise.aliases, true);
    if (!exercise.variant_of.empty()) {
        out << YAML::Key << "variant_of" << YAML::Value << exercise.variant_of;
    }
    out << YAML::Key << "category" << YAML::Value << std::string(model::name_of(exercise.category));
    emit_list(out, "targets", exercise.targets, true);
    if (exercise.positions.size() == 1) {
        out << YAML::Key << "position" << YAML::Value << std::string(model::name_of(exercise.position()));
    } else {
        emit_list(out, "position", names(exercise.positions), true);
    }
    emit_list(out, "equipment", names(exercise.equipment), true);
    out << YAML::Key << "intensity" << YAML::Value << std::string(model::name_of(exercise.intensity));
    out << YAML::Key << "overhead" << YAML::Value << (exercise.overhead ? "true" : "false");
    out << YAML::Key << "why" << YAML::Value << exercise.why;
    emit_list(out, "steps", exercise.steps, false);
    out << YAML::Key << "dose" << YAML::Value;
    emit_dose(out, exercise.dose);
    emit_list(out, "cues", exercise.cues, false);
    if (!exercise.phases.empty()) {
        emit_list(out, "phases", exercise.phases, true);
    }
    emit_list(out, "cautions", exercise.cautions, false);
    if (!exercise.variations.empty()) {
        emit_list(out, "variations", exercise.variations, false);
    }
    emit_list(out, "sources", exercise.sources, true);
    if (exercise.figure) {
        emit_figure(out, *exercise.figure);
    }
    out << YAML::EndMap << YAML::EndSeq << YAML::EndMap;
    return std::string(out.c_str()) + "\n";
}

std::string to_yaml(const model::Routine& routine) {
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginMap << YAML::Key << "routines" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    emit_routine_body(out, routine);
    out << YAML::EndMap << YAML::EndSeq << YAML::EndMap;
    return std::string(out.c_str()) + "\n";
}

std::string routine_file_yaml(const model::Routine& routine) {
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginMap;
    emit_routine_body(out, routine);
    out << YAML::EndMap;
    return std::string(out.c_str()) + "\n";
}

} // namespace br::render
