// plan, build and --step as a user runs them; golden plans under tests/golden/plan.
#include "support/process.hpp"

#include <backroutine/util/text.hpp>

#include <nlohmann/json.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <ctime>

#include <sstream>

#include <chrono>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>

using br::test::run_br;

TEST_SUITE("cli::plan") {
    TEST_CASE("golden plans of every built-in routine") {
        const auto routines = nlohmann::json::parse(run_br({"list", "routines", "--format", "json"}).out);
        REQUIRE(routines.size() >= 9);
        const bool update = std::getenv("BR_UPDATE_GOLDEN") != nullptr;
        for (const auto& routine : routines) {
            const std::string id = routine["id"];
            CAPTURE(id);
            const auto result = run_br({"plan", id});
            REQUIRE(result.code == 0);
            const std::string path = std::string(BR_GOLDEN) + "/plan/" + id + ".txt";
            if (update) {
                std::filesystem::create_directories(std::filesystem::path(path).parent_path());
                std::ofstream(path) << result.out;
            }
            CHECK(result.out == br::test::read_text(path));
        }
    }

    TEST_CASE("plan --format json") {
        const auto result = run_br({"plan", "quick-relief", "--format", "json"});
        REQUIRE(result.code == 0);
        const auto plan = nlohmann::json::parse(result.out);
        CHECK(plan["id"] == "quick-relief");
        CHECK(plan["name"] == "Quick Relief");
        CHECK(plan["steps"].size() == 6);
        CHECK(plan["steps"][0]["exercise"] == "cat-cow");
        CHECK(plan["steps"][0]["dose"]["reps"] == 10);
        int now = 0;
        for (const auto& segment : plan["segments"]) {
            for (const char* key : {"kind", "start", "duration", "exercise", "name", "side", "set", "cue"}) {
                CHECK(segment.contains(key));
            }
            CHECK(segment["start"] == now);
            now += segment["duration"].get<int>();
        }
        CHECK(now == plan["total_seconds"]);
        const auto& needle = plan["segments"][6];
        CHECK(needle["exercise"] == "thread-the-needle");
        CHECK(needle["side"] == "left");
        CHECK(plan["segments"][0]["side"].is_null());
    }

    TEST_CASE("--step builds a routine on the command line") {
        const auto result = run_br({"plan", "--step", "cat-cow:10", "--step", "thread-the-needle:30s/side", "--step",
                                    "band-rows:3x12", "--format", "json"});
        REQUIRE(result.code == 0);
        const auto plan = nlohmann::json::parse(result.out);
        CHECK(plan["steps"].size() == 3);
        CHECK(plan["steps"][2]["dose"]["sets"] == 3);
        const auto bad = run_br({"plan", "--step", "cat-cow:ten"});
        CHECK(bad.code == 2);
        CHECK(bad.err == "backroutine: error: --step dose 'ten' has a count that is not a number (write 10, 45s, "
                         "1m30s, 3x12 or 2x30s, with /side for each side)\n");
        CHECK(run_br({"plan", "quick-relief", "--step", "cat-cow"}).code == 2);
        CHECK(run_br({"plan", "quick-releif"}).err ==
              "backroutine: error: no routine 'quick-releif'; did you mean 'quick-relief'?\n");
    }

    TEST_CASE("build output is byte-identical for the same flags and seed, and plays") {
        const std::vector<std::string> args{"build",       "--minutes", "12",     "--position", "seated",
                                            "--equipment", "none",      "--seed", "42"};
        const auto first = run_br(args);
        REQUIRE(first.code == 0);
        CHECK(first.out == run_br(args).out);
        const auto plan = run_br({"plan", "-", "--format", "json"}, {}, first.out);
        REQUIRE(plan.code == 0);
        const int total = nlohmann::json::parse(plan.out)["total_seconds"];
        CHECK(total >= 648);
        CHECK(total <= 792);
        br::test::TempDir dir;
        const std::string file = dir.write("mine.yaml", first.out);
        CHECK(run_br({"plan", file}).code == 0);
        CHECK(run_br({"validate", file}).code == 0);
        CHECK(run_br({"build", "--minutes", "90"}).code == 2);
        CHECK(run_br({"build", "--focus", "flexibility"}).code == 2);
    }

    TEST_CASE("build --name makes the id from the name — without it the id holds the seed — a blank name is refused") {
        const auto named = run_br({"build", "--minutes", "10", "--seed", "3", "--name", "Morning stretch"});
        REQUIRE(named.code == 0);
        CHECK(named.out.find("id: morning-stretch\n") != std::string::npos);
        CHECK(named.out.find("name: Morning stretch\n") != std::string::npos);
        const auto three = run_br({"build", "--minutes", "10", "--seed", "3"});
        const auto four = run_br({"build", "--minutes", "10", "--seed", "4"});
        CHECK(three.out.find("id: built-10-min-prevention-3\n") != std::string::npos);
        CHECK(four.out.find("id: built-10-min-prevention-4\n") != std::string::npos);
        for (const std::string blank : {" ", "", "\t"}) {
            const auto refused = run_br({"build", "--name", blank});
            CHECK(refused.code == 2);
            CHECK(refused.err.find("--name must not be blank") != std::string::npos);
            CHECK(refused.out.empty());
        }
    }

    TEST_CASE("the config file sets timing, flags beat environment beat config") {
        br::test::TempDir dir;
        dir.write("config/backroutine/config.yaml", "timing:\n  lead_in: 0\n  switch_sides: 10s\nintensity: full\n");
        std::map<std::string, std::string> env{{"XDG_CONFIG_HOME", dir.path() + "/config"}};
        auto first_reps = [&](std::vector<std::string> extra, const std::map<std::string, std::string>& with) {
            std::vector<std::string> args{"plan", "--step", "cat-cow", "--format", "json"};
            args.insert(args.end(), extra.begin(), extra.end());
            const auto plan = nlohmann::json::parse(run_br(args, with).out);
            return std::pair{plan["segments"][0]["duration"].get<int>(), plan["segments"][2]["reps"].get<int>()};
        };
        CHECK(first_reps({}, {}) == std::pair{10, 13});
        CHECK(first_reps({}, env) == std::pair{0, 15});
        auto with_env = env;
        with_env["BACKROUTINE_INTENSITY"] = "gentle";
        CHECK(first_reps({}, with_env) == std::pair{0, 10});
        CHECK(first_reps({"--intensity", "standard"}, with_env) == std::pair{0, 13});
    }

    TEST_CASE("list, plan and search fit 80 columns piped — the last column wraps, nothing is cut") {
        auto lines_of = [](const std::string& text) {
            std::vector<std::string> lines;
            std::istringstream in(text);
            for (std::string line; std::getline(in, line);) {
                lines.push_back(line);
            }
            return lines;
        };
        for (const auto& args : std::vector<std::vector<std::string>>{
                 {"list"}, {"list", "routines"}, {"plan", "comprehensive"}, {"search", "shoulder"}}) {
            CAPTURE(args.front());
            const auto result = run_br(args);
            REQUIRE(result.code == 0);
            for (const auto& line : lines_of(result.out)) {
                CAPTURE(line);
                CHECK(br::util::display_width(line) <= 80);
            }
            CHECK(result.out.find("…") == std::string::npos);
        }
        // The roller's long dose wraps under DOSE: every word of it is there, in order.
        const auto list = run_br({"list", "--position", "supine"}).out;
        std::string words;
        for (const auto& line : lines_of(list)) {
            if (line.rfind("thoracic-extension-foam-roller", 0) == 0 || (!words.empty() && line.rfind(" ", 0) == 0)) {
                words += (words.empty() ? "" : " ") + line.substr(line.find_first_not_of(' ', line.find("  ") + 1));
            } else if (!words.empty()) {
                break;
            }
        }
        CHECK(
            words.find("10-15 reps at each position (below the shoulder blades, middle of the shoulder blades, top of "
                       "the shoulder blades)") != std::string::npos);
        // A wider COLUMNS gives one line per exercise, with the NAME column.
        const auto wide = run_br({"list"}, {{"COLUMNS", "400"}}).out;
        CHECK(wide.find("Thoracic Extension on Foam Roller") != std::string::npos);
        CHECK(lines_of(wide).size() == nlohmann::json::parse(run_br({"list", "--format", "json"}).out).size() + 1);
    }

    TEST_CASE("an intensity that cannot change a routine says so on stderr — one that can stays quiet") {
        const auto fixed = run_br({"plan", "prevention", "--intensity", "full"});
        CHECK(fixed.code == 0);
        CHECK(fixed.err == "backroutine: intensity 'full' changes nothing in Prevention: every dose in it is fixed\n");
        CHECK(run_br({"plan", "prevention"}).err.empty()); // not asked for: nothing to say
        CHECK(run_br({"plan", "prevention", "-q", "--intensity", "full"}).err.empty());
        const auto from_env = run_br({"plan", "desk-break"}, {{"BACKROUTINE_INTENSITY", "gentle"}});
        CHECK(from_env.err ==
              "backroutine: intensity 'gentle' changes nothing in Desk Break: every dose in it is fixed\n");
        const auto ranged = run_br({"plan", "quick-relief", "--intensity", "full"});
        CHECK(ranged.err.empty());
        CHECK(ranged.out != run_br({"plan", "quick-relief", "--intensity", "gentle"}).out);
    }

    TEST_CASE("routine references: a directory is refused, a pipe is read, an empty BACKROUTINE_CONFIG is no file") {
        br::test::TempDir dir;
        const auto directory = run_br({"plan", dir.path()});
        CHECK(directory.code == 66);
        CHECK(directory.err == "backroutine: error: cannot read '" + dir.path() +
                                   "': it is a directory (a routine file is one YAML file)\n");
        const auto piped = br::test::run_process(
            "/bin/bash", {"-c", std::string(BR_BINARY) + " plan <(" + BR_BINARY + " build --seed 4 --minutes 8)"});
        CHECK(piped.code == 0);
        CHECK(piped.out.find("8-minute prevention routine") != std::string::npos);
        CHECK(run_br({"plan", "quick-relief"}, {{"BACKROUTINE_CONFIG", ""}}).code == 0);
    }

    TEST_CASE("a bad config file gets positioned errors, exit 65") {
        br::test::TempDir dir;
        const std::string file =
            dir.write("config/backroutine/config.yaml", "timing:\n  lead_in: -5s\n  switch: 5s\nintensity: hard\n");
        const auto result = run_br({"plan", "quick-relief"}, {{"XDG_CONFIG_HOME", dir.path() + "/config"}});
        CHECK(result.code == 65);
        CHECK(result.err == file + ":2:12: error: 'lead_in' must not be negative\n" + file +
                                ":3:3: error: unknown key 'switch' in timing; did you mean 'switch_sides'?\n" + file +
                                ":4:12: error: 'intensity' has an unknown value 'hard' (one of: gentle, standard, "
                                "full)\nbackroutine: error: the config file has problems\n");
    }

    TEST_CASE("--equipment means the same to list and build: a chair and a mat are assumed") {
        const auto none = run_br({"list", "--equipment", "none", "--format", "tsv"});
        CHECK(none.out.find("\ncat-cow\t") != std::string::npos);      // needs a mat
        CHECK(none.out.find("\nseated-twist\t") != std::string::npos); // needs a chair
        CHECK(none.out.find("\nband-rows\t") == std::string::npos);    // needs a band
        const auto any = run_br({"build", "--minutes", "12", "--seed", "7"});
        CHECK(any.code == 0);
        CHECK(any.err.starts_with("backroutine: no --equipment given, so any kit may be picked; this routine uses "));
        CHECK(any.err.ends_with(" a chair and a mat (--equipment none keeps to those two)\n"));
        const auto kept = run_br({"build", "--minutes", "12", "--seed", "7", "--equipment", "none"});
        CHECK(kept.code == 0);
        CHECK(kept.err.empty());
        CHECK(kept.out.find("band-rows") == std::string::npos);
    }

    TEST_CASE("list routines and show ROUTINE give the length the routine runs for, as plan does") {
        const auto plan = run_br({"plan", "quick-relief", "--format", "json"});
        const int total = nlohmann::json::parse(plan.out)["total_seconds"];
        const std::string clock =
            std::to_string(total / 60) + ":" + (total % 60 < 10 ? "0" : "") + std::to_string(total % 60);
        const auto list = run_br({"list", "routines", "--format", "tsv"});
        CHECK(list.out.starts_with("ID\tNAME\tLENGTH\tSTEPS\tFREQUENCY\n"));
        CHECK(list.out.find("quick-relief\tQuick Relief\t" + clock + "\t6\t") != std::string::npos);
        CHECK(run_br({"show", "quick-relief"}).out.find("Length     " + clock + " as it runs now") !=
              std::string::npos);
    }

    TEST_CASE("a dose of the wrong kind in --step, or an exercise named as a routine, says what was meant") {
        for (const auto& [step, meant] : std::vector<std::pair<std::string, std::string>>{
                 {"thread-the-needle:30/side", "thread-the-needle is a hold; did you mean thread-the-needle:30s/side?"},
                 {"cat-cow:10s", "cat-cow is done in reps; did you mean cat-cow:10?"},
                 {"cat-cow:2x10s", "cat-cow is done in reps; did you mean cat-cow:2x10?"},
                 {"walk-around:2", "walk-around is timed; did you mean walk-around:2s?"}}) {
            CAPTURE(step);
            const auto result = run_br({"plan", "--step", step});
            CHECK(result.code == 2);
            CHECK(result.err == "backroutine: error: --step '" + step + "': " + meant + "\n");
        }
        CHECK(run_br({"plan", "--step", "thread-the-needle:30s/side"}).code == 0);
        CHECK(run_br({"plan", "--step", "thread-the-needle:abc"}).err.find("has a count that") != std::string::npos);
        const auto exercise = run_br({"run", "cat-cow"});
        CHECK(exercise.code == 2);
        CHECK(exercise.err == "backroutine: error: no routine 'cat-cow': it is an exercise; use --step cat-cow (or "
                              "--step cat-cow:DOSE)\n");
    }
}

