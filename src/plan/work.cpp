#include "work.hpp"

#include <algorithm>

namespace br::plan {

using model::Side;

// The phases of one rep: the movement phases share the tempo and the phase
// named `hold` lasts exactly `rep_hold`. Cues pair with the movement phases
// when there is one for each (the hold keeps the cue of the movement before it);
// otherwise the phases carry none and the cues alternate rep by rep.
std::vector<model::RepPhase> rep_phases(const model::Exercise& exercise, int tempo, int rep_hold) {
    std::vector<std::string> names = exercise.phases;
    if (names.empty()) {
        names = {"move", "hold", "return"};
    }
    const auto hold = std::find(names.begin(), names.end(), "hold");
    if (rep_hold == 0 && hold != names.end()) {
        names.erase(hold);
    } else if (rep_hold > 0 && hold == names.end()) {
        names.insert(names.begin() + 1, "hold");
    }
    const auto movements = static_cast<int>(names.size()) - (rep_hold > 0 ? 1 : 0);
    const bool paired = static_cast<int>(exercise.cues.size()) == movements;
    std::vector<model::RepPhase> phases;
    int movement = 0;
    int tempo_left = tempo * 1000;
    for (const auto& name : names) {
        model::RepPhase phase{name, 0, {}};
        if (name == "hold") {
            phase.millis = rep_hold * 1000;
            if (paired) {
                phase.cue = exercise.cues[static_cast<std::size_t>(std::max(movement - 1, 0))];
            }
        } else {
            phase.millis = movement + 1 == movements ? tempo_left : tempo * 1000 / movements;
            tempo_left -= phase.millis;
            if (paired) {
                phase.cue = exercise.cues[static_cast<std::size_t>(movement)];
            }
            ++movement;
        }
        phases.push_back(std::move(phase));
    }
    return phases;
}

std::vector<Block> blocks_of(const model::Dose& dose) {
    if (dose.two_sides() && !dose.alternating()) {
        return {{Side::left, {}}, {Side::right, {}}};
    }
    std::vector<Block> blocks;
    for (const auto& direction : dose.directions) {
        blocks.push_back({Side::none, direction});
    }
    if (blocks.empty()) {
        blocks.emplace_back();
    }
    return blocks;
}

std::string transition_words(const model::Exercise& exercise, const model::Dose& dose, int position) {
    const auto has = [&](model::Equipment item) {
        return std::find(exercise.equipment.begin(), exercise.equipment.end(), item) != exercise.equipment.end();
    };
    const std::string prop = has(model::Equipment::tennis_ball)   ? "the ball"
                             : has(model::Equipment::foam_roller) ? "the roller"
                                                                  : "";
    if (position < 0) {
        return "Move " + (prop.empty() ? "to" : prop + " to") + " a new spot";
    }
    std::string where = "position " + std::to_string(position + 1);
    if (static_cast<std::size_t>(position) < dose.position_names.size()) {
        where += " (" + dose.position_names[static_cast<std::size_t>(position)] + ")";
    }
    return "Move " + (prop.empty() ? "on" : prop) + " to " + where;
}

} // namespace br::plan
