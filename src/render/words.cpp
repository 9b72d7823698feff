#include <backroutine/model/quantity.hpp>
#include <backroutine/render/words.hpp>
#include <backroutine/util/text.hpp>

namespace br::render {
namespace {

using model::SegmentKind;

std::string side_word(model::Side side) {
    return std::string(model::name_of(side)) + " side";
}

// " — backward" for a segment done one way of several, else "".
std::string way_words(const model::Segment& segment) {
    return segment.direction.empty() ? "" : " — " + util::sanitize(segment.direction);
}

// "10 reps, hold 2s each"; "5 reps each side, alternating"
std::string reps_words(const model::Segment& segment) {
    std::string text = std::to_string(segment.reps) + (segment.reps == 1 ? " rep" : " reps");
    if (segment.alternate) {
        text += " each side, alternating";
    }
    if (segment.rep_hold > 0) {
        text += ", hold " + std::to_string(segment.rep_hold) + "s each";
    }
    return text;
}

std::string title(const model::Segment& segment, const std::string& name) {
    switch (segment.kind) {
    case SegmentKind::lead_in:
        return "Get ready";
    case SegmentKind::setup:
        return "Set up: " + name;
    case SegmentKind::reps:
        return name + way_words(segment) + " — " + reps_words(segment);
    case SegmentKind::hold:
        return name + way_words(segment) + " — hold " + model::format_duration(segment.duration);
    case SegmentKind::timed:
        return name + way_words(segment) + " — " + model::format_duration(segment.duration);
    case SegmentKind::switch_sides:
        return segment.direction.empty() ? "Switch sides" : "Change direction" + way_words(segment);
    case SegmentKind::rest:
        return "Rest";
    case SegmentKind::transition:
        return util::sanitize(segment.cue);
    case SegmentKind::done:
        return "Done";
    }
    return name;
}

std::string action(SegmentKind kind) {
    switch (kind) {
    case SegmentKind::lead_in:
        return "Get ready";
    case SegmentKind::setup:
        return "Get into position";
    case SegmentKind::hold:
        return "Hold";
    case SegmentKind::reps:
        return "Reps";
    case SegmentKind::timed:
        return "Keep going";
    case SegmentKind::switch_sides:
        return "Switch sides";
    case SegmentKind::rest:
        return "Rest";
    case SegmentKind::transition:
        return "Move";
    case SegmentKind::done:
        return "Done";
    }
    return {};
}

std::string heading(const model::Segment& segment, const std::string& name, const std::string& action) {
    std::string text = name.empty() ? action : name;
    if (segment.side != model::Side::none) {
        text += " — " + side_word(segment.side);
    } else if (!segment.direction.empty()) {
        text += " — " + util::sanitize(segment.direction);
    } else if (segment.alternate) {
        text += " — alternating sides";
    }
    if (const std::string label = util::sanitize(segment.label()); !label.empty()) {
        text += " — " + label;
    }
    if (segment.sets > 0) {
        text += " · set " + std::to_string(segment.set) + " of " + std::to_string(segment.sets);
    }
    return text;
}

std::string next(const model::Segment& segment, const std::string& name, const std::string& title) {
    switch (segment.kind) {
    case SegmentKind::setup:
        return "Next: " + name;
    case SegmentKind::switch_sides:
        return segment.direction.empty() ? "Next: switch sides" : "Next: change direction" + way_words(segment);
    case SegmentKind::rest:
        return "Next: rest " + model::format_duration(segment.duration);
    case SegmentKind::transition:
        return "Next: " + title;
    default:
        return "Next: " + title + (segment.side != model::Side::none ? ", " + side_word(segment.side) : "");
    }
}

// The work part of a plain line: name, side, set, dose and cue.
std::string work_line(const model::Segment& segment, const std::string& name, const std::string& cue) {
    std::string line = name + way_words(segment);
    if (segment.side != model::Side::none) {
        line += " — " + side_word(segment.side);
    }
    if (segment.sets > 0) {
        line += " — set " + std::to_string(segment.set) + " of " + std::to_string(segment.sets);
    }
    if (segment.kind == SegmentKind::reps) {
        line += " — " + reps_words(segment);
    } else if (segment.kind == SegmentKind::hold) {
        line += " — hold " + model::format_duration(segment.duration);
    } else {
        line += " — " + model::format_duration(segment.duration);
    }
    if (!cue.empty()) {
        line += " (" + cue + ")";
    }
    return line;
}

std::string line(const model::Segment& segment, const std::string& name, const std::string& cue) {
    switch (segment.kind) {
    case SegmentKind::lead_in:
        return "Get ready — " + cue;
    case SegmentKind::setup:
        return name + " — set up (" + model::format_duration(segment.duration) + ")";
    case SegmentKind::switch_sides:
        return segment.direction.empty() ? "Switch sides" : "Change direction — " + util::sanitize(segment.direction);
    case SegmentKind::rest:
        return "Rest " + model::format_duration(segment.duration);
    case SegmentKind::transition:
        return util::sanitize(segment.cue) + " (" + model::format_duration(segment.duration) + ")";
    case SegmentKind::done:
        return "Done";
    default:
        return work_line(segment, name, cue);
    }
}

// "30 seconds", "1 minute", "1 minute 30 seconds".
std::string spoken_seconds(int seconds) {
    auto unit = [](int n, const char* one) { return std::to_string(n) + " " + one + (n == 1 ? "" : "s"); };
    if (seconds < 60) {
        return unit(seconds, "second");
    }
    return unit(seconds / 60, "minute") + (seconds % 60 != 0 ? " " + unit(seconds % 60, "second") : "");
}

std::string capitalized(std::string text) {
    if (!text.empty() && text.front() >= 'a' && text.front() <= 'z') {
        text.front() = static_cast<char>(text.front() - 'a' + 'A');
    }
    return text;
}

std::string lowered(std::string text) {
    if (text.size() > 1 && text.front() >= 'A' && text.front() <= 'Z' && !(text[1] >= 'A' && text[1] <= 'Z')) {
        text.front() = static_cast<char>(text.front() - 'A' + 'a');
    }
    return text;
}

// ", left side" or ", backward".
std::string spoken_way(const model::Segment& segment) {
    if (segment.side != model::Side::none) {
        return ", " + side_word(segment.side);
    }
    return segment.direction.empty() ? "" : ", " + util::sanitize(segment.direction);
}

// What the work is, said at its start: "Set 2 of 3. 12 reps." "Spot 2 of 2. Hold 1 minute."
std::string spoken_work(const model::Segment& segment, const std::string& name) {
    std::string text;
    if (segment.sets > 0) {
        text += "Set " + std::to_string(segment.set) + " of " + std::to_string(segment.sets) + ". ";
    }
    if (const std::string label = util::sanitize(segment.label()); !label.empty()) {
        text += label + ". ";
    }
    if (segment.kind == SegmentKind::hold) {
        return text + "Hold " + spoken_seconds(segment.duration) + spoken_way(segment) + ".";
    }
    if (segment.kind == SegmentKind::reps) {
        const std::string reps = std::to_string(segment.reps) + (segment.reps == 1 ? " rep" : " reps");
        return text + reps + (segment.alternate ? " each side, left first" : spoken_way(segment)) + ".";
    }
    const std::string cue = util::sanitize(segment.cue);
    return text + name + " for " + spoken_seconds(segment.duration) + spoken_way(segment) + "." +
           (cue.empty() || cue == util::sanitize(segment.label()) ? "" : " " + cue + ".");
}

std::optional<std::string> spoken(const model::Segment& segment, const std::string& name,
                                  const model::TimelineStep* step) {
    switch (segment.kind) {
    case SegmentKind::lead_in:
        return "Get ready.";
    case SegmentKind::setup:
        return name + "." +
               (step != nullptr ? " " + capitalized(std::string(model::plain_words(step->position))) + "." : "");
    case SegmentKind::hold:
    case SegmentKind::reps:
    case SegmentKind::timed:
        return spoken_work(segment, name);
    case SegmentKind::switch_sides:
        return segment.direction.empty() ? "Switch sides."
                                         : "Change direction: " + util::sanitize(segment.direction) + ".";
    case SegmentKind::rest:
        return "Rest " + spoken_seconds(segment.duration) + "." +
               (segment.sets > 0 ? " Next: set " + std::to_string(segment.set + 1) + "." : "");
    case SegmentKind::transition: {
        const std::string label = util::sanitize(segment.label());
        const std::string cue = util::sanitize(segment.cue);
        return label.empty() ? cue + "." : label + ": " + lowered(cue) + ".";
    }
    case SegmentKind::done:
        return std::nullopt; // the finish event speaks
    }
    return std::nullopt;
}

} // namespace

SegmentWords words_for(const model::Segment& segment, const model::TimelineStep* step) {
    const std::string name = util::sanitize(segment.name);
    const std::string cue = util::sanitize(segment.cue);
    SegmentWords words;
    words.title = title(segment, name);
    words.detail = model::is_work(segment.kind) && !cue.empty() ? words.title + " (" + cue + ")" : words.title;
    words.action = action(segment.kind);
    words.heading = heading(segment, name, words.action);
    words.next = next(segment, name, words.title);
    words.line = line(segment, name, cue);
    words.spoken = spoken(segment, name, step);
    return words;
}

std::string doing_now(const model::Segment& segment, int rep, const std::string& cue) {
    std::string doing = action(segment.kind);
    if (segment.kind == SegmentKind::reps) {
        doing = "Rep " + std::to_string(rep) + " of " + std::to_string(segment.reps);
        if (segment.rep_hold > 0) {
            doing += " · hold " + std::to_string(segment.rep_hold) + "s each";
        }
    }
    const std::string clean = util::sanitize(cue);
    return clean.empty() ? doing : (clean.starts_with(doing) ? clean : doing + " · " + clean);
}

} // namespace br::render

