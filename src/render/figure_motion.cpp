#include <backroutine/render/figure_motion.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace br::render {
namespace {

constexpr double k_free_period = 4; // seconds for one slow sweep of a free activity

// A smooth 0..1 ease, so a move starts and ends gently.
double ease(double t) {
    t = std::clamp(t, 0.0, 1.0);
    return (1 - std::cos(t * std::numbers::pi)) / 2;
}

// How far (0..1) toward the target pose a rep is, `t` seconds into it:
// moving out, holding, coming back.
double rep_progress(const model::Segment& segment, double t) {
    const double hold = std::max(0, segment.rep_hold);
    const double move = std::max(0.0, (segment.rep_seconds - hold) / 2.0);
    if (move <= 0) {
        return 1;
    }
    if (t < move) {
        return ease(t / move);
    }
    if (t < move + hold) {
        return 1;
    }
    return 1 - ease((t - move - hold) / move);
}

} // namespace

bool mirrored(const model::Segment& segment) {
    return segment.side == model::Side::right;
}

std::string target_key(const model::Figure& figure, const model::Segment& segment) {
    if (!segment.part.empty() && figure.find(segment.part) != nullptr) {
        return segment.part;
    }
    // "Position 2 of 3: middle" names its keyframe after the colon.
    if (const auto colon = segment.position_label.rfind(": "); colon != std::string::npos) {
        const std::string name = segment.position_label.substr(colon + 2);
        if (figure.find(name) != nullptr) {
            return name;
        }
    }
    return segment.kind == model::SegmentKind::hold ? "hold" : "end";
}

model::Pose pose_at(const model::Figure& figure, const model::Segment& segment, double seconds) {
    using Kind = model::SegmentKind;
    // The start pose, resting where this segment's own pose does (the roller already moved to its position).
    model::Pose start = figure.pose("start");
    if (const auto* target = figure.find(target_key(figure, segment)); target != nullptr && target->rests_on) {
        start.rests_on = target->rests_on;
    }
    switch (segment.kind) {
    case Kind::hold:
        return figure.pose(target_key(figure, segment));
    case Kind::reps: {
        if (segment.rep_seconds <= 0) {
            return start;
        }
        const double t = std::fmod(std::max(0.0, seconds), static_cast<double>(segment.rep_seconds));
        return model::interpolate(start, figure.pose(target_key(figure, segment)), rep_progress(segment, t));
    }
    case Kind::timed: {
        if (figure.find("end") == nullptr) {
            return start;
        }
        const double phase = std::fmod(std::max(0.0, seconds), 2 * k_free_period) / k_free_period;
        return model::interpolate(start, figure.pose("end"), ease(phase <= 1 ? phase : 2 - phase));
    }
    default:
        return start;
    }
}

} // namespace br::render
