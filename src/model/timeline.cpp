#include <backroutine/model/timeline.hpp>

#include <array>

namespace br::model {
namespace {

struct Placeholder {
    std::string_view token;
    bool other; // the opposite side
    bool capital;
};

constexpr std::array<Placeholder, 4> k_placeholders{{
    {"{side}", false, false},
    {"{other}", true, false},
    {"{Side}", false, true},
    {"{Other}", true, true},
}};

} // namespace

std::string_view name_of(SegmentKind kind) {
    static constexpr std::array<std::string_view, 9> k_names{"lead-in",      "setup", "hold",       "reps", "timed",
                                                             "switch-sides", "rest",  "transition", "done"};
    return k_names.at(static_cast<std::size_t>(kind));
}

bool is_work(SegmentKind kind) {
    return kind == SegmentKind::hold || kind == SegmentKind::reps || kind == SegmentKind::timed;
}

bool counts_down(SegmentKind kind) {
    return kind == SegmentKind::lead_in || kind == SegmentKind::setup || kind == SegmentKind::hold ||
           kind == SegmentKind::timed || kind == SegmentKind::rest;
}

bool gets_ready(SegmentKind kind) {
    return kind == SegmentKind::lead_in || kind == SegmentKind::setup || kind == SegmentKind::switch_sides ||
           kind == SegmentKind::rest || kind == SegmentKind::transition;
}

std::string_view name_of(Side side) {
    static constexpr std::array<std::string_view, 3> k_names{"", "left", "right"};
    return k_names.at(static_cast<std::size_t>(side));
}

std::string Segment::label() const {
    std::string out;
    for (const auto* piece : {&position_label, &part, &spot_label}) {
        if (!piece->empty()) {
            out += (out.empty() ? "" : " · ") + *piece;
        }
    }
    return out;
}

const TimelineStep* Timeline::step_of(const Segment& segment) const {
    if (steps.empty()) {
        return nullptr;
    }
    const auto index = segment.step >= 0 ? static_cast<std::size_t>(segment.step) : 0;
    return index < steps.size() ? &steps[index] : nullptr;
}

Side other(Side side) {
    switch (side) {
    case Side::left:
        return Side::right;
    case Side::right:
        return Side::left;
    case Side::none:
        break;
    }
    return Side::none;
}

bool names_a_side(std::string_view text) {
    for (const auto& placeholder : k_placeholders) {
        if (text.find(placeholder.token) != std::string_view::npos) {
            return true;
        }
    }
    return false;
}

std::string for_side(std::string_view text, Side side, bool mark_first) {
    const Side working = side == Side::none ? Side::left : side;
    std::string out;
    bool replaced = false;
    while (!text.empty()) {
        const Placeholder* found = nullptr;
        if (text.front() == '{') {
            for (const auto& placeholder : k_placeholders) {
                if (text.starts_with(placeholder.token)) {
                    found = &placeholder;
                }
            }
        }
        if (found == nullptr) {
            out += text.front();
            text.remove_prefix(1);
            continue;
        }
        std::string word(name_of(found->other ? other(working) : working));
        if (found->capital) {
            word.front() = static_cast<char>(word.front() - 'a' + 'A');
        }
        out += word;
        replaced = true;
        text.remove_prefix(found->token.size());
    }
    if (replaced && side == Side::none && mark_first) {
        const bool stop = !out.empty() && (out.back() == '.' || out.back() == '!');
        const char end = stop ? out.back() : '.';
        if (stop) {
            out.pop_back();
        }
        out += std::string(" (then the other side)") + end;
    }
    return out;
}

std::vector<std::string> steps_for_side(const std::vector<std::string>& steps, Side side) {
    std::vector<std::string> out;
    bool marked = false;
    for (const auto& step : steps) {
        const bool mark = side == Side::none && !marked && names_a_side(step);
        marked = marked || mark;
        out.push_back(for_side(step, side, mark));
    }
    return out;
}

} // namespace br::model
