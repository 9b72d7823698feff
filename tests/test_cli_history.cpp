// What the history records and shows, as a user runs it: honest endings,
// check-ins, advice, filters, log and delete, CSV and JSON.
#include <backroutine/store/history.hpp>

#include "support/process.hpp"
#include "support/pty.hpp"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <doctest/doctest.h>

#include <ctime>

using br::test::PtyProcess;
using br::test::run_br;

namespace {

// A state directory and a config that plays steps with no waiting around them.
struct Home {
    br::test::TempDir dir;
    std::map<std::string, std::string> env;
    Home() {
        dir.write("config/backroutine/config.yaml",
                  "timing:\n  lead_in: 0\n  setup_same: 0\n  setup_change: 0\n  setup_floor: 0\n  switch_sides: 0\n"
                  "  rest: 0\n");
        env = {{"XDG_STATE_HOME", dir.path() + "/state"}, {"XDG_CONFIG_HOME", dir.path() + "/config"}, {"TZ", "UTC"}};
    }
    [[nodiscard]] std::string db() const { return dir.path() + "/state/backroutine/history.sqlite3"; }
    [[nodiscard]] nlohmann::json sessions() const {
        return nlohmann::json::parse(run_br({"history", "--format", "json"}, env).out);
    }
};

} // namespace