TEST_SUITE("cli::history") {
    // Runs are recorded at --speed 1 only: a config with no waiting keeps them short.
    const std::string k_no_waiting = "timing:\n  lead_in: 0\n  setup_same: 0\n  setup_change: 0\n  setup_floor: 0\n";

    TEST_CASE("runs are recorded with their check-ins, --no-log and the config turn it off") {
        br::test::TempDir dir;
        dir.write("fast/backroutine/config.yaml", k_no_waiting);
        std::map<std::string, std::string> env{{"XDG_STATE_HOME", dir.path()},
                                               {"XDG_CONFIG_HOME", dir.path() + "/fast"}};
        CHECK(run_br({"history"}, env).err == "No sessions yet: try 'backroutine run quick-relief'.\n");
        CHECK(run_br({"run", "--step", "childs-pose:1s", "-q", "--pain-before", "6", "--pain-after", "3"}, env).code ==
              0);
        CHECK(run_br({"run", "--step", "childs-pose:1s", "-q", "--no-log"}, env).code == 0);
        dir.write("config/backroutine/config.yaml", k_no_waiting + "log: false\n");
        auto quiet = env;
        quiet["XDG_CONFIG_HOME"] = dir.path() + "/config";
        CHECK(run_br({"run", "--step", "childs-pose:1s", "-q"}, quiet).code == 0);
        const auto sessions = nlohmann::json::parse(run_br({"history", "--format", "json"}, env).out);
        REQUIRE(sessions.size() == 1);
        CHECK(sessions[0]["routine_id"] == "custom");
        CHECK(sessions[0]["ending"] == "completed");
        CHECK(sessions[0]["pain_before"] == 6);
        CHECK(sessions[0]["pain_after"] == 3);
        CHECK(sessions[0]["steps_done"] == 1);
        const auto csv = run_br({"history", "--format", "csv", "--since", "7d"}, env);
        CHECK(csv.out.find(",custom,Custom routine,") != std::string::npos);
        CHECK(run_br({"history", "--since", "2000-01-01"}, env).out.find("custom") != std::string::npos);
        CHECK(run_br({"history", "--since", "2000-01-32"}, env).code == 2);
        CHECK(run_br({"run", "--step", "childs-pose:2s", "--pain-before", "11"}, env).code == 2);
        const auto stats = nlohmann::json::parse(run_br({"stats", "--format", "json"}, env).out);
        CHECK(stats["sessions"] == 1);
        CHECK(stats["current_streak_days"] == 1);
        CHECK(stats["advice"].is_null());
    }

    TEST_CASE("a severe check-in brings the advice to see a professional, in stats and at the next run") {
        br::test::TempDir dir;
        dir.write("fast/backroutine/config.yaml", k_no_waiting);
        std::map<std::string, std::string> env{{"XDG_STATE_HOME", dir.path()},
                                               {"XDG_CONFIG_HOME", dir.path() + "/fast"}};
        CHECK(run_br({"run", "--step", "childs-pose:1s", "-q", "--pain-before", "9"}, env).code == 0);
        CHECK(run_br({"stats"}, env).out.find("You rated your pain 9/10 in the last two weeks.") != std::string::npos);
        const auto next = run_br({"run", "--step", "childs-pose:1s", "-q"}, env);
        CHECK(next.err.find("You rated your pain 9/10 in the last two weeks.") != std::string::npos);
    }
}

