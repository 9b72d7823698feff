#include <backroutine/model/quantity.hpp>
#include <backroutine/render/json.hpp>
#include <backroutine/render/plan.hpp>
#include <backroutine/render/words.hpp>
#include <backroutine/util/text.hpp>

#include <fmt/format.h>

namespace br::render {
using model::SegmentKind;

std::string plan_text(const model::Timeline& timeline, const Style& style, std::size_t columns) {
    constexpr std::size_t k_what = 27; // where WHAT starts; it wraps under itself past `columns`
    std::string out = style.bold(util::sanitize(timeline.name)) + "  " +
                      style.dim("(" + timeline.id + ", about " + std::to_string((timeline.total + 30) / 60) + " min)") +
                      "\n\n";
    out += style.bold(" START   TIME  SIDE   SET  WHAT") + "\n";
    for (const auto& segment : timeline.segments) {
        if (segment.kind == SegmentKind::done) {
            continue;
        }
        const std::string what = words_for(segment).detail;
        const std::string set =
            segment.sets > 0 ? std::to_string(segment.set) + "/" + std::to_string(segment.sets) : "";
        const std::string wrapped = columns > k_what + 10 && util::display_width(what) > columns - k_what
                                        ? util::wrap(what, columns, std::string(k_what, ' ')).substr(k_what)
                                        : what;
        out +=
            fmt::format("{:>6}  {:>5}  {:<5}  {:>3}  {}\n", model::format_clock(segment.start),
                        model::format_clock(segment.duration), std::string(model::name_of(segment.side)), set, wrapped);
    }
    out +=
        "\n" + style.bold("Total " + model::format_clock(timeline.total)) + "  " +
        style.dim(std::to_string(timeline.steps.size()) + (timeline.steps.size() == 1 ? " exercise" : " exercises")) +
        "\n";
    if (!timeline.left_out.empty()) {
        out += style.warn("Left out for acute pain: ") + util::sanitize(util::join(timeline.left_out, ", ")) + "\n";
    }
    return out;
}

nlohmann::json segment_json(const model::Segment& segment) {
    nlohmann::json out;
    out["kind"] = model::name_of(segment.kind);
    out["start"] = segment.start;
    out["duration"] = segment.duration;
    out["exercise"] = segment.exercise.empty() ? nlohmann::json(nullptr) : nlohmann::json(segment.exercise);
    out["name"] = segment.name.empty() ? nlohmann::json(nullptr) : nlohmann::json(segment.name);
    out["side"] =
        segment.side == model::Side::none ? nlohmann::json(nullptr) : nlohmann::json(model::name_of(segment.side));
    out["direction"] = segment.direction.empty() ? nlohmann::json(nullptr) : nlohmann::json(segment.direction);
    out["set"] = segment.set > 0 ? nlohmann::json(segment.set) : nlohmann::json(nullptr);
    out["cue"] = segment.cue.empty() ? nlohmann::json(nullptr) : nlohmann::json(segment.cue);
    const std::string label = segment.label();
    out["label"] = label.empty() ? nlohmann::json(nullptr) : nlohmann::json(label);
    if (segment.kind == SegmentKind::reps) {
        out["reps"] = segment.reps;
        out["rep_seconds"] = segment.rep_seconds;
        out["alternate"] = segment.alternate;
        if (segment.rep_hold > 0) {
            out["rep_hold"] = segment.rep_hold;
        }
        if (!segment.cues.empty()) {
            out["cues"] = segment.cues;
        }
        auto phases = nlohmann::json::array();
        for (const auto& phase : segment.phases) {
            nlohmann::json item{{"name", phase.name}, {"seconds", phase.millis / 1000.0}};
            if (!phase.cue.empty()) {
                item["cue"] = phase.cue;
            }
            phases.push_back(std::move(item));
        }
        out["phases"] = std::move(phases);
    }
    return out;
}

nlohmann::json plan_json(const model::Timeline& timeline) {
    nlohmann::json out;
    out["id"] = timeline.id;
    out["name"] = timeline.name;
    out["total_seconds"] = timeline.total;
    auto steps = nlohmann::json::array();
    for (const auto& step : timeline.steps) {
        steps.push_back({{"exercise", step.exercise},
                         {"name", step.name},
                         {"dose", to_json(step.dose)},
                         {"start", step.start},
                         {"seconds", step.seconds}});
    }
    out["steps"] = std::move(steps);
    auto segments = nlohmann::json::array();
    for (const auto& segment : timeline.segments) {
        segments.push_back(segment_json(segment));
    }
    out["segments"] = std::move(segments);
    out["left_out"] = timeline.left_out;
    out["sources"] = timeline.sources;
    return out;
}

} // namespace br::render
