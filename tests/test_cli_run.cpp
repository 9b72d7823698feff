// run as a real process: in a pseudo-terminal with keys and signals, and piped.
#include "support/process.hpp"
#include "support/pty.hpp"

#include <nlohmann/json.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <csignal>
#include <sstream>

using br::test::PtyProcess;
using br::test::run_br;

namespace {

const std::string k_screen = "step 1 of 6"; // the live screen of quick-relief is up

// Checks the terminal is as it was: settings, cursor shown, main screen back.
void check_restored(const PtyProcess& process, const termios& before) {
    CHECK(br::test::same_terminal_settings(process.settings(), before));
    const std::string& out = process.output();
    const auto leave = out.rfind("\x1b[?1049l");
    CHECK(leave != std::string::npos);
    CHECK(out.rfind("\x1b[?25h") != std::string::npos);
    CHECK(out.rfind("\x1b[?25l") < out.rfind("\x1b[?25h"));
}

} // namespace

TEST_SUITE("cli::run") {
    TEST_CASE("live screen: keys pause and quit; q exits 3 and restores the terminal") {
        PtyProcess process({"run", "quick-relief"}, {});
        const termios before = process.settings();
        REQUIRE(process.wait_for(k_screen));
        CHECK(process.output().find("\x1b[?1049h") != std::string::npos);
        CHECK(process.wait_for("Get ready"));
        CHECK(process.wait_for("Stop any exercise that makes your pain worse"));
        process.send(" ");
        CHECK(process.wait_for("PAUSED"));
        process.send("n");
        CHECK(process.wait_for("Cat-Cow"));
        process.send("q");
        CHECK(process.wait_exit() == 3);
        check_restored(process, before);
        CHECK(process.output().find("Stopped early: Quick Relief") != std::string::npos);
    }

    TEST_CASE("Ctrl-C exits 130, SIGTERM 143, SIGHUP 129; the terminal is restored each time") {
        for (const auto& [how, code] : {std::pair{0, 130}, std::pair{SIGTERM, 143}, std::pair{SIGHUP, 129}}) {
            CAPTURE(how);
            PtyProcess process({"run", "quick-relief"}, {});
            const termios before = process.settings();
            REQUIRE(process.wait_for(k_screen));
            if (how == 0) {
                process.send("\x03");
            } else {
                process.signal(how);
            }
            CHECK(process.wait_exit() == code);
            check_restored(process, before);
        }
    }

    TEST_CASE("Ctrl-Z restores the terminal while stopped and redraws on continue") {
        PtyProcess process({"run", "quick-relief"}, {}, 80, 24, true);
        const termios before = process.settings();
        REQUIRE(process.wait_for(k_screen));
        process.send("\x1a");
        REQUIRE(process.wait_for("[stopped]"));
        CHECK(br::test::same_terminal_settings(process.settings(), before));
        const std::size_t seen = process.output().size();
        process.signal(SIGCONT);
        CHECK(process.wait_for("\x1b[?1049h\x1b[?25l", std::chrono::seconds(5), seen));
        CHECK(process.wait_for(k_screen, std::chrono::seconds(5), seen));
        process.send("q");
        CHECK(process.wait_exit() == 3);
        check_restored(process, before);
    }

    TEST_CASE("a small terminal still gets a screen") {
        PtyProcess process({"run", "--step", "childs-pose:5s"}, {}, 30, 8);
        REQUIRE(process.wait_for("Get ready"));
        process.send("q");
        CHECK(process.wait_exit() == 3);
    }

    TEST_CASE("piped: plain lines without escape codes, exit 0") {
        const auto result = run_br({"run", "--step", "cat-cow:2", "--step", "thread-the-needle:5s/side", "--speed", "50"},
                                   {{"TERM", "xterm-256color"}});
        CHECK(result.code == 0);
        CHECK(result.out.find('\x1b') == std::string::npos);
        CHECK(result.out.find("Thread the Needle — left side — hold 5s") != std::string::npos);
        CHECK(result.out.find("Routine complete") != std::string::npos);
        CHECK(result.err.find("Stop any exercise") != std::string::npos);
    }

    TEST_CASE("--events json: one object per line, segments in plan order, then finish") {
        const auto plan = nlohmann::json::parse(run_br({"plan", "--step", "cat-cow:2", "--step", "childs-pose:5s",
                                                        "--format", "json"})
                                                    .out);
        const auto result = run_br(
            {"run", "--step", "cat-cow:2", "--step", "childs-pose:5s", "--events", "json", "--speed", "50"});
        REQUIRE(result.code == 0);
        std::istringstream lines(result.out);
        std::string line;
        std::vector<nlohmann::json> segments;
        nlohmann::json last;
        while (std::getline(lines, line)) {
            last = nlohmann::json::parse(line);
            if (last["event"] == "segment") {
                segments.push_back(last);
            }
        }
        REQUIRE(segments.size() == plan["segments"].size());
        for (std::size_t i = 0; i < segments.size(); ++i) {
            CHECK(segments[i]["kind"] == plan["segments"][i]["kind"]);
            CHECK(segments[i]["start"] == plan["segments"][i]["start"]);
        }
        CHECK(last["event"] == "finish");
        CHECK(last["outcome"] == "completed");
    }

    TEST_CASE("real clock at --speed: the run ends when the plan says, not before") {
        const auto plan = nlohmann::json::parse(
            run_br({"plan", "--step", "childs-pose:30s", "--step", "neck-stretch:10s/side", "--format", "json"}).out);
        const double total = plan["total_seconds"];
        const double speed = 20;
        const auto start = std::chrono::steady_clock::now();
        const auto result = run_br({"run", "--step", "childs-pose:30s", "--step", "neck-stretch:10s/side", "--speed",
                                    "20", "--events", "json"});
        const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        REQUIRE(result.code == 0);
        // Bounds, not a speed goal: the process may start late on a busy machine,
        // but the routine can never end early.
        CHECK(took >= total / speed);
        CHECK(took < total / speed + 1.5);
    }

    TEST_CASE("a closed output pipe ends the run quietly") {
        const auto result = run_br({"run", "quick-relief", "--speed", "1000", "--events", "json"});
        CHECK(result.code == 0);
        // The same run with stdout closed at once: no hang, no crash, no message.
        const auto closed = br::test::run_process("/bin/sh", {"-c", std::string(BR_BINARY) +
                                                                        " run quick-relief --speed 20 | true"});
        CHECK(closed.code == 0);
        CHECK(closed.err == "Stop any exercise that makes your pain worse. Severe or lasting pain needs a "
                            "professional's assessment.\n");
    }
}
