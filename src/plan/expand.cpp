#include <backroutine/error.hpp>
#include <backroutine/plan/expand.hpp>

#include "work.hpp"

#include <algorithm>

namespace br::plan {
namespace {

using model::Segment;
using model::SegmentKind;
using model::Side;

// Limits that keep a hostile routine from exhausting memory or overflowing time
// (the loader checks model::RoutineLimits first; these depend on the settings).
constexpr std::size_t k_max_segments = 20'000;
constexpr long long k_max_seconds = 24LL * 3600;

// A routine step flattened out of nested routines.
struct FlatStep {
    const model::Exercise* exercise = nullptr;
    const model::RoutineStep* step = nullptr;
};

void flatten(const model::Catalog& catalog, const model::Routine& routine, int depth, std::vector<FlatStep>& out) {
    using model::RoutineLimits;
    if (depth > RoutineLimits::k_max_depth) {
        throw Error("routine '" + routine.id + "' nests routines more than " +
                        std::to_string(RoutineLimits::k_max_depth) + " deep",
                    ExitCode::data);
    }
    for (const auto& step : routine.steps) {
        if (!step.routine.empty()) {
            const auto* inner = catalog.find_routine(step.routine);
            if (inner == nullptr) {
                throw Error("unknown routine '" + step.routine + "'", ExitCode::data);
            }
            flatten(catalog, *inner, depth + 1, out);
            continue;
        }
        const auto* exercise = catalog.find_exercise(step.exercise);
        if (exercise == nullptr) {
            throw Error("unknown exercise '" + step.exercise + "'", ExitCode::data);
        }
        if (out.size() == RoutineLimits::k_max_steps) {
            throw Error("routine '" + routine.id + "' expands to more than " +
                            std::to_string(RoutineLimits::k_max_steps) + " exercises",
                        ExitCode::data);
        }
        out.push_back({exercise, &step});
    }
}

std::optional<model::Range> picked(const std::optional<model::Range>& range, model::Pick pick) {
    if (!range) {
        return std::nullopt;
    }
    const int value = model::pick(*range, pick);
    return model::Range{value, value};
}

// Labels of the positions of a dose: names, or "1 of 3" style counts.
std::vector<std::string> position_labels(const model::Dose& dose) {
    std::vector<std::string> labels;
    const int count = dose.positions();
    for (int i = 0; i < count; ++i) {
        std::string label = "Position " + std::to_string(i + 1) + " of " + std::to_string(count);
        if (!dose.position_names.empty()) {
            label += ": " + dose.position_names[static_cast<std::size_t>(i)];
        }
        labels.push_back(count > 1 ? label : "");
    }
    return labels;
}

std::string join_cue(const std::string& a, const std::string& b) {
    if (a.empty()) {
        return b;
    }
    return b.empty() ? a : a + " · " + b;
}

// Appends segments to the timeline, keeping them contiguous.
class Builder {
public:
    explicit Builder(model::Timeline& timeline) : m_timeline(timeline) {
        m_timeline.segments.reserve(2 + 8 * timeline.steps.size()); // most steps make a few segments
    }

    Segment& add(SegmentKind kind, int duration, int step) {
        if (m_timeline.segments.size() >= k_max_segments || static_cast<long long>(m_now) + duration > k_max_seconds) {
            throw Error("routine '" + m_timeline.id + "' is absurdly long (more than 24 hours or " +
                            std::to_string(k_max_segments) + " segments)",
                        ExitCode::data);
        }
        Segment segment;
        segment.kind = kind;
        segment.start = m_now;
        segment.duration = duration;
        segment.step = step;
        if (step >= 0) {
            const auto& s = m_timeline.steps[static_cast<std::size_t>(step)];
            segment.exercise = s.exercise;
            segment.name = s.name;
        }
        m_now += duration;
        m_timeline.segments.push_back(std::move(segment));
        return m_timeline.segments.back();
    }

