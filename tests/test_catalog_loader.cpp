#include <backroutine/catalog/loader.hpp>
#include <backroutine/catalog/yaml_tree.hpp>
#include <backroutine/error.hpp>
#include <backroutine/model/dose.hpp>

#include "support/process.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

using namespace br::catalog;
namespace fs = std::filesystem;

namespace {

Loaded load_over_builtin(const std::string& name, const std::string& text) {
    return load_layers({builtin_layer(), Layer{"test", {{name, text}}}});
}

const std::string k_exercise = R"(exercises:
  - id: desk-shrug
    name: Desk Shrug
    category: warm-up
    targets: [upper-traps]
    position: [seated, standing]
    intensity: gentle
    why: Wakes up the shoulders.
    steps: [Lift both shoulders., Let them drop.]
    dose: {reps: 10-15, tempo: 3s}
)";

} // namespace

TEST_SUITE("catalog::load") {
    TEST_CASE("every hostile fixture gives its exact errors") {
        const fs::path dir = fs::path(BR_FIXTURES) / "hostile";
        std::vector<fs::path> fixtures;
        for (const auto& entry : fs::directory_iterator(dir)) {
            if (entry.path().extension() == ".yaml") {
                fixtures.push_back(entry.path());
            }
        }
        std::sort(fixtures.begin(), fixtures.end());
        REQUIRE(fixtures.size() >= 30);
        for (const auto& path : fixtures) {
            const std::string name = path.filename().string();
            CAPTURE(name);
            const Loaded loaded = load_over_builtin(name, br::test::read_text(path.string()));
            const std::string expected = br::test::read_text(fs::path(path).replace_extension(".err").string());
            CHECK(!loaded.diagnostics.empty());
            CHECK(format_all(loaded.diagnostics) == expected);
        }
    }

    TEST_CASE("a valid exercise loads with every field") {
        const Loaded loaded = load_over_builtin("mine.yaml", k_exercise);
        REQUIRE(loaded.diagnostics.empty());
        const auto* exercise = loaded.catalog.find_exercise("desk-shrug");
        REQUIRE(exercise != nullptr);
        CHECK(exercise->name == "Desk Shrug");
        CHECK(exercise->positions.size() == 2);
        CHECK(exercise->position() == br::model::Position::seated);
        CHECK(exercise->dose.reps == br::model::Range{10, 15});
        CHECK(exercise->dose.tempo == 3);
        CHECK(exercise->origin == br::model::Origin{"mine.yaml", 2, 5});
    }

    TEST_CASE("later layers win on equal ids and keep the entry's place") {
        std::string text = k_exercise;
        text.replace(text.find("desk-shrug"), 10, "cat-cow");
        const Loaded loaded = load_over_builtin("mine.yaml", text);
        REQUIRE(loaded.diagnostics.empty());
        const auto* exercise = loaded.catalog.find_exercise("cat-cow");
        REQUIRE(exercise != nullptr);
        CHECK(exercise->name == "Desk Shrug");
        CHECK(exercise->origin.file == "mine.yaml");
    }

    TEST_CASE("the same id twice in one layer names both places") {
        const Loaded loaded =
            load_layers({builtin_layer(), Layer{"test", {{"a.yaml", k_exercise}, {"b.yaml", k_exercise}}}});
        REQUIRE(loaded.diagnostics.size() == 1);
        CHECK(loaded.diagnostics[0].to_string() ==
              "b.yaml:2:5: error: duplicate exercise id 'desk-shrug' (also defined at a.yaml:2)");
    }

    TEST_CASE("a file whose mapping has steps is a single routine") {
        const Loaded loaded = load_over_builtin(
            "r.yaml", "id: my-break\nname: My Break\nsteps:\n  - exercise: cat-cow\n    dose: {reps: 5}\n");
        REQUIRE(loaded.diagnostics.empty());
        const auto* routine = loaded.catalog.find_routine("my-break");
        REQUIRE(routine != nullptr);
        REQUIRE(routine->steps.size() == 1);
        CHECK(routine->steps[0].dose->reps == br::model::Range{5, 5});
    }

    TEST_CASE("tabs after the indentation are text, not indentation") {
        // In a block scalar, in a quoted or plain string running over lines,
        // and in a flow list over lines, a tab is part of the text or of the
        // spacing; only the indentation of a line that starts a node must be spaces.
        std::string text = k_exercise;
        text.replace(text.find("    why: Wakes up the shoulders.\n"), 33,
                     "    why: |\n      Wakes up\n      \tthe shoulders.\n    cues: [Slowly,\n\tgently]\n");
        const Loaded loaded = load_over_builtin("mine.yaml", text);
        REQUIRE(format_all(loaded.diagnostics).empty());
        const auto* exercise = loaded.catalog.find_exercise("desk-shrug");
        REQUIRE(exercise != nullptr);
        CHECK(exercise->why == "Wakes up\n\tthe shoulders.\n");
        CHECK(exercise->cues == std::vector<std::string>{"Slowly", "gently"});
    }

    TEST_CASE("deep flow nesting stops before yaml-cpp reads it whole") {
        // 15 MiB of '[' took GBs and 20 s when only the event handler counted levels.
        for (const std::string open : {"[", "{a: "}) {
            CAPTURE(open);
            std::string text = "exercises: ";
            while (text.size() < std::size_t{15} << 20) {
                text += open;
            }
            const YamlParse parsed = parse_yaml(text);
            REQUIRE(parsed.diagnostics.size() == 1);
            CHECK(parsed.diagnostics[0].message == "nesting is deeper than 32 levels");
            CHECK(parsed.diagnostics[0].line == 1);
        }
    }

    TEST_CASE("100,000 problems in one file: the first 50 and a count") {
        std::string text = "exercises:\n";
        for (int i = 0; i < 100'000; ++i) {
            text += "  - 5\n";
        }
        Diagnostics out;
        (void)parse_catalog_text({"many.yaml", text}, out);
        REQUIRE(out.size() == 51);
        CHECK(out.back().to_string() ==
              "many.yaml:52:5: error: and 99950 more problems in this file (the first 50 are shown)");
    }

    TEST_CASE("routine limits are checked at load time at the step that goes past — each routine walked once") {
        // Eight routines of ten steps, each including the next: 10^8 exercises
        // once inlined, which a walk without memory would take minutes over.
        std::string text = "routines:\n";
        for (int i = 0; i < 8; ++i) {
            text += "  - id: r" + std::to_string(i) + "\n    name: R\n    steps:\n";
            for (int k = 0; k < 10; ++k) {
                text += i < 7 ? "      - routine: r" + std::to_string(i + 1) + "\n" : "      - exercise: cat-cow\n";
            }
        }
        const Loaded loaded = load_over_builtin("nested.yaml", text);
        // r4 reaches 3,000 exercises at its third step; r3 to r0 include r4 at their first.
        std::string expected;
        for (int i = 0; i < 5; ++i) {
            const int line = 5 + 13 * i + (i == 4 ? 2 : 0); // each routine takes 13 lines
            expected += "nested.yaml:" + std::to_string(line) + ":18: error: routine 'r" + std::to_string(i) +
                        "' expands to more than 2000 exercises\n";
        }
        CHECK(format_all(loaded.diagnostics) == expected);
    }

    TEST_CASE("valid YAML that used to be refused: CR line ends, a tab in a quoted string's next line") {
        std::string text = k_exercise;
        text.replace(text.find("    why: Wakes up the shoulders.\n"), 33, "    why: \"Wakes up\n\tthe shoulders.\"\n");
        std::string mac = text;
        std::replace(mac.begin(), mac.end(), '\n', '\r');
        for (const auto& variant : {text, mac}) {
            const Loaded loaded = load_over_builtin("mine.yaml", variant);
            REQUIRE(format_all(loaded.diagnostics).empty());
            REQUIRE(loaded.catalog.find_exercise("desk-shrug") != nullptr);
            CHECK(loaded.catalog.find_exercise("desk-shrug")->why == "Wakes up the shoulders.");
        }
    }

    TEST_CASE("a file name with a newline is quoted in FILE:LINE:COL") {
        const Loaded loaded = load_over_builtin("evil\nname.yaml", "exercises: 5\n");
        CHECK(format_all(loaded.diagnostics) ==
              "\"evil\\nname.yaml\":1:12: error: 'exercises' must be a list, not a value\n");
    }

    TEST_CASE("unreadable paths are refused with exit code 66") {
        br::test::TempDir dir;
        auto code_of = [](const std::string& path) {
            try {
                (void)read_input_file(path);
            } catch (const br::Error& error) {
                return std::pair{static_cast<int>(error.code()), std::string(error.what())};
            }
            return std::pair{0, std::string()};
        };
        CHECK(code_of(dir.path()) == std::pair{66, "cannot read '" + dir.path() + "': it is a directory"});
        CHECK(code_of("/dev/zero") == std::pair{66, std::string("cannot read '/dev/zero': it is not a regular file")});
        CHECK(code_of(dir.path() + "/missing.yaml") ==
              std::pair{66, "cannot read '" + dir.path() + "/missing.yaml': No such file or directory"});
        const std::string big = dir.write("big.yaml", std::string(k_max_file_bytes + 1, '#'));
        CHECK(code_of(big) == std::pair{66, "cannot read '" + big + "': it is larger than 16 MiB"});
    }
}

