#include <backroutine/catalog/loader.hpp>
#include <backroutine/util/text.hpp>

#include "references.hpp"

#include <map>

namespace br::catalog {
namespace {

enum class Mark { unseen, active, done };

// Depth-first walk over routine steps, iterative so that a long chain of
// routines cannot overflow the stack; an active routine met again is a cycle.
void find_cycles(const EntryIndex& index, const model::Routine& start, std::map<std::string, Mark>& marks,
                 Diagnostics& out) {
    std::vector<std::pair<const model::Routine*, std::size_t>> stack{{&start, 0}};
    marks[start.id] = Mark::active;
    while (!stack.empty()) {
        auto& [routine, next] = stack.back();
        if (next == routine->steps.size()) {
            marks[routine->id] = Mark::done;
            stack.pop_back();
            continue;
        }
        const model::RoutineStep& step = routine->steps[next++];
        const model::Routine* inner = step.routine.empty() ? nullptr : index.routine(step.routine);
        if (inner == nullptr) {
            continue; // an exercise, or an unknown routine reported elsewhere
        }
        const Mark mark = marks[inner->id];
        if (mark == Mark::active) {
            out.push_back({routine->origin.file, step.line, step.column,
                           "routine '" + routine->id + "' includes routine '" + inner->id +
                               "', which includes it in turn (a cycle)"});
        } else if (mark == Mark::unseen) {
            marks[inner->id] = Mark::active;
            stack.emplace_back(inner, 0);
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
    std::map<std::string, Mark> marks;
    for (const auto* routine : index.routines()) {
        if (marks[routine->id] == Mark::unseen) {
            find_cycles(index, *routine, marks, out);
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
