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

} // namespace br::model
