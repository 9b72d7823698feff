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
    std::optional<int> tempo;      // seconds per rep
    std::optional<int> rep_hold;   // seconds held inside each rep
    std::optional<Range> hold;     // seconds
    std::optional<Range> duration; // seconds
    std::optional<int> sides;      // 1 or 2
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

    friend bool operator==(const Dose&, const Dose&) = default;
};

/// `base` with `override_dose` laid over it: a work key replaces the base's
/// work (dropping tempo and rep_hold when the kind of work changes); any
/// other key replaces just that key.
Dose merge(const Dose& base, const Dose& override_dose);

/// Plain words for sheets and listings: "10 reps", "30 s each side", "3 × 12 reps";
/// without a pick, ranges stay ranges ("20-30 s each side").
std::string describe(const Dose& dose, std::optional<Pick> which = std::nullopt);

/// The compact form used by `--step` and the plan: `3x12`, `30s/side`.
std::string compact(const Dose& dose, Pick which);

} // namespace br::model
