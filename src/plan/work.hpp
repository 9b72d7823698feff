#pragma once
// The shape of one step's work, for expand.cpp: rep phases, side or
// direction blocks, and the words for moving the roller or the ball.
#include <backroutine/model/exercise.hpp>
#include <backroutine/model/settings.hpp>
#include <backroutine/model/timeline.hpp>

#include <string>
#include <vector>

namespace br::plan {

/// The phases of one rep: the movement phases (the exercise's `phases`, or
/// move and return) share the tempo; the phase named `hold` lasts `rep_hold`.
std::vector<model::RepPhase> rep_phases(const model::Exercise& exercise, int tempo, int rep_hold);

/// One side or direction of the work; each is done in turn, in its own block.
struct Block {
    model::Side side = model::Side::none;
    std::string direction;
};

/// The blocks of a dose: left and right, each direction, or one.
std::vector<Block> blocks_of(const model::Dose& dose);

/// What to do before a pass whose roller or ball moves: position
/// `position` (0-based), or -1 for a new spot ("Move the ball to a new spot").
std::string transition_words(const model::Exercise& exercise, const model::Dose& dose, int position);

} // namespace br::plan
