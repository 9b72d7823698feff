#pragma once
#include <backroutine/model/quantity.hpp>

#include <optional>
#include <string>
#include <vector>

namespace br::model {

/// The kind of work a dose asks for.
enum class WorkKind { reps, hold, duration };

/// How much of an exercise to do; every field mirrors a catalog key.
struct Dose {
    std::optional<Range> reps;
    std::optional<int> tempo;            // seconds per rep
    std::optional<int> rep_hold;         // seconds held inside each rep
    std::optional<Range> hold;           // seconds
    std::optional<Range> duration;       // seconds
    std::optional<int> sides;            // 1 or 2
    std::vector<std::string> directions; // named ways done in turn (forward, backward); never sides
    std::optional<bool> alternate;       // with sides 2: left and right alternate rep by rep
    std::optional<Range> sets;
    std::optional<int> rest; // seconds between sets
    std::optional<int> position_count;
    std::vector<std::string> position_names;
    std::vector<std::string> parts;
    std::optional<Range> spots;

    /// The kind of work, or nothing for an override that only reshapes.
    [[nodiscard]] std::optional<WorkKind> work() const;
    /// Number of positions (named or counted), at least 1.
    [[nodiscard]] int positions() const;
    /// True when the work is done on each side (in blocks or alternating).
    [[nodiscard]] bool two_sides() const { return sides.value_or(1) == 2; }
    /// True when the reps alternate left and right in one block.
    [[nodiscard]] bool alternating() const { return two_sides() && alternate.value_or(false); }

    friend bool operator==(const Dose&, const Dose&) = default;
};

/// `base` with `override_dose` laid over it: a work key replaces the base's
/// work (dropping tempo and rep_hold when the kind of work changes); any
/// other key replaces just that key.
Dose merge(const Dose& base, const Dose& override_dose);

/// Plain words for sheets and listings: "10 reps", "30 s each side", "3 × 12 reps",
/// "5 reps each direction", "8 reps each side, alternating";
/// without a pick, ranges stay ranges ("20-30 s each side").
std::string describe(const Dose& dose, std::optional<Pick> which = std::nullopt);

/// The compact form used by `--step` and the plan: `3x12`, `30s/side`.
std::string compact(const Dose& dose, Pick which);

} // namespace br::model
