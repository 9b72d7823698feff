// The catalog commands, run as a real process the way a user runs them.
#include "support/process.hpp"

#include <nlohmann/json.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <sys/stat.h>

using br::test::run_br;

TEST_SUITE("cli::catalog") {
    TEST_CASE("--version and --help") {
        const auto version = run_br({"--version"});
        CHECK(version.code == 0);
        CHECK(version.out == "backroutine 0.1.0\n");
        const auto help = run_br({"--help"});
        CHECK(help.code == 0);
        CHECK(help.out.find("list") != std::string::npos);
        CHECK(help.out.find("65   invalid catalog") != std::string::npos);
    }

    TEST_CASE("list --format json has the catalog's field names") {
        const auto result = run_br({"list", "--format", "json"});
        REQUIRE(result.code == 0);
        const auto list = nlohmann::json::parse(result.out);
        REQUIRE(list.is_array());
        CHECK(list.size() >= 38);
        for (const auto& item : list) {
            for (const char* key : {"id", "name", "aliases", "category", "position", "equipment", "intensity",
                                    "overhead", "targets", "steps", "why", "dose", "sources"}) {
                CAPTURE(key);
                CHECK(item.contains(key));
            }
        }
    }

    TEST_CASE("list filters") {
        const auto seated = nlohmann::json::parse(run_br({"list", "--position", "seated", "--format", "json"}).out);
        REQUIRE(!seated.empty());
        for (const auto& item : seated) {
            const auto& positions = item["positions"];
            CHECK(std::find(positions.begin(), positions.end(), "seated") != positions.end());
        }
        const auto bare = nlohmann::json::parse(run_br({"list", "--equipment", "none", "--format", "json"}).out);
        REQUIRE(!bare.empty());
        for (const auto& item : bare) { // a chair and a mat are assumed
            for (const auto& kit : item["equipment"]) {
                CHECK((kit == "chair" || kit == "mat"));
            }
        }
        const auto release = run_br({"list", "--category", "release", "--format", "tsv"});
        CHECK(release.code == 0);
        CHECK(release.out.starts_with("ID\tNAME\tCATEGORY"));
        CHECK(release.out.find("tennis-ball-release\t") != std::string::npos);
        CHECK(release.out.find("cat-cow\t") == std::string::npos);
        const auto routines = run_br({"list", "routines"});
        CHECK(routines.out.find("quick-relief") != std::string::npos);
    }

    TEST_CASE("show in every format") {
        const auto text = run_br({"show", "thread-the-needle"});
        CHECK(text.code == 0);
        CHECK(text.out.find("Thread the Needle") != std::string::npos);
        CHECK(text.out.find("Defined in: <built-in>/exercises/") != std::string::npos);
        const auto json = nlohmann::json::parse(run_br({"show", "thread-the-needle", "--format", "json"}).out);
        CHECK(json["id"] == "thread-the-needle");
        CHECK(json["dose"]["sides"] == 2);
        CHECK(!json["steps"].empty());
        const auto routine = run_br({"show", "quick-relief"});
        CHECK(routine.out.find("Cat-Cow") != std::string::npos);
        // Alternatives live in a note of their own, not inside the numbered steps.
        const auto doorway = run_br({"show", "doorway-stretch"});
        CHECK(doorway.out.find("\nVariations\n  - Both arms at once:") != std::string::npos);
        const auto doorway_json = nlohmann::json::parse(run_br({"show", "doorway-stretch", "--format", "json"}).out);
        CHECK(doorway_json["variations"].size() == 1);
    }

    TEST_CASE("show --format yaml can be copied, renamed and validated") {
        br::test::TempDir dir;
        std::string yaml = run_br({"show", "cat-cow", "--format", "yaml"}).out;
        yaml.replace(yaml.find("id: cat-cow"), 11, "id: my-cat-cow");
        const std::string file = dir.write("mine.yaml", yaml);
        const auto result = run_br({"validate", file});
        CHECK(result.err == "");
        CHECK(result.code == 0);
        const auto shown = run_br({"--catalog", file, "show", "my-cat-cow"});
        CHECK(shown.out.find("Defined in: " + file + ":2") != std::string::npos);
    }

    TEST_CASE("user catalogs layer in order and show says where an entry came from") {
        br::test::TempDir dir;
        auto catalog = [&](const std::string& name, const std::string& file) {
            std::string yaml = run_br({"show", "cat-cow", "--format", "yaml"}).out;
            yaml.replace(yaml.find("name: Cat-Cow"), 13, "name: " + name);
            return dir.write(file, yaml);
        };
        catalog("From Data Dirs", "sys/backroutine/catalog/a.yaml");
        catalog("From Data Home", "home/backroutine/catalog/a.yaml");
        const std::string flag = catalog("From Flag", "flag.yaml");
        std::map<std::string, std::string> env{{"XDG_DATA_DIRS", dir.path() + "/sys"}};
        CHECK(run_br({"show", "cat-cow"}, env).out.starts_with("From Data Dirs"));
        env["XDG_DATA_HOME"] = dir.path() + "/home";
        const auto home = run_br({"show", "cat-cow"}, env);
        CHECK(home.out.starts_with("From Data Home"));
        CHECK(home.out.find(dir.path() + "/home/backroutine/catalog/a.yaml:2") != std::string::npos);
        CHECK(run_br({"--catalog", flag, "show", "cat-cow"}, env).out.starts_with("From Flag"));
    }

    TEST_CASE("sources by name — show, safety, plan and JSON name the article, a user's own source stays as written") {
        const auto shown = run_br({"show", "childs-pose"});
        REQUIRE(shown.code == 0);
        CHECK(shown.out.find("  - FemalePosture.com — Exercises for Upper Back Pain: Relief and Prevention") !=
              std::string::npos);
        CHECK(shown.out.find(".txt") == std::string::npos);
        CHECK(run_br({"safety"})
                  .out.find("  - Stretches and Exercises to Help Ease and Prevent Upper Back Pain (reviewed\n    "
                            "2022-01-27)") != std::string::npos);
        const auto json = nlohmann::json::parse(run_br({"show", "cat-cow", "--format", "json"}).out);
        REQUIRE(json["sources"].size() == 4);
        CHECK(json["sources"][0]["id"] == "000_e153dc227ad82516.txt");
        CHECK(json["sources"][0]["publisher"] == "FemalePosture.com");
        CHECK(json["sources"][0]["name"] == "FemalePosture.com — Exercises for Upper Back Pain: Relief and Prevention");
        CHECK(json["sources"][1]["title"] == "10 Best Upper Back Pain Exercises for Better Mobility");
        CHECK_FALSE(json["sources"][1].contains("publisher"));
        const auto plan = nlohmann::json::parse(run_br({"plan", "quick-relief", "--format", "json"}).out);
        CHECK(plan["sources"][0] == "FemalePosture.com — Exercises for Upper Back Pain: Relief and Prevention");

        br::test::TempDir dir;
        const std::string file = dir.write("mine.yaml", R"(exercises:
  - id: wall-angel
    name: Wall Angel
    category: mobility
    targets: [shoulders]
    position: standing
    intensity: gentle
    why: Opens the chest.
    steps: [Stand with your back to a wall.]
    dose: {reps: 8}
    sources: [my physiotherapist's handout, 002_058b771d1907f394.txt]
)");
        const auto mine = run_br({"show", "wall-angel", "--catalog", file});
        REQUIRE(mine.code == 0);
        CHECK(mine.out.find("  - my physiotherapist's handout\n  - 8 Stretches for Upper Back Pain: Improve Mobility "
                            "Now\n") != std::string::npos);
    }

    TEST_CASE("search matches names, aliases and targets") {
        const auto alias = run_br({"search", "cat-camel"});
        CHECK(alias.code == 0);
        CHECK(alias.out.find("cat-cow") != std::string::npos);
        const auto none = run_br({"search", "zebra"});
        CHECK(none.code == 1);
        CHECK(none.out.empty());
    }

    TEST_CASE("usage errors exit 2 with a suggestion") {
        const auto command = run_br({"lsit"});
        CHECK(command.code == 2);
        CHECK(command.err.starts_with("backroutine: error: unknown command 'lsit'; did you mean 'list'?\n"));
        const auto id = run_br({"show", "thread-the-needel"});
        CHECK(id.code == 2);
        CHECK(id.err == "backroutine: error: no exercise or routine 'thread-the-needel'; did you mean "
                        "'thread-the-needle'?\n");
        const auto option = run_br({"list", "--formt", "json"});
        CHECK(option.code == 2);
        CHECK(option.err.find("did you mean '--format'?") != std::string::npos);
        const auto value = run_br({"list", "--format", "xml"});
        CHECK(value.code == 2);
        CHECK(run_br({}).code == 2);
    }

    TEST_CASE("validate reports every problem with its position, exit 65") {
        br::test::TempDir dir;
        const std::string file =
            dir.write("bad.yaml", "exercises:\n  - id: Bad\n    name: ''\n    nme: x\n    dose: {reps: 010}\n");
        const auto result = run_br({"validate", file});
        CHECK(result.code == 65);
        CHECK(result.out.empty());
        CHECK(result.err == file +
                                ":2:5: error: exercise is missing the required keys 'category', 'targets', "
                                "'position', 'intensity', 'why', 'steps'\n" +
                                file +
                                ":2:9: error: 'id' must be kebab-case (lowercase letters, digits and single "
                                "hyphens), not 'Bad'\n" +
                                file + ":3:11: error: 'name' is empty\n" + file +
                                ":4:5: error: unknown key 'nme' in exercise; did you mean 'name'?\n" + file +
                                ":5:18: error: 'reps' has a leading zero (write it without, e.g. '10')\n");
    }

    TEST_CASE("routines nested 34 deep or of 2,001 steps — validate and plan say where, exit 65") {
        for (const std::string name : {"routine-too-deep", "routine-too-many-steps"}) {
            CAPTURE(name);
            const std::string file = std::string(BR_FIXTURES) + "/hostile/" + name + ".yaml";
            const std::string expected =
                std::string(BR_FIXTURES) + "/hostile/" + br::test::read_text(file.substr(0, file.size() - 5) + ".err");
            const auto validated = run_br({"validate", file});
            CHECK(validated.code == 65);
            CHECK(validated.err == expected);
            const auto planned = run_br({"plan", file});
            CHECK(planned.code == 65);
            CHECK(planned.err == expected + "backroutine: error: the catalog has 1 problem\n");
        }
    }

    TEST_CASE("validate: unreadable paths exit 66") {
        br::test::TempDir dir;
        const auto directory = run_br({"validate", dir.path()});
        CHECK(directory.code == 66);
        CHECK(directory.err == "backroutine: error: cannot read '" + dir.path() + "': it is a directory\n");
        CHECK(run_br({"validate", "/dev/null"}).code == 66);
        CHECK(run_br({"validate", dir.path() + "/none.yaml"}).code == 66);
        CHECK(run_br({"--catalog", dir.path() + "/none.yaml", "list"}).code == 66);
    }

    TEST_CASE("validate reads standard input") {
        const auto result = run_br({"validate", "-"}, {},
                                   "routines:\n  - id: a\n    name: A\n    steps:\n"
                                   "      - exercise: cat-cow\n");
        CHECK(result.code == 0);
        CHECK(result.out == "<stdin>: ok\n");
    }

    TEST_CASE("a broken user file is left out with a warning — the built-ins still load") {
        br::test::TempDir dir;
        const std::string file = dir.write("home/backroutine/catalog/broken.yaml", "exercises: 5\n");
        const std::map<std::string, std::string> env{{"XDG_DATA_HOME", dir.path() + "/home"}};
        for (const std::vector<std::string>& args : {std::vector<std::string>{"list"},
                                                     {"plan", "quick-relief"},
                                                     {"safety"},
                                                     {"build", "--seed", "1", "--equipment", "none"}}) {
            CAPTURE(args.front());
            const auto result = run_br(args, env);
            CHECK(result.code == 0);
            CHECK_FALSE(result.out.empty());
            CHECK(result.err == file +
                                    ":1:12: warning: 'exercises' must be a list, not a value\n"
                                    "backroutine: warning: " +
                                    file + " is left out (1 problem; see `backroutine validate " + file + "`)\n");
        }
        const auto flag = run_br({"--catalog", file, "list"});
        CHECK(flag.code == 0);
        CHECK(flag.out.find("thread-the-needle") != std::string::npos);
        CHECK(run_br({"validate", file}).code == 65);
    }

    TEST_CASE("an empty user file, as the guide's redirect makes it, is a one-line warning") {
        br::test::TempDir dir;
        const std::string file = dir.write("home/backroutine/catalog/mine.yaml", "");
        const auto result = run_br({"plan", "quick-relief"}, {{"XDG_DATA_HOME", dir.path() + "/home"}});
        CHECK(result.code == 0);
        CHECK(result.err == file + ":1:1: warning: the file is empty (a catalog file holds 'exercises', 'routines', "
                                   "'safety' or 'sources')\n");
    }

    TEST_CASE("only visible yaml files are read from a catalog directory, no editor files") {
        br::test::TempDir dir;
        const std::string catalog = dir.path() + "/home/backroutine/catalog";
        for (const std::string name : {"#mine.yaml#", "mine.yaml~", ".mine.yaml.swp", ".hidden.yaml",
                                       ".git/config.yaml", "notes.txt", "sub/.#x.yaml"}) {
            dir.write("home/backroutine/catalog/" + name, "exercises: 5\n");
        }
        std::filesystem::create_symlink("user@host.1234:1700000000", catalog + "/.#mine.yaml"); // an Emacs lock
        dir.write("home/backroutine/catalog/sub/good.yml", "routines: []\n");
        const auto result = run_br({"list", "routines"}, {{"XDG_DATA_HOME", dir.path() + "/home"}});
        CHECK(result.code == 0);
        CHECK(result.err.empty());
    }

    TEST_CASE("two user files with one id: a warning naming both, the later wins") {
        br::test::TempDir dir;
        std::string yaml = run_br({"show", "cat-cow", "--format", "yaml"}).out;
        const auto named = [&](const std::string& name) {
            std::string copy = yaml;
            copy.replace(copy.find("name: Cat-Cow"), 13, "name: " + name);
            return copy;
        };
        const std::string a = dir.write("home/backroutine/catalog/a.yaml", named("First Copy"));
        const std::string b = dir.write("home/backroutine/catalog/b.yaml", named("Second Copy"));
        const auto result = run_br({"show", "cat-cow"}, {{"XDG_DATA_HOME", dir.path() + "/home"}});
        CHECK(result.code == 0);
        CHECK(result.out.starts_with("Second Copy"));
        CHECK(result.err == b + ":2:5: warning: exercise 'cat-cow' is also defined at " + a + ":2; this one is used\n");
    }

    TEST_CASE("a command needing a left-out file's entry says which file and how to see why") {
        br::test::TempDir dir;
        const std::string file =
            dir.write("home/backroutine/catalog/morning.yaml",
                      "routines:\n  - id: morning\n    name: Morning\n    steps:\n      - exercise: cat-cwo\n"
                      "      - exercise: cat-cow\n        dose: {reps: 0}\n");
        // A routine in another file that includes it is left out as well.
        const std::string other = dir.write("home/backroutine/catalog/other.yaml",
                                            "routines:\n  - id: evening\n    name: Evening\n    steps:\n"
                                            "      - routine: morning\n");
        const std::map<std::string, std::string> env{{"XDG_DATA_HOME", dir.path() + "/home"}};
        const auto plan = run_br({"plan", "morning"}, env);
        CHECK(plan.code == 2);
        CHECK(plan.err.ends_with("backroutine: error: no routine 'morning': " + file +
                                 " has 1 problem, see `backroutine validate " + file + "`\n"));
        const auto evening = run_br({"plan", "evening"}, env);
        CHECK(evening.code == 2);
        CHECK(evening.err.find(other + ":5:18: warning: unknown routine 'morning'") != std::string::npos);
        CHECK(evening.err.ends_with("no routine 'evening': " + other + " has 1 problem, see `backroutine validate " +
                                    other + "`\n"));
        const auto validate = run_br({"validate", file});
        CHECK(validate.code == 65);
        CHECK(validate.err == file + ":7:22: error: 'reps' must be at least 1\n"); // an invalid routine's steps wait
        const std::string fixed = dir.write("home/backroutine/catalog/morning.yaml",
                                            "routines:\n  - id: morning\n    name: Morning\n    steps:\n"
                                            "      - exercise: cat-cwo\n");
        CHECK(run_br({"validate", fixed}).err.find(fixed + ":5:19: error: unknown exercise 'cat-cwo'") !=
              std::string::npos);
        CHECK(run_br({"plan", "quick-relief"}, env).code == 0);
    }

    TEST_CASE("a FIFO or an unreadable directory in a catalog directory is said, never waited on") {
        br::test::TempDir dir;
        const std::string catalog = dir.path() + "/home/backroutine/catalog";
        dir.write("home/backroutine/catalog/good.yaml", "routines: []\n");
        REQUIRE(::mkfifo((catalog + "/pipe.yaml").c_str(), 0600) == 0);
        std::filesystem::create_directory_symlink("loop", catalog + "/loop");
        const auto result = run_br({"list", "routines"}, {{"XDG_DATA_HOME", dir.path() + "/home"}});
        CHECK(result.code == 0);
        CHECK(result.err == "backroutine: warning: cannot read '" + catalog +
                                "/loop': Too many levels of symbolic links; left out\n"
                                "backroutine: warning: cannot read '" +
                                catalog + "/pipe.yaml': it is not a regular file; left out\n");
        // A FIFO named on the command line with nobody writing reads as empty instead of blocking.
        const auto named = run_br({"--catalog", catalog + "/pipe.yaml", "list", "routines"});
        CHECK(named.code == 0);
        CHECK(named.err.find("pipe.yaml:1:1: warning: the file is empty") != std::string::npos);
        CHECK(run_br({"validate", catalog + "/pipe.yaml"}).code == 65);
    }

    TEST_CASE("catalog text reaches the terminal without control characters") {
        br::test::TempDir dir;
        std::string yaml = run_br({"show", "cat-cow", "--format", "yaml"}).out;
        yaml.replace(yaml.find("name: Cat-Cow"), 13, "name: \"Evil\\e[2J\\x07Cow\"");
        const std::string file = dir.write("evil.yaml", yaml);
        for (const auto& args : std::vector<std::vector<std::string>>{{"--catalog", file, "show", "cat-cow"},
                                                                      {"--catalog", file, "list"},
                                                                      {"--catalog", file, "search", "evil"}}) {
            const auto result = run_br(args, {{"COLUMNS", "200"}}); // wide enough for list's NAME column
            CHECK(result.code == 0);
            CHECK(result.out.find('\x1b') == std::string::npos);
            CHECK(result.out.find('\x07') == std::string::npos);
            CHECK(result.out.find("Evil[2JCow") != std::string::npos);
        }
    }

    TEST_CASE("no escape codes when piped, the safety notes print") {
        const auto result = run_br({"safety"}, {{"TERM", "xterm-256color"}});
        CHECK(result.code == 0);
        CHECK(result.out.find('\x1b') == std::string::npos);
        CHECK(result.out.find("See a professional if") != std::string::npos);
        // The emergency line comes before everything else, with breathing pain in it.
        CHECK(result.out.starts_with("If you think it may be an emergency, or it hurts to breathe, call a doctor or\n"
                                     "emergency services at once.\n\n"));
        const auto json = nlohmann::json::parse(run_br({"safety", "--format", "json"}).out);
        CHECK(!json["seek_help"].empty());
        CHECK(json["emergency"] == "If you think it may be an emergency, or it hurts to breathe, call a doctor or "
                                   "emergency services at once.");
    }
}
