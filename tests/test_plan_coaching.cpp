// Rep phases, directions, alternating sides, side placeholders, transitions
// and setup time from the equipment, on a small catalog written here.
#include <backroutine/catalog/loader.hpp>
#include <backroutine/model/dose.hpp>
#include <backroutine/plan/expand.hpp>

#include <doctest/doctest.h>

#include <algorithm>

using namespace br;
using model::SegmentKind;
using model::Side;

namespace {

const model::Catalog& test_catalog() {
    static const model::Catalog loaded = [] {
        auto result = catalog::load_layers({catalog::read_layer(BR_FIXTURES "/coaching.yaml")});
        REQUIRE(result.diagnostics.empty());
        return result.catalog;
    }();
    return loaded;
}

model::Timeline plan_steps(const std::vector<std::string>& ids) {
    model::Routine routine;
    routine.id = "t";
    routine.name = "T";
    for (const auto& id : ids) {
        model::RoutineStep step;
        step.exercise = id;
        routine.steps.push_back(step);
    }
    return plan::expand(test_catalog(), routine, {});
}

std::vector<const model::Segment*> of_kind(const model::Timeline& timeline, SegmentKind kind) {
    std::vector<const model::Segment*> out;
    for (const auto& segment : timeline.segments) {
        if (segment.kind == kind) {
            out.push_back(&segment);
        }
    }
    return out;
}

} // namespace

