#include <backroutine/catalog/builtin.hpp>
#include <backroutine/catalog/loader.hpp>
#include <backroutine/render/yaml.hpp>

#include <doctest/doctest.h>

#include <set>

using namespace br::catalog;

TEST_SUITE("catalog::builtin") {
    TEST_CASE("the built-in catalog loads without a problem") {
        const Loaded loaded = load_layers({builtin_layer()});
        CHECK(format_all(loaded.diagnostics).empty());
        CHECK(loaded.catalog.exercises().size() >= 38);
    }

    TEST_CASE("the exercises the seeds name most are there, complete, with sources") {
        const Loaded loaded = load_layers({builtin_layer()});
        for (const char* id : {"cat-cow", "childs-pose", "thread-the-needle", "doorway-stretch",
                               "shoulder-blade-squeeze", "prone-y-t-w", "open-book", "band-rows", "face-pulls",
                               "wall-slides", "lat-stretch", "tennis-ball-release", "foam-roller-upper-back"}) {
            CAPTURE(id);
            CHECK(loaded.catalog.find_exercise(id) != nullptr);
        }
        const std::set<std::string> seeds{"000_e153dc227ad82516.txt", "001_29247268df4480cf.txt",
                                          "002_058b771d1907f394.txt", "003_69f098a32841200b.txt"};
        for (const auto& exercise : loaded.catalog.exercises()) {
            CAPTURE(exercise.id);
            CHECK(!exercise.steps.empty());
            CHECK(!exercise.why.empty());
            REQUIRE(!exercise.sources.empty());
            for (const auto& source : exercise.sources) {
                CHECK(seeds.contains(source));
            }
        }
    }

    TEST_CASE("the seed routines and the safety notes are there") {
        const Loaded loaded = load_layers({builtin_layer()});
        for (const char* id : {"quick-relief", "prevention", "comprehensive", "desk-break", "standing-break", "warm-up",
                               "desk-stretches", "yoga-pilates-flow", "foam-rolling"}) {
            CAPTURE(id);
            CHECK(loaded.catalog.find_routine(id) != nullptr);
        }
        const auto* comprehensive = loaded.catalog.find_routine("comprehensive");
        REQUIRE(comprehensive != nullptr);
        CHECK(comprehensive->steps.front().routine == "warm-up");
        CHECK(comprehensive->frequency == "3x per week");
        CHECK(!loaded.catalog.safety.avoid_acute.empty());
        CHECK(!loaded.catalog.safety.avoid_general.empty());
        CHECK(!loaded.catalog.safety.seek_help.empty());
    }

    TEST_CASE("every entry printed as YAML loads back unchanged") {
        const Loaded loaded = load_layers({builtin_layer()});
        for (const auto& exercise : loaded.catalog.exercises()) {
            CAPTURE(exercise.id);
            Diagnostics diagnostics;
            const auto back = parse_catalog_text({"x.yaml", br::render::to_yaml(exercise)}, diagnostics);
            CHECK(format_all(diagnostics).empty());
            REQUIRE(back.exercises.size() == 1);
            const auto& copy = back.exercises[0];
            CHECK(copy.name == exercise.name);
            CHECK(copy.aliases == exercise.aliases);
            CHECK(copy.steps == exercise.steps);
            CHECK(copy.cues == exercise.cues);
            CHECK(copy.dose == exercise.dose);
            CHECK(copy.positions == exercise.positions);
            CHECK(copy.equipment == exercise.equipment);
            CHECK(copy.overhead == exercise.overhead);
        }
        for (const auto& routine : loaded.catalog.routines()) {
            CAPTURE(routine.id);
            Diagnostics diagnostics;
            const auto back = parse_catalog_text({"x.yaml", br::render::routine_file_yaml(routine)}, diagnostics);
            CHECK(format_all(diagnostics).empty());
            REQUIRE(back.routines.size() == 1);
            REQUIRE(back.routines[0].steps.size() == routine.steps.size());
            for (std::size_t i = 0; i < routine.steps.size(); ++i) {
                CHECK(back.routines[0].steps[i].dose == routine.steps[i].dose);
            }
        }
    }
}

TEST_SUITE("catalog::builtin") {
    TEST_CASE("the compiled built-in catalog equals the YAML it was compiled from") {
        const Loaded loaded = load_layers({builtin_layer()});
        const br::model::Catalog compiled = builtin_catalog();
        REQUIRE(compiled.exercises().size() == loaded.catalog.exercises().size());
        REQUIRE(compiled.routines().size() == loaded.catalog.routines().size());
        for (std::size_t i = 0; i < compiled.exercises().size(); ++i) {
            const auto& a = compiled.exercises()[i];
            const auto& b = loaded.catalog.exercises()[i];
            CAPTURE(b.id);
            CHECK(a.id == b.id);
            CHECK(a.name == b.name);
            CHECK(a.aliases == b.aliases);
            CHECK(a.variant_of == b.variant_of);
            CHECK(a.category == b.category);
            CHECK(a.targets == b.targets);
            CHECK(a.positions == b.positions);
            CHECK(a.equipment == b.equipment);
            CHECK(a.intensity == b.intensity);
            CHECK(a.overhead == b.overhead);
            CHECK(a.why == b.why);
            CHECK(a.steps == b.steps);
            CHECK(a.dose == b.dose);
            CHECK(a.cues == b.cues);
            CHECK(a.cautions == b.cautions);
            CHECK(a.variations == b.variations);
            CHECK(a.sources == b.sources);
            CHECK(a.origin == b.origin);
        }
        for (std::size_t i = 0; i < compiled.routines().size(); ++i) {
            const auto& a = compiled.routines()[i];
            const auto& b = loaded.catalog.routines()[i];
            CAPTURE(b.id);
            CHECK(a.id == b.id);
            CHECK(a.name == b.name);
            CHECK(a.description == b.description);
            CHECK(a.frequency == b.frequency);
            CHECK(a.intensity == b.intensity);
            CHECK(a.origin == b.origin);
            REQUIRE(a.steps.size() == b.steps.size());
            for (std::size_t k = 0; k < a.steps.size(); ++k) {
                CHECK(a.steps[k].exercise == b.steps[k].exercise);
                CHECK(a.steps[k].routine == b.steps[k].routine);
                CHECK(a.steps[k].dose == b.steps[k].dose);
                CHECK(a.steps[k].note == b.steps[k].note);
                CHECK(a.steps[k].line == b.steps[k].line);
            }
        }
        CHECK(compiled.safety.emergency == loaded.catalog.safety.emergency);
        CHECK(compiled.safety.reminder == loaded.catalog.safety.reminder);
        CHECK(compiled.safety.seek_help == loaded.catalog.safety.seek_help);
        CHECK(compiled.safety.avoid_acute == loaded.catalog.safety.avoid_acute);
    }
}
