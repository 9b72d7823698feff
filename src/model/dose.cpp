#include <backroutine/model/dose.hpp>
#include <backroutine/util/text.hpp>

namespace br::model {
namespace {

using util::join;

// "30 s", "2 min", "1 min 30 s".
std::string spoken_duration(int seconds) {
    if (seconds < 60) {
        return std::to_string(seconds) + " s";
    }
    std::string out = std::to_string(seconds / 60) + " min";
    if (seconds % 60 != 0) {
        out += " " + std::to_string(seconds % 60) + " s";
    }
    return out;
}

// A count, picked or as a range: "10" or "10-15".
std::string count_text(const Range& range, std::optional<Pick> which) {
    return which ? std::to_string(pick(range, *which)) : format_count_range(range);
}

// A duration, picked or as a range: "30 s", "20-30 s", "1-2 min".
std::string duration_text(const Range& range, std::optional<Pick> which) {
    if (which || range.is_single()) {
        return spoken_duration(which ? pick(range, *which) : range.low);
    }
    if (range.low % 60 == 0 && range.high % 60 == 0) {
        return std::to_string(range.low / 60) + "-" + std::to_string(range.high / 60) + " min";
    }
    if (range.high < 60) {
        return std::to_string(range.low) + "-" + std::to_string(range.high) + " s";
    }
    return spoken_duration(range.low) + " to " + spoken_duration(range.high);
}

} // namespace

std::optional<WorkKind> Dose::work() const {
    if (reps) {
        return WorkKind::reps;
    }
    if (hold) {
        return WorkKind::hold;
    }
    if (duration) {
        return WorkKind::duration;
    }
    return std::nullopt;
}

int Dose::positions() const {
    if (!position_names.empty()) {
        return static_cast<int>(position_names.size());
    }
    return position_count.value_or(1);
}

namespace {

// A value the override gives replaces the base's.
template <typename T>
void take(std::optional<T>& into, const std::optional<T>& given) {
    if (given) {
        into = given;
    }
}

} // namespace

Dose merge(const Dose& base, const Dose& over) {
    Dose out = base;
    if (over.work()) {
        // The same kind of work keeps its pace and inner hold; another kind drops them.
        if (over.work() != base.work()) {
            out.tempo.reset();
            out.rep_hold.reset();
        }
        out.reps = over.reps;
        out.hold = over.hold;
        out.duration = over.duration;
    }
    take(out.tempo, over.tempo);
    take(out.rep_hold, over.rep_hold);
    // Sides and directions are two ways of doing the work twice: either replaces the other.
    if (over.sides || !over.directions.empty()) {
        out.sides = over.sides;
        out.directions = over.directions;
    }
    take(out.alternate, over.alternate);
    take(out.sets, over.sets);
    take(out.rest, over.rest);
    if (over.position_count || !over.position_names.empty()) {
        out.position_count = over.position_count;
        out.position_names = over.position_names;
    }
    if (!over.parts.empty()) {
        out.parts = over.parts;
    }
    take(out.spots, over.spots);
    return out;
}

std::string describe(const Dose& dose, std::optional<Pick> which) {
    std::string work;
    if (dose.reps) {
        const std::string reps = count_text(*dose.reps, which);
        if (dose.rep_hold) {
            work = "hold " + spoken_duration(*dose.rep_hold) + ", " + reps + " times";
        } else if (!dose.parts.empty()) {
            work = reps + " each of " + join(dose.parts, ", ");
        } else {
            work = reps + (reps == "1" ? " rep" : " reps");
        }
    } else if (dose.hold) {
        work = duration_text(*dose.hold, which);
        if (!dose.parts.empty()) {
            work += " each of " + join(dose.parts, ", ");
        }
    } else if (dose.duration) {
        work = duration_text(*dose.duration, which);
    }
    if (dose.sets) {
        const std::string sets = count_text(*dose.sets, which);
        if (sets != "1") {
            work = sets + " × " + work;
        }
    }
    if (dose.alternating()) {
        work += " each side, alternating";
    } else if (dose.two_sides()) {
        work += " each side";
    } else if (dose.directions.size() > 1) {
        work += " each direction";
    }
    if (dose.positions() > 1) {
        work += dose.position_names.empty() ? " at each of " + std::to_string(dose.positions()) + " positions"
                                            : " at each position (" + join(dose.position_names, ", ") + ")";
    }
    if (dose.spots) {
        const std::string spots = count_text(*dose.spots, which);
        work += " per spot, " + spots + (spots == "1" ? " spot" : " spots");
    }
    return work;
}

std::string compact(const Dose& dose, Pick which) {
    std::string out;
    const int sets = dose.sets ? pick(*dose.sets, which) : 1;
    if (sets > 1) {
        out = std::to_string(sets) + "x";
    }
    if (dose.reps) {
        out += std::to_string(pick(*dose.reps, which));
    } else if (dose.hold) {
        out += format_duration(pick(*dose.hold, which));
    } else if (dose.duration) {
        out += format_duration(pick(*dose.duration, which));
    }
    if (dose.sides.value_or(1) == 2) {
        out += "/side";
    }
    return out;
}

} // namespace br::model
