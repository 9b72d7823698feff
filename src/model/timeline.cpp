#include <backroutine/model/timeline.hpp>

#include <array>

namespace br::model {

std::string_view name_of(SegmentKind kind) {
    static constexpr std::array<std::string_view, 8> k_names{"lead-in", "setup",        "hold", "reps",
                                                             "timed",   "switch-sides", "rest", "done"};
    return k_names.at(static_cast<std::size_t>(kind));
}

bool is_work(SegmentKind kind) {
    return kind == SegmentKind::hold || kind == SegmentKind::reps || kind == SegmentKind::timed;
}

std::string_view name_of(Side side) {
    static constexpr std::array<std::string_view, 3> k_names{"", "left", "right"};
    return k_names.at(static_cast<std::size_t>(side));
}

const TimelineStep* Timeline::step_of(const Segment& segment) const {
    if (steps.empty()) {
        return nullptr;
    }
    const auto index = segment.step >= 0 ? static_cast<std::size_t>(segment.step) : 0;
    return index < steps.size() ? &steps[index] : nullptr;
}

} // namespace br::model
