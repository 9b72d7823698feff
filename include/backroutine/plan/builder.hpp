#pragma once
#include <backroutine/model/catalog.hpp>
#include <backroutine/plan/expand.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace br::plan {

/// What a built routine is mostly for; shapes the mix of categories.
enum class Focus { relief, prevention, mobility, strength, stretch, release };
std::string_view name_of(Focus focus);
std::vector<std::string> focus_names();
std::optional<Focus> parse_focus(std::string_view text);

/// The flags of `build`.
struct BuildRequest {
    int minutes = 15; // 5 to 60
    Focus focus = Focus::prevention;
    std::optional<std::vector<model::Equipment>> equipment; // kit at hand beyond a chair and a mat; unset = any
    std::vector<model::Position> positions;                 // allowed positions; empty = any
    bool acute = false;
    model::RoutineIntensity intensity = model::RoutineIntensity::standard;
    std::uint64_t seed = 0;
    std::string name;
};

/// Chooses exercises and doses so the routine's timeline lasts the budget
/// within ±10 %: an upright warm-up, then all the floor work, then the rest
/// upright (down and up at most once), each stretch in the seeds' order of
/// approach (release, mobilise, stretch, strengthen); one of each exercise
/// (a variant or a user's copy counts as the same); relief takes gentle
/// exercises only; extra sets only of counted work past the warm-up, three
/// at most. The same request gives the same routine. Throws br::Error when
/// the limits leave too little to fill it.
model::Routine build(const model::Catalog& catalog, const BuildRequest& request, const model::Timing& timing);

/// The total seconds of `routine` as `build` counts them.
int routine_seconds(const model::Catalog& catalog, const model::Routine& routine, const model::Timing& timing,
                    bool acute);

} // namespace br::plan