TEST_SUITE("cli::history") {
    TEST_CASE("a run whose steps were all skipped is recorded as skipped and counts toward nothing") {
        Home home;
        PtyProcess process({"run", "--step", "childs-pose:30s", "--step", "cat-cow:20"}, home.env);
        REQUIRE(process.wait_for("step 1 of 2"));
        process.send("n");
        REQUIRE(process.wait_for("step 2 of 2"));
        process.send("n");
        REQUIRE(process.wait_for("All steps skipped: Custom"));
        REQUIRE(process.leave_end_screen());
        CHECK(process.wait_exit() == 0);
        const auto sessions = home.sessions();
        REQUIRE(sessions.size() == 1);
        CHECK(sessions[0]["ending"] == "skipped");
        CHECK(sessions[0]["steps_skipped"] == 2);
        const auto stats = nlohmann::json::parse(run_br({"stats", "--format", "json"}, home.env).out);
        CHECK(stats["sessions"] == 1);
        CHECK(stats["completed"] == 0);
        CHECK(stats["current_streak_days"] == 0);
    }

    TEST_CASE("--speed other than 1 is a preview: not recorded, and said so in one line") {
        Home home;
        const auto fast = run_br({"run", "--step", "cat-cow:2", "--speed", "50"}, home.env);
        CHECK(fast.code == 0);
        CHECK(fast.err.find("backroutine: a run at --speed other than 1 is a preview: it is not recorded\n") !=
              std::string::npos);
        const auto real = run_br({"run", "--step", "childs-pose:1s"}, home.env);
        CHECK(real.code == 0);
        CHECK(real.err.find("preview") == std::string::npos);
        const auto sessions = home.sessions();
        REQUIRE(sessions.size() == 1);
        CHECK(sessions[0]["routine_id"] == "custom");
        CHECK(sessions[0]["ending"] == "completed");
    }

    TEST_CASE("--check-in asks again until 0-10, Enter skips — q still asks, and 'it hurt' is recorded") {
        Home home;
        {
            PtyProcess process({"run", "--step", "childs-pose:1s", "--check-in"}, home.env);
            REQUIRE(process.wait_for("Pain right now, 0 (none) to 10 (worst)?"));
            process.send("12\r");
            REQUIRE(process.wait_for("Please answer with a number from 0 to 10"));
            const auto asked = process.output().size();
            process.send("abc\r");
            REQUIRE(process.wait_for("Please answer with a number from 0 to 10", std::chrono::seconds(10), asked));
            process.send("4\r");
            REQUIRE(process.leave_end_screen());
            REQUIRE(process.wait_for("Pain now that you are done"));
            process.send("\r");
            CHECK(process.wait_exit() == 0);
        }
        {
            PtyProcess process({"run", "--step", "childs-pose:60s", "--check-in"}, home.env);
            REQUIRE(process.wait_for("Pain right now"));
            process.send("3\r");
            REQUIRE(process.wait_for("step 1 of 1"));
            process.send("qq"); // a second q confirms
            REQUIRE(process.wait_for("Pain now that you stopped"));
            process.send("6\r");
            REQUIRE(process.wait_for("Did you stop because it hurt? y/N"));
            process.send("y\r");
            CHECK(process.wait_exit() == 3);
        }
        const auto sessions = home.sessions();
        REQUIRE(sessions.size() == 2);
        CHECK(sessions[0]["pain_before"] == 4);
        CHECK(sessions[0]["pain_after"].is_null());
        CHECK(sessions[0]["stopped_for_pain"] == false);
        CHECK(sessions[1]["ending"] == "quit");
        CHECK(sessions[1]["pain_before"] == 3);
        CHECK(sessions[1]["pain_after"] == 6);
        CHECK(sessions[1]["stopped_for_pain"] == true);
        CHECK(run_br({"history"}, home.env).out.find("quit (hurt)") != std::string::npos);
    }

    TEST_CASE("a 9 before the run gets the advice once, before it starts — --no-log does not silence it") {
        Home home;
        PtyProcess process({"run", "--step", "childs-pose:1s", "--check-in"}, home.env);
        REQUIRE(process.wait_for("Pain right now"));
        process.send("9\r");
        REQUIRE(process.leave_end_screen());
        REQUIRE(process.wait_for("Pain now that you are done"));
        const std::string& out = process.output();
        const auto advice = out.find("You rated your pain 9/10 just now.");
        REQUIRE(advice != std::string::npos);
        CHECK(advice < out.find("step 1 of 1"));
        process.send("\r");
        CHECK(process.wait_exit() == 0);
        const auto piped = run_br({"run", "--step", "childs-pose:1s", "--no-log", "--pain-before", "2"}, home.env);
        CHECK(piped.code == 0);
        const std::string said = "You rated your pain 9/10 in the last two weeks (latest 2/10).";
        REQUIRE(piped.err.find(said) != std::string::npos);
        CHECK(piped.err.find(said) == piped.err.rfind(said));
        CHECK(piped.err.find("Stop any exercise") == std::string::npos); // the advice takes the reminder's place
        CHECK(home.sessions().size() == 1);
    }

    TEST_CASE("history --since, --until, --routine and -n — nothing matching says so — bad dates are usage errors") {
        Home home;
        const auto now = std::time(nullptr);
        char today[16];
        std::tm utc{};
        gmtime_r(&now, &utc);
        std::strftime(today, sizeof today, "%Y-%m-%d", &utc);
        REQUIRE(run_br({"log", "quick-relief", "--at", "3d"}, home.env).code == 0);
        REQUIRE(run_br({"log", "desk-break", "--at", "yesterday"}, home.env).code == 0);
        REQUIRE(
            run_br({"log", "quick-relief", "--at", "1m", "--pain-before", "5", "--pain-after", "3"}, home.env).code ==
            0);
        auto count = [&](std::vector<std::string> args) {
            args.insert(args.begin(), {"history", "--format", "json"});
            return nlohmann::json::parse(run_br(args, home.env).out).size();
        };
        CHECK(count({}) == 3);
        CHECK(count({"--since", "today"}) == 1);
        CHECK(count({"--since", today}) == 1);
        CHECK(count({"--since", "yesterday"}) == 2);
        CHECK(count({"--until", "yesterday"}) == 2);
        CHECK(count({"--since", "7d", "--routine", "quick-relief"}) == 2);
        CHECK(count({"-n", "2"}) == 2);
        CHECK(nlohmann::json::parse(
                  run_br({"history", "--format", "json", "-n", "1"}, home.env).out)[0]["pain_after"] == 3);
        const auto none = run_br({"history", "--routine", "warm-up"}, home.env);
        CHECK(none.code == 0);
        CHECK(none.err == "No sessions match.\n");
        for (const std::string bad : {"2026-02-30", "2026-13-01", "last tuesday"}) {
            const auto refused = run_br({"history", "--since", bad}, home.env);
            CHECK(refused.code == 2);
            CHECK(refused.err.find("--since '" + bad + "' is not a date or time") != std::string::npos);
        }
        CHECK(run_br({"log", "quick-relief", "--at", "2026-02-29 10:00"}, home.env).code == 2);
    }

    TEST_CASE("history delete removes one session — log records one done away from the computer") {
        Home home;
        const auto logged = run_br({"log", "quick-relief", "--pain-before", "4", "--pain-after", "2"}, home.env);
        CHECK(logged.code == 0);
        CHECK(logged.err.starts_with("Logged quick-relief at "));
        auto sessions = home.sessions();
        REQUIRE(sessions.size() == 1);
        CHECK(sessions[0]["ending"] == "logged");
        CHECK(sessions[0]["pain_before"] == 4);
        const int id = sessions[0]["id"];
        const auto missing = run_br({"history", "delete", "999"}, home.env);
        CHECK(missing.code == 1);
        CHECK(missing.err == "backroutine: error: no session 999 in the history (see 'backroutine history')\n");
        {
            PtyProcess asked({"history", "delete", std::to_string(id)}, home.env);
            REQUIRE(asked.wait_for("[y/N]"));
            asked.send("\r");
            CHECK(asked.wait_exit() == 0);
            CHECK(asked.output().find("Nothing deleted.") != std::string::npos);
        }
        CHECK(home.sessions().size() == 1);
        const auto deleted = run_br({"history", "delete", std::to_string(id)}, home.env);
        CHECK(deleted.code == 0);
        CHECK(home.sessions().empty());
    }

    TEST_CASE("CSV and JSON times carry the zone — CSV cells that a spreadsheet would run are neutralised") {
        Home home;
        home.env["TZ"] = "Asia/Kolkata";
        REQUIRE(run_br({"log", "quick-relief", "--at", "2026-11-02 18:30"}, home.env).code == 0);
        {
            br::store::History history(home.db());
            br::store::SessionRecord evil;
            evil.started_at = 1'700'000'000;
            for (const std::string name : {"=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "\tx", "\rx"}) {
                evil.routine_id = name;
                evil.routine_name = name;
                history.start(evil);
            }
        }
        const auto csv = run_br({"history", "--format", "csv"}, home.env).out;
        CHECK(csv.find(",2026-11-02T18:30:00+05:30,quick-relief,") != std::string::npos);
        CHECK(csv.find(",'=HYPERLINK(\"\"http://x\"\")") == std::string::npos); // quoted: holds a quote
        CHECK(csv.find(",\"'=HYPERLINK(\"\"http://x\"\")\",") != std::string::npos);
        for (const std::string cell : {"'+1", "'-1", "'@SUM(A1)"}) {
            CHECK(csv.find("," + cell + "," + cell + ",") != std::string::npos);
        }
        for (const char first : {'=', '+', '-', '@', '\t', '\r'}) {
            CHECK(csv.find(std::string(",") + first) == std::string::npos);
            CHECK(csv.find(std::string(",\"") + first) == std::string::npos);
        }
        const auto json = nlohmann::json::parse(run_br({"history", "--format", "json"}, home.env).out);
        CHECK(json.back()["started_at"] == "2026-11-02T18:30:00+05:30");
    }

    TEST_CASE("stats: pain before and after each session, breaks taken and skipped, the done rule in --help") {
        Home home;
        REQUIRE(
            run_br({"log", "quick-relief", "--at", "2h", "--pain-before", "6", "--pain-after", "3"}, home.env).code ==
            0);
        {
            br::store::History history(home.db());
            const auto now = std::time(nullptr);
            history.record_break(br::store::BreakKind::taken, now - 60);
            history.record_break(br::store::BreakKind::taken, now - 50);
            history.record_break(br::store::BreakKind::skipped, now - 40);
        }
        const auto text = run_br({"stats"}, home.env).out;
        CHECK(text.find("Quick Relief              6 → 3") != std::string::npos);
        CHECK(text.find("2 taken, 1 skipped this week") != std::string::npos);
        const auto json = nlohmann::json::parse(run_br({"stats", "--format", "json"}, home.env).out);
        CHECK(json["breaks_this_week"]["taken"] == 2);
        CHECK(json["pain_changes"][0]["pain_after"] == 3);
        CHECK(run_br({"stats", "--help"}).out.find("at least half of its planned time") != std::string::npos);
    }

    TEST_CASE("a history without its sessions table: the run goes on unrecorded, with a warning") {
        Home home;
        REQUIRE(run_br({"log", "quick-relief"}, home.env).code == 0);
        sqlite3* db = nullptr;
        sqlite3_open(home.db().c_str(), &db);
        sqlite3_exec(db, "DROP TABLE sessions", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        const auto result = run_br({"run", "--step", "childs-pose:1s"}, home.env);
        CHECK(result.code == 0);
        CHECK(result.out.find("Routine complete") != std::string::npos);
        CHECK(result.err.find("backroutine: warning: the history '" + home.db() +
                              "' has no sessions table (a damaged file?); it was left untouched; this run is not "
                              "recorded\n") != std::string::npos);
    }
}
