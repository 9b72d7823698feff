#include <backroutine/model/quantity.hpp>
#include <backroutine/render/words.hpp>
#include <backroutine/util/text.hpp>

namespace br::render {
namespace {

using model::SegmentKind;

std::string side_word(model::Side side) {
    return std::string(model::name_of(side)) + " side";
}

// "10 reps, hold 2s each"
std::string reps_words(const model::Segment& segment) {
    std::string text = std::to_string(segment.reps) + " reps";
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
        return name + " — " + reps_words(segment);
    case SegmentKind::hold:
        return name + " — hold " + model::format_duration(segment.duration);
    case SegmentKind::timed:
        return name + " — " + model::format_duration(segment.duration);
    case SegmentKind::switch_sides:
        return "Switch sides";
    case SegmentKind::rest:
        return "Rest";
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
    case SegmentKind::done:
        return "Done";
    }
    return {};
}

std::string heading(const model::Segment& segment, const std::string& name, const std::string& action) {
    std::string text = name.empty() ? action : name;
    if (segment.side != model::Side::none) {
        text += " — " + side_word(segment.side);
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
        return "Next: switch sides";
    case SegmentKind::rest:
        return "Next: rest " + model::format_duration(segment.duration);
    default:
        return "Next: " + title + (segment.side != model::Side::none ? ", " + side_word(segment.side) : "");
    }
}

// The work part of a plain line: name, side, set, dose and cue.
std::string work_line(const model::Segment& segment, const std::string& name, const std::string& cue) {
    std::string line = name;
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
        return "Switch sides";
    case SegmentKind::rest:
        return "Rest " + model::format_duration(segment.duration);
    case SegmentKind::done:
        return "Done";
    default:
        return work_line(segment, name, cue);
    }
}

std::optional<std::string> spoken(const model::Segment& segment, const std::string& name) {
    const std::string side = segment.side == model::Side::none ? "" : ", " + side_word(segment.side);
    switch (segment.kind) {
    case SegmentKind::lead_in:
        return "Get ready.";
    case SegmentKind::setup:
        return "Next: " + name + ". Get into position.";
    case SegmentKind::hold:
        return "Hold " + std::to_string(segment.duration) + " seconds" + side + ".";
    case SegmentKind::reps:
        return "Begin. " + std::to_string(segment.reps) + " reps" + side + ".";
    case SegmentKind::timed:
        return "Begin" + side + ".";
    case SegmentKind::switch_sides:
        return "Switch sides.";
    case SegmentKind::rest:
        return "Rest.";
    case SegmentKind::done:
        return std::nullopt; // the finish event speaks
    }
    return std::nullopt;
}

} // namespace

SegmentWords words_for(const model::Segment& segment) {
    const std::string name = util::sanitize(segment.name);
    const std::string cue = util::sanitize(segment.cue);
    SegmentWords words;
    words.title = title(segment, name);
    words.detail = model::is_work(segment.kind) && !cue.empty() ? words.title + " (" + cue + ")" : words.title;
    words.action = action(segment.kind);
    words.heading = heading(segment, name, words.action);
    words.next = next(segment, name, words.title);
    words.line = line(segment, name, cue);
    words.spoken = spoken(segment, name);
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
