#include <backroutine/catalog/builtin.hpp>
#include <backroutine/catalog/loader.hpp>
#include <backroutine/render/yaml.hpp>

#include <doctest/doctest.h>

#include <algorithm>
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

    TEST_CASE("every source a built-in entry cites is a listed article with a title") {
        const Loaded loaded = load_layers({builtin_layer()});
        const auto& catalog = loaded.catalog;
        REQUIRE(catalog.sources().size() == 4);
        std::vector<std::string> cited = catalog.safety.sources;
        for (const auto& exercise : catalog.exercises()) {
            cited.insert(cited.end(), exercise.sources.begin(), exercise.sources.end());
        }
        for (const auto& routine : catalog.routines()) {
            cited.insert(cited.end(), routine.sources.begin(), routine.sources.end());
        }
        for (const auto& id : cited) {
            CAPTURE(id);
            const auto listed = std::find_if(catalog.sources().begin(), catalog.sources().end(),
                                             [&](const auto& source) { return source.id == id; });
            REQUIRE(listed != catalog.sources().end());
            CHECK(!listed->title.empty());
            CHECK(catalog.source_name(id).find(".txt") == std::string::npos);
        }
        CHECK(catalog.source_name("a book on my shelf") == "a book on my shelf");
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
