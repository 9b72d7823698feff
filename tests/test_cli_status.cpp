// status, remind pause and resume through the runtime directory, with real processes.
#include "support/daemon.hpp"
#include "support/process.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <thread>

using br::test::run_br;

TEST_SUITE("cli::status") {
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
}
