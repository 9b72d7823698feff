#include <backroutine/catalog/loader.hpp>
#include <backroutine/error.hpp>
#include <backroutine/plan/expand.hpp>

#include "support/helpers.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace br;
using model::SegmentKind;
using model::Side;

using br::test::builtin;

namespace {

model::Routine one_step(const std::string& exercise, model::Dose dose) {
    model::Routine routine;
    routine.id = "t";
    routine.name = "T";
    model::RoutineStep step;
    step.exercise = exercise;
    step.dose = std::move(dose);
    routine.steps.push_back(step);
    return routine;
}

std::vector<SegmentKind> kinds(const model::Timeline& timeline) {
    std::vector<SegmentKind> out;
    for (const auto& segment : timeline.segments) {
        out.push_back(segment.kind);
    }
    return out;
}

} // namespace

TEST_SUITE("plan::expand") {
    TEST_CASE("every built-in routine is contiguous and ends at its total") {
        for (const auto& routine : builtin().routines()) {
            CAPTURE(routine.id);
            const auto timeline = plan::expand(builtin(), routine, {});
            REQUIRE(timeline.segments.size() >= 3);
            int now = 0;
            for (const auto& segment : timeline.segments) {
                CHECK(segment.start == now);
                CHECK(segment.duration >= 0);
                now = segment.end();
            }
            CHECK(now == timeline.total);
            CHECK(timeline.segments.front().kind == SegmentKind::lead_in);
            CHECK(timeline.segments.back().kind == SegmentKind::done);
            CHECK(timeline.segments.back().duration == 0);
            int steps_total = timeline.segments.front().duration;
            for (const auto& step : timeline.steps) {
                steps_total += step.seconds;
            }
            CHECK(steps_total == timeline.total);
        }
    }

    TEST_CASE("the seeds' headline lengths") {
        auto minutes = [](const std::string& id) { return test::builtin_timeline(id).total / 60.0; };
        CHECK(minutes("quick-relief") >= 8);
        CHECK(minutes("quick-relief") <= 12);
        CHECK(minutes("prevention") >= 12);
        CHECK(minutes("prevention") <= 18);
        CHECK(minutes("comprehensive") >= 20);
        CHECK(minutes("comprehensive") <= 30);
    }

    TEST_CASE("a hold on each side: setup, left, switch, right") {
        model::Dose dose;
        dose.hold = model::Range{30, 30};
        const auto timeline = plan::expand(builtin(), one_step("thread-the-needle", dose), {});
        CHECK(kinds(timeline) == std::vector{SegmentKind::lead_in, SegmentKind::setup, SegmentKind::hold,
                                             SegmentKind::switch_sides, SegmentKind::hold, SegmentKind::done});
        const auto& s = timeline.segments;
        CHECK(s[1].duration == model::Timing{}.setup_floor); // standing to all fours
        CHECK(s[2].side == Side::left);
        CHECK(s[2].duration == 30);
        CHECK(s[3].duration == model::Timing{}.switch_sides);
        CHECK(s[4].side == Side::right);
        CHECK(s[4].duration == 30);
    }

    TEST_CASE("sets become sets with rest between them") {
        model::Dose dose;
        dose.reps = model::Range{12, 12};
        dose.sets = model::Range{3, 3};
        dose.tempo = 3;
        const auto timeline = plan::expand(builtin(), one_step("band-rows", dose), {});
        CHECK(kinds(timeline) == std::vector{SegmentKind::lead_in, SegmentKind::setup, SegmentKind::reps,
                                             SegmentKind::rest, SegmentKind::reps, SegmentKind::rest, SegmentKind::reps,
                                             SegmentKind::done});
        CHECK(timeline.segments[2].set == 1);
        CHECK(timeline.segments[6].set == 3);
        CHECK(timeline.segments[2].duration == 36);
        CHECK(timeline.segments[3].duration == model::Timing{}.rest);
    }

    TEST_CASE("positions, parts and spots become their own segments") {
        const auto prevention = test::builtin_timeline("prevention");
        std::vector<std::string> cues;
        std::vector<std::string> labels; // position label or part, as carried apart from the cue
        for (const auto& segment : prevention.segments) {
            if (segment.kind == SegmentKind::reps &&
                (segment.exercise == "thoracic-extension-foam-roller" || segment.exercise == "prone-y-t-w")) {
                cues.push_back(segment.cue);
                labels.push_back(segment.position_label + segment.part);
            }
        }
        CHECK(cues == std::vector<std::string>{"Position 1 of 3: below the shoulder blades",
                                               "Position 2 of 3: middle of the shoulder blades",
                                               "Position 3 of 3: top of the shoulder blades", "Y", "T", "W"});
        CHECK(labels == cues);
        const auto quick = test::builtin_timeline("quick-relief");
        int spots = 0;
        for (const auto& segment : quick.segments) {
            if (segment.exercise == "tennis-ball-release" && segment.kind == SegmentKind::hold) {
                ++spots;
                CHECK(segment.cue == "Spot " + std::to_string(spots) + " of 2");
                CHECK(segment.spot_label == segment.cue);
            }
        }
        CHECK(spots == 2);
    }

    TEST_CASE("each step carries what the sheet, the screen and the voice show of its exercise") {
        const auto timeline = test::builtin_timeline("quick-relief");
        REQUIRE_FALSE(timeline.steps.empty());
        CHECK(timeline.description == builtin().find_routine("quick-relief")->description);
        for (const auto& step : timeline.steps) {
            const auto* exercise = builtin().find_exercise(step.exercise);
            REQUIRE(exercise != nullptr);
            CHECK(step.instructions == exercise->steps);
            CHECK(step.cautions == exercise->cautions);
            CHECK(step.equipment == exercise->equipment);
            CHECK(step.position == exercise->position());
        }
        CHECK(timeline.step_of(timeline.segments.front()) == &timeline.steps.front()); // lead-in: the first step
        CHECK(timeline.step_of(timeline.segments[2]) ==
              &timeline.steps[static_cast<std::size_t>(timeline.segments[2].step)]);
    }

    TEST_CASE("paced reps carry tempo, rep hold and a cue for each phase") {
        const auto quick = test::builtin_timeline("quick-relief");
        const auto squeeze = std::find_if(quick.segments.begin(), quick.segments.end(), [](const auto& s) {
            return s.exercise == "shoulder-blade-squeeze" && s.kind == SegmentKind::reps;
        });
        REQUIRE(squeeze != quick.segments.end());
        CHECK(squeeze->reps == 10);
        CHECK(squeeze->rep_hold == 5);
        CHECK(squeeze->rep_seconds == model::Timing{}.tempo + 5);
        CHECK(squeeze->duration == 10 * squeeze->rep_seconds);
        // The hold phase lasts the whole rep_hold; the movement shares the tempo.
        REQUIRE(squeeze->phases.size() == 3);
        CHECK(squeeze->phases[0].name == "move");
        CHECK(squeeze->phases[1] == model::RepPhase{"hold", 5000, "Squeeze and hold"});
        CHECK(squeeze->phases[2].name == "return");
        CHECK(squeeze->phases[0].millis + squeeze->phases[2].millis == model::Timing{}.tempo * 1000);
        CHECK(squeeze->phases[2].cue == "Release");
        const auto cat_cow = std::find_if(quick.segments.begin(), quick.segments.end(), [](const auto& s) {
            return s.exercise == "cat-cow" && s.kind == SegmentKind::reps;
        });
        REQUIRE(cat_cow != quick.segments.end());
        CHECK(cat_cow->rep_seconds == 6);
        const auto& exercise = *builtin().find_exercise("cat-cow");
        REQUIRE(cat_cow->phases.size() == 2);
        CHECK(cat_cow->phases[0] == model::RepPhase{"move", 3000, exercise.cues[0]});
        CHECK(cat_cow->phases[1] == model::RepPhase{"return", 3000, exercise.cues[1]});
        CHECK(cat_cow->cues.empty()); // paired with the phases, not alternating rep by rep
    }

    TEST_CASE("setup time follows the change of position") {
        const model::Timing timing;
        CHECK(plan::setup_seconds(model::Position::quadruped, model::Position::quadruped, timing) == timing.setup_same);
        CHECK(plan::setup_seconds(model::Position::standing, model::Position::seated, timing) == timing.setup_change);
        CHECK(plan::setup_seconds(model::Position::prone, model::Position::supine, timing) == timing.setup_change);
        CHECK(plan::setup_seconds(model::Position::standing, model::Position::prone, timing) == timing.setup_floor);
        CHECK(plan::setup_seconds(model::Position::supine, model::Position::seated, timing) == timing.setup_floor);
    }

    TEST_CASE("intensity picks the low, middle or high end of every range") {
        model::Routine routine;
        routine.id = "r";
        routine.name = "R";
        model::RoutineStep step;
        step.exercise = "cat-cow"; // 10-15 reps in the catalog
        routine.steps.push_back(step);
        auto reps_at = [&](model::RoutineIntensity intensity) {
            plan::PlanOptions options;
            options.intensity = intensity;
            return plan::expand(builtin(), routine, options).segments[2].reps;
        };
        CHECK(reps_at(model::RoutineIntensity::gentle) == 10);
        CHECK(reps_at(model::RoutineIntensity::standard) == 13);
        CHECK(reps_at(model::RoutineIntensity::full) == 15);
    }

    TEST_CASE("acute leaves out overhead, vigorous and resistance work and picks gentle doses") {
        plan::PlanOptions options;
        options.acute = true;
        const auto timeline = test::builtin_timeline("comprehensive", options);
        for (const auto& step : timeline.steps) {
            CAPTURE(step.exercise);
            CHECK_FALSE(plan::avoid_when_acute(*builtin().find_exercise(step.exercise)));
        }
        CHECK(std::find(timeline.left_out.begin(), timeline.left_out.end(), "Wall Slides") != timeline.left_out.end());
        CHECK(std::find(timeline.left_out.begin(), timeline.left_out.end(), "Band Rows") != timeline.left_out.end());
        CHECK(timeline.total < test::builtin_timeline("comprehensive").total);
    }

    TEST_CASE("timing settings change the timeline") {
        plan::PlanOptions options;
        options.timing.lead_in = 0;
        options.timing.switch_sides = 10;
        model::Dose dose;
        dose.hold = model::Range{30, 30};
        const auto timeline = plan::expand(builtin(), one_step("thread-the-needle", dose), options);
        CHECK(timeline.segments[0].duration == 0);
        CHECK(timeline.segments[3].duration == 10);
    }
}