namespace br::render {

std::optional<std::string> spoken_rep(const model::Segment& segment, const RepAt& at, model::VoiceReps mode) {
    if (mode == model::VoiceReps::off || at.phase >= segment.phases.size()) {
        return std::nullopt;
    }
    const auto& phase = segment.phases[at.phase];
    const std::string side = at.side == model::Side::none ? "" : capitalized(std::string(model::name_of(at.side)));
    const bool cues = mode == model::VoiceReps::cues && (!phase.cue.empty() || !segment.cues.empty());
    if (cues && !phase.cue.empty()) {
        // A hold that keeps the cue of its movement is not said twice.
        if (at.phase > 0 && segment.phases[at.phase - 1].cue == phase.cue) {
            return std::nullopt;
        }
        return (side.empty() || at.phase > 0 ? "" : side + ": ") + util::sanitize(phase.cue);
    }
    if (cues) {
        if (at.phase > 0) {
            return std::nullopt;
        }
        const int index = segment.alternate ? (at.rep - 1) * 2 + (at.side == model::Side::right ? 1 : 0) : at.rep - 1;
        const auto& cue = segment.cues[static_cast<std::size_t>(index) % segment.cues.size()];
        return (side.empty() ? "" : side + ": ") + util::sanitize(cue);
    }
    if (at.phase == 0) {
        return (side.empty() ? "" : side + ", ") + std::to_string(at.rep);
    }
    // Counting: the hold and the movement after it are named, so the hold's end is heard.
    if (phase.name == "hold" || segment.phases[at.phase - 1].name == "hold") {
        return capitalized(util::sanitize(phase.name));
    }
    return std::nullopt;
}

} // namespace br::render