TEST_SUITE("model::dose") {
    TEST_CASE("an override of the same kind keeps tempo and rep_hold") {
        br::model::Dose base;
        base.reps = br::model::Range{15, 20};
        base.rep_hold = 5;
        base.tempo = 3;
        br::model::Dose over;
        over.reps = br::model::Range{10, 10};
        const auto merged = br::model::merge(base, over);
        CHECK(merged.reps == br::model::Range{10, 10});
        CHECK(merged.rep_hold == 5);
        CHECK(merged.tempo == 3);

        br::model::Dose hold;
        hold.hold = br::model::Range{30, 30};
        const auto changed = br::model::merge(base, hold);
        CHECK_FALSE(changed.reps);
        CHECK_FALSE(changed.rep_hold);
        CHECK_FALSE(changed.tempo);
    }

    TEST_CASE("doses in plain words") {
        br::model::Dose dose;
        dose.hold = br::model::Range{30, 30};
        dose.sides = 2;
        CHECK(br::model::describe(dose) == "30 s each side");
        dose.sets = br::model::Range{2, 2};
        CHECK(br::model::describe(dose) == "2 × 30 s each side");
        br::model::Dose reps;
        reps.reps = br::model::Range{12, 12};
        reps.sets = br::model::Range{3, 3};
        CHECK(br::model::describe(reps) == "3 × 12 reps");
        reps.sets.reset();
        reps.rep_hold = 5;
        reps.reps = br::model::Range{10, 10};
        CHECK(br::model::describe(reps) == "hold 5 s, 10 times");
        br::model::Dose range;
        range.hold = br::model::Range{20, 30};
        CHECK(br::model::describe(range) == "20-30 s");
        CHECK(br::model::describe(range, br::model::Pick::high) == "30 s");
    }
}