TEST_SUITE("cli::remind") {
    TEST_CASE("bad intervals, windows and routines are usage errors") {
        CHECK(run_br({"remind", "--every", "10s"}).err ==
              "backroutine: error: --every '10s' is too short (at least 1m)\n");
        CHECK(run_br({"remind", "--every", "25h"}).code == 2);
        CHECK(run_br({"remind", "--between", "9-5"}).err ==
              "backroutine: error: --between '9-5' is not HH:MM-HH:MM (e.g. 09:00-17:30)\n");
        CHECK(run_br({"remind", "--routine", "desk-brake"}).err ==
              "backroutine: error: no routine 'desk-brake'; did you mean 'desk-break'?\n");
    }

    TEST_CASE(
        "--once waits one interval (real clock, --speed), reminds and exits 0 — a failing notify-send is not fatal") {
        br::test::TempDir dir;
        // A notify-send that fails, first on the PATH.
        const std::string fake = dir.write("bin/notify-send", "#!/bin/sh\nexit 1\n");
        chmod(fake.c_str(), 0755);
        const auto start = std::chrono::steady_clock::now();
        const auto result = run_br({"remind", "--every", "1m", "--once", "--notify", "--speed", "300"},
                                   {{"PATH", dir.path() + "/bin:/usr/bin:/bin"}});
        const auto took = std::chrono::steady_clock::now() - start;
        CHECK(result.code == 0);
        CHECK(result.out.find("] Time for a desk break: Desk Break\n") != std::string::npos);
        CHECK(result.err.find("notify-send failed") != std::string::npos);
        CHECK(took >= std::chrono::milliseconds(190)); // one minute at 300 times: 0.2 s (a hang is ctest's timeout)
    }

    TEST_CASE("--notify hands notify-send the routine's name as text, never as markup") {
        br::test::TempDir dir;
        const std::string fake =
            dir.write("bin/notify-send", "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > \"$0.args\"\n");
        chmod(fake.c_str(), 0755);
        dir.write("catalog/mine.yaml", "routines:\n  - id: markup\n    name: \"<b>Desk</b> & <img src=x>\"\n"
                                       "    steps:\n      - exercise: cat-cow\n");
        const auto result = run_br({"--catalog", dir.path() + "/catalog", "remind", "--every", "1m", "--once",
                                    "--notify", "--routine", "markup", "--speed", "1000"},
                                   {{"PATH", dir.path() + "/bin:/usr/bin:/bin"}});
        INFO(result.err);
        CHECK(result.code == 0);
        CHECK(br::test::read_text(fake + ".args") ==
              "--app-name=backroutine\n--action=start=Start\n--action=snooze=Snooze\n--action=skip="
              "Skip\nbackroutine\nTime for a desk break: &lt;b&gt;Desk&lt;/b&gt; &amp; &lt;img "
              "src=x&gt;\n");
    }

    TEST_CASE("--once outside --between exits at once with a note") {
        // A window two hours from now, whatever the time of day the suite runs.
        const std::time_t now = std::time(nullptr);
        std::tm local{};
        localtime_r(&now, &local);
        const auto hour = [&](int ahead) { return fmt::format("{:02d}:00", (local.tm_hour + ahead) % 24); };
        const auto outside = run_br({"remind", "--once", "--every", "1m", "--between", hour(2) + "-" + hour(3)});
        CHECK(outside.code == 0);
        CHECK(outside.out ==
              "Outside the reminder hours (" + hour(2) + "-" + hour(3) + "): no break to remind of now.\n");
    }
}