    [[nodiscard]] int now() const { return m_now; }

private:
    model::Timeline& m_timeline;
    int m_now = 0;
};

// What every work segment of a step shares: its kind and timing.
struct WorkShape {
    SegmentKind kind = SegmentKind::timed;
    int seconds = 0;
    int reps = 0;
    int rep_seconds = 0;
    int rep_hold = 0;
    bool alternate = false; // reps counted per side, left and right rep by rep
    std::vector<model::RepPhase> phases;
};

WorkShape work_shape(const model::Exercise& exercise, const model::Dose& dose, const model::Timing& timing) {
    WorkShape shape;
    shape.rep_hold = dose.rep_hold.value_or(0);
    if (dose.reps) {
        shape.kind = SegmentKind::reps;
        shape.reps = dose.reps->low;
        shape.rep_seconds = dose.tempo.value_or(timing.tempo) + shape.rep_hold;
        shape.alternate = dose.alternating();
        shape.seconds = shape.reps * shape.rep_seconds * (shape.alternate ? 2 : 1);
        shape.phases = rep_phases(exercise, dose.tempo.value_or(timing.tempo), shape.rep_hold);
    } else if (dose.hold) {
        shape.kind = SegmentKind::hold;
        shape.seconds = dose.hold->low;
    } else if (dose.duration) {
        shape.seconds = dose.duration->low;
    }
    return shape;
}

// Where a segment sits in its step: which set, which side.
struct Place {
    int step = 0;
    int set = 0;  // 0 when the step has one set
    int sets = 0; // 0 when the step has one set
    Side side = Side::none;
    std::string direction;
};

// One pass of work at one position, on one part and one spot.
struct Pass {
    std::string position_label;
    std::string part;
    std::string spot_label;
    std::string transition; // moving the roller or the ball there first, if it moves
};

// The passes of one side, in order: positions, then parts, then spots.
std::vector<Pass> passes_of(const model::Exercise& exercise, const model::Dose& dose) {
    std::vector<std::string> parts = dose.parts;
    if (parts.empty()) {
        parts.emplace_back();
    }
    const int spots = dose.spots ? dose.spots->low : 1;
    const auto positions = position_labels(dose);
    std::vector<Pass> passes;
    for (std::size_t position = 0; position < positions.size(); ++position) {
        for (std::size_t part = 0; part < parts.size(); ++part) {
            for (int spot = 1; spot <= spots; ++spot) {
                const std::string spot_label =
                    spots > 1 ? "Spot " + std::to_string(spot) + " of " + std::to_string(spots) : "";
                const bool first_of_position = part == 0 && spot == 1;
                std::string transition;
                if (spot > 1) {
                    transition = transition_words(exercise, dose, -1);
                } else if (position > 0 && first_of_position) {
                    transition = transition_words(exercise, dose, static_cast<int>(position));
                }
                passes.push_back({positions[position], parts[part], spot_label, transition});
            }
        }
    }
    return passes;
}

void add_transition(Builder& builder, const Place& place, const Pass& pass, const model::Timing& timing) {
    if (pass.transition.empty() || timing.transition == 0) {
        return;
    }
    auto& move = builder.add(SegmentKind::transition, timing.transition, place.step);
    move.side = place.side;
    move.direction = place.direction;
    move.set = place.set;
    move.sets = place.sets;
    move.position_label = pass.position_label;
    move.spot_label = pass.spot_label;
    move.cue = pass.transition;
}

void add_pass(Builder& builder, const model::Exercise& exercise, const WorkShape& shape, const Place& place,
              const Pass& pass) {
    auto& work = builder.add(shape.kind, shape.seconds, place.step);
    work.side = place.side;
    work.direction = place.direction;
    work.set = place.set;
    work.sets = place.sets;
    work.position_label = pass.position_label;
    work.part = pass.part;
    work.spot_label = pass.spot_label;
    work.cue = join_cue(join_cue(pass.position_label, pass.part), pass.spot_label);
    work.reps = shape.reps;
    work.rep_seconds = shape.rep_seconds;
    work.rep_hold = shape.rep_hold;
    if (shape.kind == SegmentKind::reps) {
        work.alternate = shape.alternate;
        work.phases = shape.phases;
        // Cues paired with the phases ride on them; others alternate rep by rep.
        if (shape.phases.empty() || shape.phases.front().cue.empty()) {
            work.cues = exercise.cues;
        }
    } else if (work.cue.empty() && !exercise.cues.empty()) {
        work.cue = exercise.cues.front();
    }
}

void add_switch(Builder& builder, const Place& place, const model::Timing& timing) {
    auto& change = builder.add(SegmentKind::switch_sides, timing.switch_sides, place.step);
    change.side = place.side;
    change.direction = place.direction;
    change.set = place.set;
    change.sets = place.sets;
    change.cue = place.side != Side::none ? "Switch to the " + std::string(model::name_of(place.side)) + " side"
                                          : "Change direction: " + place.direction;
}

void add_work(Builder& builder, const model::Exercise& exercise, const model::Dose& dose, const model::Timing& timing,
              int step) {
    const int sets = dose.sets ? dose.sets->low : 1;
    const std::vector<Block> blocks = blocks_of(dose);
    const WorkShape shape = work_shape(exercise, dose, timing);
    const std::vector<Pass> passes = passes_of(exercise, dose);
    for (int set = 1; set <= sets; ++set) {
        if (set > 1) {
            auto& rest = builder.add(SegmentKind::rest, dose.rest.value_or(timing.rest), step);
            rest.set = set - 1;
            rest.sets = sets;
            rest.cue = "Rest; set " + std::to_string(set) + " of " + std::to_string(sets) + " is next";
        }
        for (std::size_t b = 0; b < blocks.size(); ++b) {
            const Place place{step, sets > 1 ? set : 0, sets > 1 ? sets : 0, blocks[b].side, blocks[b].direction};
            if (b > 0) {
                add_switch(builder, place, timing);
            }
            for (const auto& pass : passes) {
                add_transition(builder, place, pass, timing);
                add_pass(builder, exercise, shape, place, pass);
            }
        }
    }
}

} // namespace

bool avoid_when_acute(const model::Exercise& exercise) {
    const bool banded = std::find(exercise.equipment.begin(), exercise.equipment.end(), model::Equipment::band) !=
                        exercise.equipment.end();
    return exercise.overhead || exercise.intensity == model::Effort::vigorous ||
           (banded && exercise.category == model::Category::strength);
}

model::Dose resolve_dose(const model::Dose& base, const std::optional<model::Dose>& override_dose, model::Pick pick) {
    model::Dose dose = override_dose ? model::merge(base, *override_dose) : base;
    dose.reps = picked(dose.reps, pick);
    dose.hold = picked(dose.hold, pick);
    dose.duration = picked(dose.duration, pick);
    dose.sets = picked(dose.sets, pick);
    dose.spots = picked(dose.spots, pick);
    return dose;
}

int setup_seconds(model::Position from, model::Position to, const model::Timing& timing) {
    if (from == to) {
        return timing.setup_same;
    }
    return model::on_floor(from) == model::on_floor(to) ? timing.setup_change : timing.setup_floor;
}

int equipment_seconds(const model::Exercise* previous, const model::Exercise& next, const model::Timing& timing) {
    if (previous != nullptr && previous->id == next.id) {
        return 0; // the same exercise again: everything is where it was
    }
    for (const auto item : next.equipment) {
        if (!model::needs_setting_up(item)) {
            continue;
        }
        const bool at_hand = previous != nullptr && std::find(previous->equipment.begin(), previous->equipment.end(),
                                                              item) != previous->equipment.end();
        // A band is anchored anew for each exercise (rows at the chest, face pulls at the face).
        if (!at_hand || item == model::Equipment::band) {
            return timing.setup_equipment;
        }
    }
    return 0;
}

namespace {

// A step of the timeline with what its readers show of the exercise.
model::TimelineStep step_of(const model::Exercise& exercise, const model::RoutineStep& step, model::Pick pick) {
    model::TimelineStep out;
    out.exercise = exercise.id;
    out.name = exercise.name;
    out.dose = resolve_dose(exercise.dose, step.dose, pick);
    out.note = step.note;
    out.instructions = exercise.steps;
    out.cautions = exercise.cautions;
    out.equipment = exercise.equipment;
    out.position = exercise.position();
    out.figure = exercise.figure;
    return out;
}

} // namespace

model::Timeline expand(const model::Catalog& catalog, const model::Routine& routine, const PlanOptions& options) {
    model::Timeline timeline;
    timeline.id = routine.id;
    timeline.name = routine.name;
    timeline.description = routine.description;
    timeline.frequency = routine.frequency;
    std::vector<FlatStep> flat;
    flatten(catalog, routine, 0, flat);
    const model::Pick pick =
        options.acute ? model::Pick::low : model::pick_for(options.intensity.value_or(routine.intensity));
    std::vector<const model::Exercise*> kept; // parallel to timeline.steps
    for (const auto& item : flat) {
        if (options.acute && avoid_when_acute(*item.exercise)) {
            timeline.left_out.push_back(item.exercise->name);
            continue;
        }
        kept.push_back(item.exercise);
        timeline.steps.push_back(step_of(*item.exercise, *item.step, pick));
    }

    std::vector<std::string> sources = routine.sources;
    for (const auto* exercise : kept) {
        sources.insert(sources.end(), exercise->sources.begin(), exercise->sources.end());
    }
    timeline.sources = catalog.source_names(sources);

    Builder builder(timeline);
    auto& lead_in = builder.add(SegmentKind::lead_in, options.timing.lead_in, -1);
    lead_in.cue = timeline.steps.empty() ? "" : "First up: " + timeline.steps.front().name;
    model::Position position = model::Position::standing;
    for (std::size_t index = 0; index < kept.size(); ++index) {
        const int step = static_cast<int>(index);
        const model::Exercise& exercise = *kept[index];
        auto& current = timeline.steps[index];
        current.start = builder.now();
        const model::Position next = exercise.position();
        const model::Exercise* previous = index > 0 ? kept[index - 1] : nullptr;
        auto& setup = builder.add(SegmentKind::setup,
                                  setup_seconds(position, next, options.timing) +
                                      equipment_seconds(previous, exercise, options.timing),
                                  step);
        setup.cue = "Get into position: " + std::string(model::plain_words(next));
        position = next;
        add_work(builder, exercise, current.dose, options.timing, step);
        current.seconds = builder.now() - current.start;
    }
    auto& done = builder.add(SegmentKind::done, 0, -1);
    done.cue = "Well done";
    timeline.total = builder.now();
    return timeline;
}

} // namespace br::plan
