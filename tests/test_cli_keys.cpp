// Keys and signals on a real terminal (a pseudo-terminal): what a person
// presses does what they mean, and the terminal is always given back.
#include "support/helpers.hpp"
#include "support/process.hpp"
#include "support/pty.hpp"

#include <nlohmann/json.hpp>

#include <doctest/doctest.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <tuple>

#include <unistd.h>

using br::test::PtyProcess;
using br::test::run_br;

namespace {

// Waits until every process of `group` is stopped (state T in /proc): a
// SIGCONT sent earlier could reach a process before it stops itself.
bool group_stopped(int group) {
    for (int tries = 0; tries < 500; ++tries) {
        int running = 0;
        int stopped = 0;
        for (const auto& entry : std::filesystem::directory_iterator("/proc")) {
            const std::string name = entry.path().filename();
            if (name.find_first_not_of("0123456789") != std::string::npos) {
                continue;
            }
            std::ifstream stat(entry.path() / "stat");
            std::string line;
            std::getline(stat, line);
            const auto close = line.rfind(')');
            if (close == std::string::npos) {
                continue;
            }
            std::istringstream fields(line.substr(close + 2));
            char state = 0;
            int parent = 0;
            int pgrp = 0;
            fields >> state >> parent >> pgrp;
            if (pgrp == group) {
                (state == 'T' ? stopped : running) += 1;
            }
        }
        if (stopped > 0 && running == 0) {
            return true;
        }
        usleep(10'000);
    }
    return false;
}

} // namespace

TEST_SUITE("cli::keys") {
    TEST_CASE("Enter and n start the work in the lead-in and setup — q asks for a second q") {
        PtyProcess process({"run", "--step", "childs-pose:30s", "--step", "cat-cow:5"}, {});
        const termios before = process.settings();
        REQUIRE(process.wait_for("GET READY"));
        process.send("\r");
        REQUIRE(process.wait_for("SET UP"));
        process.send("n");
        REQUIRE(process.wait_for(" HOLD "));
        process.send("q");
        REQUIRE(process.wait_for("q again to quit"));
        const std::size_t asked = process.output().size();
        process.send("m"); // any other key goes on
        REQUIRE(process.wait_for("m unmute", std::chrono::seconds(10), asked));
        process.send("qq");
        CHECK(process.wait_exit() == 3);
        test::check_restored(process, before);
        CHECK(process.output().find("Stopped early") != std::string::npos);
    }

    TEST_CASE("keys act on plain lines and JSON events when a terminal is there, without echo") {
        const std::string run = std::string(BR_BINARY) + " run --step childs-pose:30s --no-log";
        {
            PtyProcess process({"-c", run + " | cat"}, {}, 80, 24, false, "/bin/sh");
            const termios before = process.settings();
            REQUIRE(process.wait_for("Get ready"));
            process.send(" ");
            REQUIRE(process.wait_for("Paused"));
            process.send(" q");
            REQUIRE(process.wait_for("Quit? q again"));
            process.send("q");
            CHECK(process.wait_exit() == 0); // cat's status
            CHECK(process.output().find("Stopped (quit)") != std::string::npos);
            CHECK(br::test::same_terminal_settings(process.settings(), before));
        }
        PtyProcess process({"-c", run + " --events json | cat"}, {}, 80, 24, false, "/bin/sh");
        REQUIRE(process.wait_for("\"kind\":\"lead-in\""));
        process.send(" ");
        REQUIRE(process.wait_for("{\"at\":0,\"event\":\"pause\"}"));
        process.send(" ");
        REQUIRE(process.wait_for("\"event\":\"resume\""));
        process.send("nnn"); // the lead-in and the setup end early; the hold is skipped
        REQUIRE(process.wait_for("\"event\":\"skip\""));
        CHECK(process.wait_exit() == 0);
    }

    TEST_CASE("--events json writes rep events with phase, seconds and label") {
        const auto result = run_br({"run", "--step", "shoulder-blade-squeeze:2", "--step", "prone-y-t-w:1", "--events",
                                    "json", "--speed", "100", "--no-log"});
        REQUIRE(result.code == 0);
        CHECK(result.out.find(R"({"at":)") != std::string::npos);
        CHECK(result.out.find(R"("event":"rep","of":2,"phase":"hold","rep":1,"seconds":5.0})") != std::string::npos);
        CHECK(result.out.find(R"("event":"rep","label":"T","of":1,"phase":"move","rep":1,"seconds":1.5})") !=
              std::string::npos);
    }

    TEST_CASE("the terminal closed (SIGHUP): exit 1, the history row stays running") {
        br::test::TempDir dir;
        const std::map<std::string, std::string> env{{"XDG_STATE_HOME", dir.path()}};
        PtyProcess process({"run", "quick-relief"}, env);
        REQUIRE(process.wait_for("step 1 of 6"));
        process.signal(SIGHUP);
        CHECK(process.wait_exit() == 1);
        const auto sessions = nlohmann::json::parse(run_br({"history", "--format", "json"}, env).out);
        REQUIRE(sessions.size() == 1);
        CHECK(sessions[0]["ending"] == "running");
    }

    TEST_CASE("Ctrl-\\ (SIGQUIT) ends the run as Ctrl-C does, the terminal restored") {
        PtyProcess process({"run", "quick-relief", "--no-log"}, {});
        const termios before = process.settings();
        REQUIRE(process.wait_for("step 1 of 6"));
        process.send("\x1c");
        CHECK(process.wait_exit() == 130);
        test::check_restored(process, before);
    }

    TEST_CASE("Ctrl-Z under a wrapper script gives the terminal back before the group stops") {
        PtyProcess process({"-c", std::string(BR_BINARY) + " run quick-relief --no-log; exit $?"}, {}, 80, 24, true,
                           "/bin/sh");
        const termios before = process.settings();
        REQUIRE(process.wait_for("step 1 of 6"));
        const std::string& out = process.output();
        const auto pid_at = out.find("[pid ");
        REQUIRE(pid_at != std::string::npos);
        const int group = std::stoi(out.substr(pid_at + 5));
        process.send("\x1a");
        REQUIRE(process.wait_for("[stopped]"));
        // backroutine itself restores before it stops, even if the wrapper stopped first.
        CHECK(process.wait_for("\x1b[?1049l", std::chrono::seconds(5), out.rfind("\x1b[?1049h")));
        CHECK(br::test::same_terminal_settings(process.settings(), before));
        CHECK(out.rfind("\x1b[?25l") < out.rfind("\x1b[?25h"));
        // Keys sent before it is back in raw mode would be flushed: wait for the screen to come back.
        const std::size_t restored = out.rfind("\x1b[?1049l");
        REQUIRE(restored != std::string::npos);
        REQUIRE(group_stopped(group));
        ::kill(-group, SIGCONT);
        REQUIRE(process.wait_for("\x1b[?1049h", std::chrono::seconds(10), restored));
        REQUIRE(process.wait_for("step 1 of 6", std::chrono::seconds(10), out.rfind("\x1b[?1049h")));
        process.send("qq");
        CHECK(process.wait_exit() == 3);
        test::check_restored(process, before);
    }

    TEST_CASE("a wide window with a UTF-8 locale draws the exercise's figure beside the countdown") {
        // Braille cells are U+2800 to U+28FF: E2 A0 80 to E2 A3 BF in UTF-8.
        const auto braille = [](const std::string& out) {
            for (std::size_t i = 0; i + 2 < out.size(); ++i) {
                const auto lead = static_cast<unsigned char>(out[i]);
                const auto next = static_cast<unsigned char>(out[i + 1]);
                if (lead == 0xE2 && next >= 0xA0 && next <= 0xA3 && out.compare(i, 3, "\u2800") != 0) {
                    return true;
                }
            }
            return false;
        };
        br::test::TempDir dir;
        const std::string config = dir.write("config.yaml", "timing: {lead_in: 0s, setup_floor: 1s}\n");
        // Without a UTF-8 locale braille would print as garbage: it is left out.
        for (const auto& [columns, rows, locale, drawn] :
             {std::tuple{120, 40, "C.UTF-8", true}, std::tuple{60, 18, "C.UTF-8", false},
              std::tuple{120, 40, "C", false}}) {
            CAPTURE(columns);
            CAPTURE(locale);
            PtyProcess process({"run", "--step", "cat-cow:10", "--no-log", "--speed", "20"},
                               {{"BACKROUTINE_CONFIG", config}, {"LC_ALL", locale}}, columns, rows);
            REQUIRE(process.wait_for("rep 1 of 10"));
            REQUIRE(process.wait_for("rep 2 of 10"));
            CHECK(braille(process.output()) == drawn);
            process.send("qq");
            CHECK(process.wait_exit() == 3);
        }
    }
}
