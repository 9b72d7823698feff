#include <backroutine/catalog/loader.hpp>
#include <backroutine/util/text.hpp>

#include <map>

namespace br::catalog {
namespace {

enum class Mark { unseen, active, done };

// Depth-first walk over routine steps, iterative so that a long chain of
// routines cannot overflow the stack; an active routine met again is a cycle.
void find_cycles(const model::Catalog& catalog, const model::Routine& start, std::map<std::string, Mark>& marks,
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
        const model::Routine* inner = step.routine.empty() ? nullptr : catalog.find_routine(step.routine);
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

} // namespace

Diagnostics check_references(const model::Catalog& catalog) {
    Diagnostics out;
    const auto exercise_ids = catalog.exercise_ids();
    const auto routine_ids = catalog.routine_ids();
    for (const auto& exercise : catalog.exercises()) {
        if (!exercise.variant_of.empty() && catalog.find_exercise(exercise.variant_of) == nullptr) {
            out.push_back({exercise.origin.file, exercise.origin.line, 1,
                           "'variant_of' names an unknown exercise '" + exercise.variant_of + "'" +
                               util::did_you_mean(exercise.variant_of, exercise_ids)});
        }
    }
    for (const auto& routine : catalog.routines()) {
        for (const auto& step : routine.steps) {
            if (!step.exercise.empty() && catalog.find_exercise(step.exercise) == nullptr) {
                out.push_back(
                    {routine.origin.file, step.line, step.column,
                     "unknown exercise '" + step.exercise + "'" + util::did_you_mean(step.exercise, exercise_ids)});
            }
            if (!step.routine.empty() && catalog.find_routine(step.routine) == nullptr) {
                out.push_back(
                    {routine.origin.file, step.line, step.column,
                     "unknown routine '" + step.routine + "'" + util::did_you_mean(step.routine, routine_ids)});
            }
        }
    }
    std::map<std::string, Mark> marks;
    for (const auto& routine : catalog.routines()) {
        if (marks[routine.id] == Mark::unseen) {
            find_cycles(catalog, routine, marks, out);
        }
    }
    return out;
}

} // namespace br::catalog
