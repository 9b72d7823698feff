#pragma once
#include <backroutine/model/dose.hpp>
#include <backroutine/model/exercise.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace br::model {

/// A routine's intensity: which end of every dose range it picks.
enum class RoutineIntensity { gentle, standard, full };

std::string_view name_of(RoutineIntensity value);
Pick pick_for(RoutineIntensity value);

/// One step: an exercise with an optional dose override, or another routine.
struct RoutineStep {
    std::string exercise; // exactly one of exercise and routine is set
    std::string routine;
    std::optional<Dose> dose;
    std::string note;
    int line = 0;
    int column = 0;
};

/// What a routine may expand to once nested routines are inlined. The loader
/// reports a routine beyond them at the step that goes past, and plan::expand
/// refuses one.
struct RoutineLimits {
    static constexpr int k_max_depth = 32;            // routines within routines below this one
    static constexpr std::size_t k_max_steps = 2'000; // exercise steps, nested ones included
};

/// A named sequence of steps.
struct Routine {
    std::string id;
    std::string name;
    std::string description;
    std::string frequency;
    RoutineIntensity intensity = RoutineIntensity::standard;
    bool intensity_given = false;
    std::vector<RoutineStep> steps;
    std::vector<std::string> sources;
    Origin origin;
};

/// What to avoid and when to seek help.
struct Safety {
    std::string reminder;
    std::vector<std::string> avoid_acute;
    std::vector<std::string> avoid_general;
    std::vector<std::string> seek_help;
    std::vector<std::string> sources;
    std::string emergency; // shown before everything else
};

/// An article the catalog's facts come from, named as readers should see it.
struct Source {
    std::string id; // what entries' `sources` lists name (the article's file)
    std::string title;
    std::string publisher; // empty when the article does not name one
    std::string date;      // published, updated or reviewed, as the article gives it
    Origin origin;
};

/// The one-line safety reminder: the catalog's, or the default sentence.
std::string safety_reminder(const Safety& safety);

} // namespace br::model
