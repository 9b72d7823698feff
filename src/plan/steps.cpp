#include <backroutine/error.hpp>
#include <backroutine/plan/steps.hpp>
#include <backroutine/util/text.hpp>

namespace br::plan {
namespace {

constexpr const char* k_forms = "write 10, 45s, 1m30s, 3x12 or 2x30s, with /side for each side";

[[noreturn]] void bad_dose(std::string_view text, const std::string& why) {
    throw Error("--step dose '" + util::sanitize(text) + "' " + why + " (" + k_forms + ")", ExitCode::usage);
}

bool is_duration_text(std::string_view text) {
    return text.find_first_of("hms") != std::string_view::npos;
}

// Takes the "/side" suffix and the "3x" prefix off `text` into `dose`; what
// is left is the amount.
std::string_view take_sides_and_sets(std::string_view text, model::Dose& dose) {
    std::string_view body = text;
    if (const auto slash = body.find('/'); slash != std::string_view::npos) {
        if (body.substr(slash) != "/side") {
            bad_dose(text, "has an unknown suffix '" + std::string(body.substr(slash)) + "'");
        }
        dose.sides = 2;
        body = body.substr(0, slash);
    }
    if (body.empty()) {
        bad_dose(text, "is empty");
    }
    if (const auto x = body.find('x'); x != std::string_view::npos) {
        auto sets = model::parse_count(body.substr(0, x), 20, false);
        if (!sets) {
            bad_dose(text, "has a set count that " + sets.error);
        }
        dose.sets = sets.value;
        body = body.substr(x + 1);
        if (body.empty()) {
            bad_dose(text, "has nothing after the 'x'");
        }
    }
    return body;
}

} // namespace

model::Dose parse_compact_dose(std::string_view text, const model::Exercise& exercise) {
    model::Dose dose;
    const std::string_view body = take_sides_and_sets(text, dose);
    const auto work = exercise.dose.work();
    // What a "did you mean" keeps of the text: the sets before the amount and the side after it.
    const std::string id = util::sanitize(exercise.id);
    const std::string before = util::sanitize(text.substr(0, static_cast<std::size_t>(body.data() - text.data())));
    const std::string after = dose.sides ? "/side" : "";
    const std::string given = "--step '" + id + ":" + util::sanitize(text) + "': " + id;
    if (is_duration_text(body)) {
        if (work == model::WorkKind::reps) {
            // "cat-cow:10s": a time for an exercise done in reps.
            const std::string count = util::sanitize(body.substr(0, body.find_first_not_of("0123456789-")));
            throw Error(given + " is done in reps" +
                            (count.empty() ? "" : "; did you mean " + id + ":" + before + count + after + "?"),
                        ExitCode::usage);
        }
        auto seconds = model::parse_duration_range(body);
        if (!seconds) {
            bad_dose(text, "has a duration that " + seconds.error);
        }
        if (exercise.dose.work() == model::WorkKind::duration) {
            dose.duration = seconds.value;
        } else {
            dose.hold = seconds.value;
        }
        return dose;
    }
    const bool plain_count = body.find_first_not_of("0123456789-") == std::string_view::npos;
    if (work && *work != model::WorkKind::reps && plain_count) {
        // "thread-the-needle:30/side": a count for an exercise that is held or timed.
        throw Error(given + (*work == model::WorkKind::hold ? " is a hold" : " is timed") + "; did you mean " + id +
                        ":" + before + util::sanitize(body) + "s" + after + "?",
                    ExitCode::usage);
    }
    auto reps = model::parse_count(body, 500, true);
    if (!reps) {
        bad_dose(text, "has a count that " + reps.error);
    }
    dose.reps = reps.value;
    return dose;
}

model::Routine routine_from_steps(const std::vector<std::string>& steps, const model::Catalog& catalog) {
    model::Routine routine;
    routine.id = "custom";
    routine.name = "Custom routine";
    routine.origin.file = "--step";
    const auto ids = catalog.exercise_ids();
    for (const auto& text : steps) {
        const auto colon = text.find(':');
        const std::string id = text.substr(0, colon);
        const auto* exercise = catalog.find_exercise(id);
        if (exercise == nullptr) {
            throw Error("--step '" + util::sanitize(text) + "': no exercise '" + util::sanitize(id) + "'" +
                            util::did_you_mean(id, ids),
                        ExitCode::usage);
        }
        model::RoutineStep step;
        step.exercise = id;
        if (colon != std::string::npos) {
            step.dose = parse_compact_dose(std::string_view(text).substr(colon + 1), *exercise);
        }
        routine.steps.push_back(std::move(step));
    }
    if (routine.steps.empty()) {
        throw Error("no steps given", ExitCode::usage);
    }
    return routine;
}

} // namespace br::plan
