// status, remind pause and resume through the runtime directory, with real processes.
#include <backroutine/store/run_state.hpp>

#include "support/daemon.hpp"
#include "support/process.hpp"
#include "support/pty.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <csignal>
#include <filesystem>
#include <functional>
#include <thread>
#include <unistd.h>

using br::test::run_br;

namespace {

// Short polling with a deadline: the other process gets there in its own time.
bool eventually(const std::function<bool()>& done) {
    for (int i = 0; i < 400; ++i) {
        if (done()) {
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
    return false;
}

nlohmann::json status_json(const std::map<std::string, std::string>& env) {
    return nlohmann::json::parse(run_br({"status", "--format", "json"}, env).out);
}

} // namespace

TEST_SUITE("cli::status") {
    TEST_CASE("a run playing holds the reminder back: its time is a break, the interval starts after it") {
        br::test::TempDir dir;
        // A run playing at 1x, as `backroutine run` publishes it (this test's process stands in for it).
        br::store::RunState run;
        run.pid = static_cast<int>(::getpid());
        run.routine = "Quick Relief";
        run.routine_id = "quick-relief";
        br::store::publish_run(dir.path() + "/backroutine", run);
        // One minute at 600 times: without the run the break would come after 0.1 s.
        br::test::Daemon remind(
            BR_BINARY, {"remind", "--every", "1m", "--once", "--speed", "600", "--mode", "fixed", "--micro", "off"},
            {{"XDG_RUNTIME_DIR", dir.path()}, {"XDG_STATE_HOME", dir.path() + "/state"}});
        CHECK(remind.read_line(std::chrono::milliseconds(1500)).empty()); // 15 minutes of its time: nothing rings
        br::store::withdraw_run(dir.path() + "/backroutine", run.pid);
        CHECK(remind.read_line().find("] Time for a desk break: Desk Break") != std::string::npos);
    }

    TEST_CASE("no reminder, a pause with none running, resume") {
        br::test::TempDir dir;
        const std::map<std::string, std::string> env{{"XDG_RUNTIME_DIR", dir.path()}};
        CHECK(run_br({"status"}, env).out == "no reminder running\n");
        const auto paused = run_br({"remind", "pause", "2h"}, env);
        CHECK(paused.code == 0);
        CHECK(paused.out.find("Reminders paused until ") == 0);
        CHECK(paused.out.find("(none is running now).") != std::string::npos);
        const auto json = nlohmann::json::parse(run_br({"status", "--format", "json"}, env).out);
        CHECK(json["state"] == "paused");
        CHECK(run_br({"status"}, env).out.find("paused until ") == 0);
        CHECK(run_br({"remind", "resume"}, env).out == "Reminders resumed (none is running now).\n");
        CHECK(run_br({"status"}, env).out == "no reminder running\n");
        CHECK(run_br({"remind", "pause", "soon"}, env).code == 2);
    }

    TEST_CASE("status against a running reminder, for waybar — a dead reminder's file is ignored") {
        br::test::TempDir dir;
        dir.write("backroutine/remind-999999999.json", R"({"pid": 999999999, "next_break": 1, "routine": "x"})");
        br::test::Daemon remind(BR_BINARY, {"remind", "--every", "30m", "--mode", "fixed"},
                                {{"XDG_RUNTIME_DIR", dir.path()}, {"XDG_STATE_HOME", dir.path() + "/state"}});
        const std::string state = dir.path() + "/backroutine/remind-" + std::to_string(remind.pid()) + ".json";
        for (int i = 0; i < 200 && !std::filesystem::exists(state); ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(25));
        }
        REQUIRE(std::filesystem::exists(state));
        const std::map<std::string, std::string> env{{"XDG_RUNTIME_DIR", dir.path()}};
        const auto waybar = nlohmann::json::parse(run_br({"status", "--format", "waybar"}, env).out);
        CHECK(waybar["class"] == "waiting");
        CHECK(waybar["text"] == "break in 30 min");
        CHECK(waybar["tooltip"].get<std::string>().find("(desk-break, fixed time)") != std::string::npos);
        CHECK_FALSE(std::filesystem::exists(dir.path() + "/backroutine/remind-999999999.json"));
        // Paused from another shell: status says so; resumed, it waits again.
        run_br({"remind", "pause", "1h"}, env);
        CHECK(nlohmann::json::parse(run_br({"status", "--format", "waybar"}, env).out)["class"] == "paused");
        run_br({"remind", "resume"}, env);
        CHECK(run_br({"status"}, env).out == "break in 30 min\n");
        remind.stop();
        CHECK_FALSE(std::filesystem::exists(state)); // withdrawn when it ends
        CHECK(run_br({"status"}, env).out == "no reminder running\n");
    }

    TEST_CASE("status against a running run — its step, a pause, the format string, gone after q") {
        br::test::TempDir dir;
        const std::map<std::string, std::string> env{{"XDG_RUNTIME_DIR", dir.path()}};
        br::test::PtyProcess run({"run", "--step", "childs-pose:60s", "--no-log"}, env);
        const std::string state = dir.path() + "/backroutine/run-" + std::to_string(run.pid()) + ".json";
        REQUIRE(eventually([&] { return std::filesystem::exists(state); }));
        CHECK(status_json(env)["state"] == "running");
        CHECK(status_json(env)["routine_name"] == "Custom routine");
        // n ends the lead-in, then the setup: the hold plays.
        run.send("n");
        REQUIRE(eventually([&] { return status_json(env)["phase"] == "setup"; }));
        run.send("n");
        REQUIRE(eventually([&] { return status_json(env)["phase"] == "hold"; }));
        const auto text = run_br({"status"}, env).out;
        CHECK(text.starts_with("Custom routine · Child's Pose · "));
        CHECK(text.ends_with(" left\n"));
        CHECK(run_br({"status", "--format", "%c %p %s"}, env).out == "running 1/1 Child's Pose\n");
        CHECK(run_br({"status", "--format", "text", "--template", "%n"}, env).out == "Custom routine\n");
        const auto waybar = nlohmann::json::parse(run_br({"status", "--format", "waybar"}, env).out);
        CHECK(waybar["class"] == "running");
        // The same line as text (a second may have passed between the two calls).
        const auto bar = waybar["text"].get<std::string>();
        CHECK(bar.starts_with("Custom routine · Child's Pose · "));
        CHECK(bar.ends_with(" left"));
        run.send(" ");
        REQUIRE(eventually([&] { return status_json(env)["state"] == "paused"; }));
        // Paused, the time left stays put, so two calls agree.
        const auto paused = run_br({"status"}, env).out;
        const auto at = paused.find(" · paused, ");
        REQUIRE(at != std::string::npos);
        const auto left = paused.substr(at + std::string(" · paused, ").size());
        CHECK(run_br({"status", "--format", "%c %r left"}, env).out == "paused " + left);
        run.send("q");
        run.send("q");
        CHECK(run.wait_exit() == 3);
        CHECK_FALSE(std::filesystem::exists(state));
        CHECK(run_br({"status"}, env).out == "no reminder running\n");
    }

    TEST_CASE("a preview at --speed shows too — SIGTERM removes its file") {
        br::test::TempDir dir;
        const std::map<std::string, std::string> env{{"XDG_RUNTIME_DIR", dir.path()}};
        br::test::PtyProcess run({"run", "--step", "childs-pose:10m", "--speed", "10"}, env);
        const std::string state = dir.path() + "/backroutine/run-" + std::to_string(run.pid()) + ".json";
        REQUIRE(eventually([&] { return std::filesystem::exists(state); }));
        const auto json = status_json(env);
        CHECK(json["speed"] == 10.0);
        const auto waybar = nlohmann::json::parse(run_br({"status", "--format", "waybar"}, env).out);
        CHECK(waybar["tooltip"].get<std::string>().ends_with(" · a preview at 10×, not recorded"));
        run.signal(SIGTERM);
        CHECK(run.wait_exit() == 143);
        CHECK_FALSE(std::filesystem::exists(state));
    }

    TEST_CASE("a run killed outright leaves a stale file that status ignores and removes") {
        br::test::TempDir dir;
        const std::map<std::string, std::string> env{{"XDG_RUNTIME_DIR", dir.path()},
                                                     {"XDG_STATE_HOME", dir.path() + "/state"}};
        br::test::PtyProcess run({"run", "--step", "childs-pose:60s", "--no-log"}, env);
        const std::string state = dir.path() + "/backroutine/run-" + std::to_string(run.pid()) + ".json";
        REQUIRE(eventually([&] { return std::filesystem::exists(state); }));
        run.signal(SIGKILL);
        CHECK(run.wait_exit() == 128 + SIGKILL);
        CHECK(std::filesystem::exists(state)); // nothing of the run could remove it
        CHECK(run_br({"status"}, env).out == "no reminder running\n");
        CHECK_FALSE(std::filesystem::exists(state));
    }

    TEST_CASE("status format problems are usage errors pointing at the column") {
        const auto unknown = run_br({"status", "--format", "%n %x"});
        CHECK(unknown.code == 2);
        CHECK(unknown.err.starts_with(
            "backroutine: error: --format: unknown code '%x' at column 4 (codes: %n %s %p %r %m %a %c %t %%)"));
        const auto word = run_br({"status", "--format", "yaml"});
        CHECK(word.code == 2);
        CHECK(word.err.starts_with(
            "backroutine: error: --format must be text, json, waybar or a format string with % codes, not 'yaml'"));
        CHECK(run_br({"status", "--format", "json", "--template", "%n"}).code == 2);
        CHECK(run_br({"status", "--help"}).out.find("%s  the step of a run") != std::string::npos);
    }
}