TEST_SUITE("plan::expand limits") {
    TEST_CASE("a routine that would expand beyond sane limits is an error, not a hang") {
        model::Catalog catalog = builtin();
        model::Exercise huge = *catalog.find_exercise("neck-stretch");
        huge.id = "huge";
        huge.dose = {};
        huge.dose.reps = model::Range{500, 500};
        huge.dose.tempo = 3540;
        huge.dose.sets = model::Range{20, 20};
        huge.dose.sides = 2;
        catalog.put(huge);
        model::Routine one;
        one.id = "one";
        one.name = "One";
        one.steps.push_back({"huge", "", std::nullopt, "", 1, 1});
        CHECK_THROWS_WITH_AS(plan::expand(catalog, one, {}),
                             "routine 'one' is absurdly long (more than 24 hours or 20000 segments)", Error);

        // Eight routines of ten steps, each calling the next: 10^8 exercises.
        for (int i = 0; i < 8; ++i) {
            model::Routine routine;
            routine.id = "r" + std::to_string(i);
            routine.name = routine.id;
            for (int k = 0; k < 10; ++k) {
                model::RoutineStep step;
                if (i < 7) {
                    step.routine = "r" + std::to_string(i + 1);
                } else {
                    step.exercise = "neck-stretch";
                }
                routine.steps.push_back(step);
            }
            catalog.put(routine);
        }
        CHECK_THROWS_AS(plan::expand(catalog, *catalog.find_routine("r0"), {}), Error);
    }
}
