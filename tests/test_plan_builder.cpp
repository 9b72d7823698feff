#include <backroutine/catalog/loader.hpp>
#include <backroutine/error.hpp>
#include <backroutine/plan/builder.hpp>
#include <backroutine/render/yaml.hpp>

#include <doctest/doctest.h>

#include <algorithm>

using namespace br;

namespace {

const model::Catalog& builtin() {
    static const model::Catalog catalog = catalog::load_layers({catalog::builtin_layer()}).catalog;
    return catalog;
}

const model::Exercise& exercise_of(const model::RoutineStep& step) {
    return *builtin().find_exercise(step.exercise);
}

} // namespace

TEST_SUITE("plan::builder") {
    TEST_CASE("many seeds and budgets: within 10 %, deterministic, valid YAML") {
        const model::Timing timing;
        int built = 0;
        for (int minutes : {5, 8, 12, 15, 20, 25, 30, 40, 50, 60}) {
            for (const auto& focus : plan::focus_names()) {
                for (std::uint64_t seed = 1; seed <= 5; ++seed) {
                    plan::BuildRequest request;
                    request.minutes = minutes;
                    request.focus = *plan::parse_focus(focus);
                    request.seed = seed;
                    CAPTURE(minutes);
                    CAPTURE(focus);
                    CAPTURE(seed);
                    const auto routine = plan::build(builtin(), request, timing);
                    const int seconds = plan::routine_seconds(builtin(), routine, timing, false);
                    CHECK(seconds >= minutes * 60 * 9 / 10);
                    CHECK(seconds <= minutes * 60 * 11 / 10);
                    const std::string yaml = render::routine_file_yaml(routine);
                    CHECK(render::routine_file_yaml(plan::build(builtin(), request, timing)) == yaml);
                    catalog::Diagnostics diagnostics;
                    const auto back = catalog::parse_catalog_text({"built.yaml", yaml}, diagnostics);
                    CHECK(diagnostics.empty());
                    REQUIRE(back.routines.size() == 1);
                    CHECK(plan::routine_seconds(builtin(), back.routines[0], timing, false) == seconds);
                    ++built;
                }
            }
        }
        CHECK(built == 300);
    }

    TEST_CASE("different seeds give different routines") {
        plan::BuildRequest a;
        a.minutes = 15;
        a.seed = 1;
        plan::BuildRequest b = a;
        b.seed = 2;
        CHECK(render::routine_file_yaml(plan::build(builtin(), a, {})) !=
              render::routine_file_yaml(plan::build(builtin(), b, {})));
    }

    TEST_CASE("equipment, position and acute limits are kept") {
        for (std::uint64_t seed = 1; seed <= 20; ++seed) {
            CAPTURE(seed);
            plan::BuildRequest seated;
            seated.minutes = 12;
            seated.seed = seed;
            seated.positions = {model::Position::seated};
            seated.equipment = std::vector<model::Equipment>{};
            for (const auto& step : plan::build(builtin(), seated, {}).steps) {
                const auto& exercise = exercise_of(step);
                CHECK(exercise.position() == model::Position::seated);
                for (const auto item : exercise.equipment) {
                    CHECK(item == model::Equipment::chair);
                }
            }
            plan::BuildRequest acute;
            acute.minutes = 15;
            acute.seed = seed;
            acute.acute = true;
            acute.focus = plan::Focus::strength;
            const auto routine = plan::build(builtin(), acute, {});
            CHECK(routine.intensity == model::RoutineIntensity::gentle);
            for (const auto& step : routine.steps) {
                CHECK_FALSE(plan::avoid_when_acute(exercise_of(step)));
            }
            plan::BuildRequest banded;
            banded.minutes = 20;
            banded.seed = seed;
            banded.equipment = std::vector{model::Equipment::band};
            for (const auto& step : plan::build(builtin(), banded, {}).steps) {
                for (const auto item : exercise_of(step).equipment) {
                    CHECK((item == model::Equipment::band || item == model::Equipment::chair ||
                           item == model::Equipment::mat));
                }
            }
        }
    }

    TEST_CASE("the order of approach: release, mobilise, stretch, strengthen") {
        plan::BuildRequest request;
        request.minutes = 30;
        request.focus = plan::Focus::relief;
        request.seed = 3;
        const auto routine = plan::build(builtin(), request, {});
        auto rank = [](model::Category category) {
            switch (category) {
            case model::Category::warm_up:
                return 0;
            case model::Category::release:
                return 1;
            case model::Category::mobility:
                return 2;
            case model::Category::stretch:
                return 3;
            case model::Category::strength:
                return 4;
            }
            return 5;
        };
        for (std::size_t i = 1; i < routine.steps.size(); ++i) {
            CHECK(rank(exercise_of(routine.steps[i - 1]).category) <= rank(exercise_of(routine.steps[i]).category));
        }
    }

    TEST_CASE("limits that leave too little to fill the time are an error") {
        plan::BuildRequest request;
        request.minutes = 60;
        request.positions = {model::Position::side_lying};
        CHECK_THROWS_AS(plan::build(builtin(), request, {}), Error);
    }
}