TEST_SUITE("plan::coaching") {
    TEST_CASE("directions are blocks named by direction, never sides") {
        const auto timeline = plan_steps({"circles"});
        const auto reps = of_kind(timeline, SegmentKind::reps);
        REQUIRE(reps.size() == 2);
        CHECK(reps[0]->direction == "forward");
        CHECK(reps[1]->direction == "backward");
        CHECK(reps[0]->side == Side::none);
        CHECK(reps[1]->side == Side::none);
        const auto change = of_kind(timeline, SegmentKind::switch_sides);
        REQUIRE(change.size() == 1);
        CHECK(change[0]->direction == "backward");
        CHECK(change[0]->side == Side::none);
        CHECK(model::describe(test_catalog().find_exercise("circles")->dose) == "5 reps each direction");
    }

    TEST_CASE("alternating sides: one segment, reps counted per side") {
        const auto timeline = plan_steps({"reach"});
        const auto reps = of_kind(timeline, SegmentKind::reps);
        REQUIRE(reps.size() == 1);
        CHECK(reps[0]->alternate);
        CHECK(reps[0]->reps == 8);
        CHECK(reps[0]->side == Side::none);
        CHECK(reps[0]->rep_seconds == 3 + 5);
        CHECK(reps[0]->duration == 2 * 8 * 8);
        CHECK(of_kind(timeline, SegmentKind::switch_sides).empty());
        CHECK(model::describe(test_catalog().find_exercise("reach")->dose) ==
              "hold 5 s, 8 times each side, alternating");
    }

    TEST_CASE("a rep is its movement plus its hold, the hold lasting rep_hold") {
        const auto timeline = plan_steps({"lift"});
        const auto reps = of_kind(timeline, SegmentKind::reps);
        REQUIRE(reps.size() == 1);
        const std::vector<model::RepPhase> expected{
            {"lift", 2000, "Lift the chest"}, {"hold", 10000, "Lift the chest"}, {"lower", 2000, "Lower slowly"}};
        CHECK(reps[0]->phases == expected);
        CHECK(reps[0]->rep_seconds == 14);
        // Without rep_hold there is no hold phase; cues that do not pair alternate rep by rep.
        const auto rowing = plan_steps({"rows"});
        const auto rows = of_kind(rowing, SegmentKind::reps);
        REQUIRE(rows[0]->phases.size() == 2);
        CHECK(rows[0]->phases[0].millis + rows[0]->phases[1].millis == 3000);
        CHECK(rows[0]->phases[0].cue.empty());
    }

    TEST_CASE("steps name the working side — without a side they read for the first") {
        const auto& steps = test_catalog().find_exercise("reach")->steps;
        CHECK(model::for_side(steps[0], Side::left) == "Reach the left arm forward and the right leg back.");
        CHECK(model::for_side(steps[0], Side::right) == "Reach the right arm forward and the left leg back.");
        const auto sheet = model::steps_for_side(steps, Side::none);
        CHECK(sheet[0] == "Reach the left arm forward and the right leg back (then the other side).");
        CHECK(sheet[1] == "Come back.");
        CHECK(model::for_side("{Side} first", Side::right) == "Right first");
    }

    TEST_CASE("moving the ball or the roller gets a short transition") {
        const model::Timing timing;
        const auto ball = plan_steps({"ball"});
        const auto moves = of_kind(ball, SegmentKind::transition);
        REQUIRE(moves.size() == 1);
        CHECK(moves[0]->duration == timing.transition);
        CHECK(moves[0]->cue == "Move the ball to a new spot");
        CHECK(moves[0]->label() == "Spot 2 of 2");
        const auto holds = of_kind(ball, SegmentKind::hold);
        REQUIRE(holds.size() == 2);
        CHECK(holds[1]->label() == "Spot 2 of 2");
        const auto rolled = plan_steps({"roller"});
        const auto roller = of_kind(rolled, SegmentKind::transition);
        REQUIRE(roller.size() == 1);
        CHECK(roller[0]->cue == "Move the roller to position 2 (middle)");
        CHECK(roller[0]->label() == "Position 2 of 2: middle");
    }

    TEST_CASE("setup time from the equipment as well as the position change") {
        const model::Timing timing;
        const auto timeline = plan_steps({"rows", "pulls", "pulls"});
        const auto setups = of_kind(timeline, SegmentKind::setup);
        REQUIRE(setups.size() == 3);
        CHECK(setups[0]->duration == timing.setup_same + timing.setup_equipment); // fetch and anchor the band
        CHECK(setups[1]->duration == timing.setup_same + timing.setup_equipment); // re-anchor it higher
        CHECK(setups[2]->duration == timing.setup_same);                          // the same exercise again
        const auto& ball = *test_catalog().find_exercise("ball");
        const auto& roller = *test_catalog().find_exercise("roller");
        CHECK(plan::equipment_seconds(&ball, roller, timing) == timing.setup_equipment);
        CHECK(plan::equipment_seconds(&roller, roller, timing) == 0);
    }

    TEST_CASE("the loader checks directions, alternate and phases") {
        auto problems = [](const std::string& dose, const std::string& extra = "") {
            const std::string text = "exercises:\n  - id: x\n    name: X\n    category: stretch\n    targets: [neck]\n"
                                     "    position: seated\n    intensity: gentle\n    why: W.\n    steps: [S.]\n"
                                     "    dose: " +
                                     dose + "\n" + extra;
            auto loaded = catalog::load_layers({catalog::Layer{"t", {{"t.yaml", text}}}});
            std::string all;
            for (const auto& d : loaded.diagnostics) {
                all += d.message + "\n";
            }
            return all;
        };
        CHECK(problems("{reps: 5, directions: [forward, backward]}").empty());
        CHECK(problems("{reps: 5, sides: 2, directions: [forward, backward]}") ==
              "a dose has either 'sides' or 'directions', not both\n");
        CHECK(problems("{reps: 5, directions: [forward]}").find("'directions' names from 2") != std::string::npos);
        CHECK(problems("{reps: 5, alternate: true}") ==
              "'alternate' needs 'reps' and 'sides: 2' (left and right alternate rep by rep)\n");
        CHECK(problems("{reps: 5, rep_hold: 5s}", "    phases: [up, hold, down]\n").empty());
        CHECK(problems("{hold: 5s}", "    phases: [up, down]\n") == "'phases' apply to exercises done in 'reps'\n");
        CHECK(problems("{reps: 5}", "    phases: [hold, hold]\n").find("'hold' once") != std::string::npos);
    }
}
