#include <backroutine/catalog/loader.hpp>
#include <backroutine/util/text.hpp>

#include "references.hpp"

#include <algorithm>
#include <unordered_map>

namespace br::catalog {
namespace {

enum class Mark { unseen, active, done };

// How far a routine reaches once its nested routines are inlined.
struct Extent {
    int depth = 0;         // levels of routines below it
    std::size_t steps = 0; // exercise steps, counted up to one past the limit
};

struct Walked {
    Mark mark = Mark::unseen;
    Extent extent;
};

// A routine on the walk's stack: the step to look at next, and how far the
// steps before it reach.
struct Visit {
    const model::Routine* routine = nullptr;
    std::size_t next = 0;
    Extent extent;
};

// Adds what a step reaches (an exercise when `inner` is null) to its
// routine's extent; the step that takes the routine past a limit is reported.
void add_step(Visit& visit, const model::RoutineStep& step, const Extent* inner, Diagnostics& out) {
    using model::RoutineLimits;
    const Extent before = visit.extent;
    const Extent added = inner != nullptr ? Extent{inner->depth + 1, inner->steps} : Extent{0, 1};
    visit.extent.depth = std::max(before.depth, added.depth);
    visit.extent.steps = std::min(before.steps + added.steps, RoutineLimits::k_max_steps + 1);
    const auto report = [&](const std::string& what) {
        out.push_back(
            {visit.routine->origin.file, step.line, step.column, "routine '" + visit.routine->id + "' " + what});
    };
    if (before.depth <= RoutineLimits::k_max_depth && visit.extent.depth > RoutineLimits::k_max_depth) {
        report("nests routines more than " + std::to_string(RoutineLimits::k_max_depth) + " deep");
    }
    if (before.steps <= RoutineLimits::k_max_steps && visit.extent.steps > RoutineLimits::k_max_steps) {
        report("expands to more than " + std::to_string(RoutineLimits::k_max_steps) + " exercises");
    }
}

// Depth-first walk over routine steps, iterative so that a long chain of
// routines cannot overflow the stack: an active routine met again is a
// cycle; a finished one adds its extent to the routine that includes it, so
// that each routine is walked once however often it is included.
void walk(const EntryIndex& index, const model::Routine& start,
          std::unordered_map<const model::Routine*, Walked>& walked, Diagnostics& out) {
    std::vector<Visit> stack{Visit{&start, 0, {}}};
    walked[&start].mark = Mark::active;
    while (!stack.empty()) {
        Visit& visit = stack.back();
        if (visit.next == visit.routine->steps.size()) {
            const Walked& done = walked[visit.routine] = {Mark::done, visit.extent};
            stack.pop_back();
            if (!stack.empty()) {
                add_step(stack.back(), stack.back().routine->steps[stack.back().next - 1], &done.extent, out);
            }
            continue;
        }
        const model::RoutineStep& step = visit.routine->steps[visit.next++];
        const model::Routine* inner = step.routine.empty() ? nullptr : index.routine(step.routine);
        if (inner == nullptr) {
            if (step.routine.empty()) {
                add_step(visit, step, nullptr, out); // an exercise (an unknown routine is reported elsewhere)
            }
            continue;
        }
        Walked& seen = walked[inner];
        if (seen.mark == Mark::active) {
            out.push_back({visit.routine->origin.file, step.line, step.column,
                           "routine '" + visit.routine->id + "' includes routine '" + inner->id +
                               "', which includes it in turn (a cycle)"});
        } else if (seen.mark == Mark::done) {
            add_step(visit, step, &seen.extent, out);
        } else {
            seen.mark = Mark::active;
            stack.push_back(Visit{inner, 0, {}}); // `visit` is not used again: the push may move it
        }
    }
}

template <typename T>
std::vector<std::string> ids_of(const std::vector<const T*>& items) {
    std::vector<std::string> ids;
    ids.reserve(items.size());
    for (const auto* item : items) {
        ids.push_back(item->id);
    }
    return ids;
}

} // namespace

Diagnostics check_references(const EntryIndex& index) {
    Diagnostics out;
    const auto exercise_ids = ids_of(index.exercises());
    const auto routine_ids = ids_of(index.routines());
    for (const auto* exercise : index.exercises()) {
        if (!exercise->variant_of.empty() && index.exercise(exercise->variant_of) == nullptr) {
            out.push_back({exercise->origin.file, exercise->origin.line, 1,
                           "'variant_of' names an unknown exercise '" + exercise->variant_of + "'" +
                               util::did_you_mean(exercise->variant_of, exercise_ids)});
        }
    }
    for (const auto* routine : index.routines()) {
        for (const auto& step : routine->steps) {
            if (!step.exercise.empty() && index.exercise(step.exercise) == nullptr) {
                out.push_back(
                    {routine->origin.file, step.line, step.column,
                     "unknown exercise '" + step.exercise + "'" + util::did_you_mean(step.exercise, exercise_ids)});
            }
            if (!step.routine.empty() && index.routine(step.routine) == nullptr) {
                out.push_back(
                    {routine->origin.file, step.line, step.column,
                     "unknown routine '" + step.routine + "'" + util::did_you_mean(step.routine, routine_ids)});
            }
        }
    }
    std::unordered_map<const model::Routine*, Walked> walked;
    for (const auto* routine : index.routines()) {
        if (walked[routine].mark == Mark::unseen) {
            walk(index, *routine, walked, out);
        }
    }
    return out;
}

Diagnostics check_references(const model::Catalog& catalog) {
    EntryIndex index;
    for (const auto& exercise : catalog.exercises()) {
        index.add(exercise);
    }
    for (const auto& routine : catalog.routines()) {
        index.add(routine);
    }
    return check_references(index);
}

} // namespace br::catalog
