#include <backroutine/catalog/config.hpp>
#include <backroutine/catalog/fields.hpp>
#include <backroutine/catalog/yaml_tree.hpp>
#include <backroutine/model/window.hpp>

namespace br::catalog {
namespace {

// A timing value: a duration, or 0 (or 0s) to skip that pause altogether.
void read_seconds(const Fields& fields, std::string_view key, int& into, Diagnostics& out) {
    const YamlNode* node = fields.get(key);
    if (node == nullptr) {
        return;
    }
    const bool zero = node->value == "0" || node->value == "0s" || node->value == "0m";
    if (node->kind == YamlNode::Kind::scalar && node->plain && zero) {
        into = 0;
    } else if (auto seconds = read_duration(*node, key, out)) {
        into = *seconds;
    }
}

void read_reminder(const YamlNode& node, model::Settings& settings, Diagnostics& out) {
    if (!expect_map(node, "'reminder'", out)) {
        return;
    }
    Fields fields(node, {"every", "between", "routine", "notify", "micro_every", "micro_routine"}, "reminder", out);
    if (const auto* every = fields.get("every")) {
        if (auto text = read_text(*every, "every", out)) {
            auto seconds = model::parse_interval(*text);
            if (seconds) {
                settings.remind_every = *seconds.value;
            } else {
                report(out, *every, "'every' " + seconds.error);
            }
        }
    }
    if (const auto* between = fields.get("between")) {
        if (auto text = read_text(*between, "between", out)) {
            if (model::parse_window(*text)) {
                settings.remind_between = *text;
            } else {
                report(out, *between, "'between' is not HH:MM-HH:MM (e.g. 09:00-17:30)");
            }
        }
    }
    if (const auto* routine = fields.get("routine")) {
        settings.remind_routine = read_id(*routine, "routine", out);
    }
    if (const auto* notify = fields.get("notify")) {
        settings.remind_notify = read_bool(*notify, "notify", out).value_or(false);
    }
    if (const auto* every = fields.get("micro_every")) {
        if (auto text = read_text(*every, "micro_every", out); text && *text == "off") {
            settings.remind_micro_every = 0;
        } else if (text) {
            auto seconds = model::parse_interval(*text);
            if (seconds) {
                settings.remind_micro_every = *seconds.value;
            } else {
                report(out, *every, "'micro_every': write an interval (20m, 1h) or off");
            }
        }
    }
    if (const auto* routine = fields.get("micro_routine")) {
        settings.remind_micro_routine = read_id(*routine, "micro_routine", out);
    }
}

// A command as words: a list, or one word (the program); empty when invalid.
std::vector<std::string> read_command(const YamlNode& node, std::string_view key, Diagnostics& out) {
    auto words = node.kind == YamlNode::Kind::sequence
                     ? read_text_list(&node, key, out, false)
                     : std::vector<std::string>{read_text(node, key, out).value_or("")};
    if (!words.empty() && words.front().empty()) {
        words.clear();
    }
    return words;
}

// hooks: EVENT: command words (a list, or one word), started without a shell.
void read_hooks(const YamlNode& node, model::Settings& settings, Diagnostics& out) {
    if (!expect_map(node, "'hooks'", out)) {
        return;
    }
    const auto& events = model::k_hook_events;
    Fields fields(node, {events[0], events[1], events[2], events[3], events[4]}, "hooks", out);
    for (const auto event : events) {
        const YamlNode* value = fields.get(event);
        if (value == nullptr) {
            continue;
        }
        if (auto words = read_command(*value, event, out); !words.empty()) {
            settings.hooks[std::string(event)] = std::move(words);
        }
    }
}

void read_timing(const YamlNode& node, model::Timing& timing, Diagnostics& out) {
    if (!expect_map(node, "'timing'", out)) {
        return;
    }
    Fields fields(node,
                  {"lead_in", "setup_same", "setup_change", "setup_floor", "setup_equipment", "tempo", "switch_sides",
                   "rest", "transition"},
                  "timing", out);
    read_seconds(fields, "lead_in", timing.lead_in, out);
    read_seconds(fields, "setup_same", timing.setup_same, out);
    read_seconds(fields, "setup_change", timing.setup_change, out);
    read_seconds(fields, "setup_floor", timing.setup_floor, out);
    read_seconds(fields, "setup_equipment", timing.setup_equipment, out);
    if (const auto* tempo = fields.get("tempo")) {
        timing.tempo = read_duration(*tempo, "tempo", out).value_or(timing.tempo);
    }
    read_seconds(fields, "switch_sides", timing.switch_sides, out);
    read_seconds(fields, "rest", timing.rest, out);
    read_seconds(fields, "transition", timing.transition, out);
}

} // namespace

void read_settings(const SourceFile& file, model::Settings& settings, Diagnostics& out) {
    const std::size_t before = out.size();
    YamlParse parsed = parse_yaml(file.text);
    out.insert(out.end(), parsed.diagnostics.begin(), parsed.diagnostics.end());
    if (parsed.root != nullptr && parsed.root->kind != YamlNode::Kind::null &&
        expect_map(*parsed.root, "the config file", out)) {
        Fields fields(*parsed.root,
                      {"timing", "intensity", "bell", "voice", "voice_command", "voice_reps", "color", "log",
                       "reminder", "hooks"},
                      "the config file", out);
        if (const auto* reminder = fields.get("reminder")) {
            read_reminder(*reminder, settings, out);
        }
        if (const auto* hooks = fields.get("hooks")) {
            read_hooks(*hooks, settings, out);
        }
        for (auto [key, into] : {std::pair{"bell", &settings.bell}, std::pair{"voice", &settings.voice},
                                 std::pair{"color", &settings.color}, std::pair{"log", &settings.log}}) {
            if (const auto* node = fields.get(key)) {
                *into = read_bool(*node, key, out).value_or(*into);
            }
        }
        if (const auto* command = fields.get("voice_command")) {
            if (auto words = read_command(*command, "voice_command", out); !words.empty()) {
                settings.voice_command = std::move(words);
            }
        }
        if (const auto* timing = fields.get("timing")) {
            read_timing(*timing, settings.timing, out);
        }
        if (const auto* reps = fields.get("voice_reps")) {
            if (auto index = read_choice(*reps, "voice_reps", {"cues", "count", "off"}, out)) {
                settings.voice_reps = static_cast<model::VoiceReps>(*index);
            }
        }
        if (const auto* intensity = fields.get("intensity")) {
            if (auto index = read_choice(*intensity, "intensity", model::names_of<model::RoutineIntensity>(), out)) {
                settings.intensity = static_cast<model::RoutineIntensity>(*index);
            }
        }
    }
    for (std::size_t i = before; i < out.size(); ++i) {
        out[i].file = file.name;
    }
}

} // namespace br::catalog
