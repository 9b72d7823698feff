// run as a real process: in a pseudo-terminal with keys and signals, and piped.
#include "support/helpers.hpp"
#include "support/process.hpp"
#include "support/pty.hpp"

#include <nlohmann/json.hpp>

#include <doctest/doctest.h>

#include <map>

#include <chrono>
#include <csignal>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

using br::test::PtyProcess;
using br::test::run_br;

namespace {

const std::string k_screen = "step 1 of 6"; // the live screen of quick-relief is up

} // namespace

TEST_SUITE("cli::run") {
    TEST_CASE("live screen: keys pause and quit, q exits 3 and restores the terminal") {
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
        process.send("qq");
        CHECK(process.wait_exit() == 3);
        test::check_restored(process, before);
        CHECK(process.output().find("Stopped early: Quick Relief") != std::string::npos);
    }

    TEST_CASE("Ctrl-C exits 130, SIGTERM 143, SIGHUP 1, the terminal is restored each time") {
        for (const auto& [how, code] : {std::pair{0, 130}, std::pair{SIGTERM, 143}, std::pair{SIGHUP, 1}}) {
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
            test::check_restored(process, before);
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
        process.send("qq");
        CHECK(process.wait_exit() == 3);
        test::check_restored(process, before);
    }

    TEST_CASE("a routine piped into run gets the live screen, with keys from the terminal") {
        PtyProcess process({"-c", std::string(BR_BINARY) + " build --minutes 5 --seed 1 | " + BR_BINARY + " run -"}, {},
                           80, 24, false, "/bin/sh");
        const termios before = process.settings();
        REQUIRE(process.wait_for("5-minute prevention routine"));
        process.send("qq");
        CHECK(process.wait_exit() == 3);
        test::check_restored(process, before);
    }

    TEST_CASE("--voice speaks the cues through the configured command") {
        br::test::TempDir dir;
        const std::string said = dir.path() + "/said.txt";
        const std::string script = dir.write("say.sh", "#!/bin/sh\necho \"$*\" >> " + said + "\n");
        chmod(script.c_str(), 0755);
        dir.write("config/backroutine/config.yaml",
                  "voice_command: [" + script + "]\ntiming: {lead_in: 0, setup_floor: 4s}\n");
        PtyProcess process({"run", "--step", "childs-pose:4s", "--voice", "--speed", "10"},
                           {{"XDG_CONFIG_HOME", dir.path() + "/config"}});
        REQUIRE(process.leave_end_screen());
        CHECK(process.wait_exit() == 0);
        // The voice runs in the background; give its last words a moment to land.
        for (int i = 0; i < 50 && br::test::read_text(said).find("Well done") == std::string::npos; ++i) {
            usleep(20'000);
        }
        const std::string words = br::test::read_text(said);
        CHECK(words.find("Child's Pose. Kneel.") != std::string::npos);
        CHECK(words.find("Hold 4 seconds.") != std::string::npos);
        CHECK(words.find("Well done. Routine complete.") != std::string::npos);
    }

    TEST_CASE("a missing voice command is reported once and the run goes on") {
        br::test::TempDir dir;
        dir.write("config/backroutine/config.yaml",
                  "voice: true\nvoice_command: [/nonexistent/espeak-ng]\ntiming: {lead_in: 0, setup_floor: 4s}\n");
        PtyProcess process({"run", "--step", "childs-pose:4s", "--speed", "10"},
                           {{"XDG_CONFIG_HOME", dir.path() + "/config"}});
        REQUIRE(process.leave_end_screen());
        CHECK(process.wait_exit() == 0);
        CHECK(process.output().find("voice: cannot start '/nonexistent/espeak-ng'") != std::string::npos);
        CHECK(process.output().find("Routine complete") != std::string::npos);
    }

    TEST_CASE("colour on a terminal, none with NO_COLOR, TERM=dumb or --no-color") {
        {
            PtyProcess process({"list"}, {});
            CHECK(process.wait_exit() == 0);
            CHECK(process.output().find("\x1b[1m") != std::string::npos);
        }
        for (const auto& [args, env] :
             std::vector<std::pair<std::vector<std::string>, std::map<std::string, std::string>>>{
                 {{"list"}, {{"NO_COLOR", "1"}}}, {{"list"}, {{"TERM", "dumb"}}}, {{"--no-color", "list"}, {}}}) {
            PtyProcess process(args, env);
            CHECK(process.wait_exit() == 0);
            CHECK(process.output().find('\x1b') == std::string::npos);
            CHECK(process.output().find("cat-cow") != std::string::npos);
        }
    }

    TEST_CASE("--check-in asks for pain before and after, and the history keeps it") {
        br::test::TempDir dir;
        dir.write("config/backroutine/config.yaml", "timing:\n  lead_in: 0\n  setup_floor: 0\n");
        const std::map<std::string, std::string> env{{"XDG_STATE_HOME", dir.path()},
                                                     {"XDG_CONFIG_HOME", dir.path() + "/config"}};
        PtyProcess process({"run", "--step", "childs-pose:1s", "--check-in"}, env);
        REQUIRE(process.wait_for("Pain right now, 0 (none) to 10 (worst)?"));
        process.send("5\r");
        REQUIRE(process.leave_end_screen());
        REQUIRE(process.wait_for("Pain now that you are done"));
        process.send("3\r");
        CHECK(process.wait_exit() == 0);
        const auto sessions = nlohmann::json::parse(run_br({"history", "--format", "json"}, env).out);
        REQUIRE(sessions.size() == 1);
        CHECK(sessions[0]["pain_before"] == 5);
        CHECK(sessions[0]["pain_after"] == 3);
    }

    TEST_CASE("remind on a terminal rings, offers start, snooze or skip, asks again, and x skips") {
        // One minute at 600 times: the break is due after 0.1 s of real time.
        PtyProcess process({"remind", "--every", "1m", "--once", "--speed", "600"}, {});
        REQUIRE(process.wait_for("Enter: start · s: snooze 5 min · x: skip > "));
        INFO(process.output());
        CHECK(process.output().find('\a') != std::string::npos);
        process.send("maybe\r");
        REQUIRE(process.wait_for("'maybe'? Answer Enter or y to start, s to snooze, x or n to skip"));
        process.send("x\r");
        CHECK(process.wait_exit() == 0);
        CHECK(process.output().find("Skipped.") != std::string::npos);
    }

    TEST_CASE("remind offers a posture reset between desk breaks — --micro off and the config turn it off") {
        // At 600 times, a 2-minute reset is due after 0.2 s and a 10-minute desk break after 1 s.
        const std::vector<std::string> args{"remind", "--every", "10m", "--once", "--speed", "600", "--mode", "fixed"};
        auto with = [&](std::vector<std::string> extra, const std::map<std::string, std::string>& env = {}) {
            auto all = args;
            all.insert(all.end(), extra.begin(), extra.end());
            return run_br(all, env);
        };
        const auto reset = with({"--micro", "2m"});
        CHECK(reset.code == 0);
        CHECK(reset.out.find("] Time for a posture reset: Posture Reset\n") != std::string::npos);
        CHECK(with({"--micro", "off"}).out.find("] Time for a desk break: Desk Break\n") != std::string::npos);
        // --once waits for one desk break: the default posture resets stay out of it.
        CHECK(run_br({"remind", "--every", "30m", "--once", "--speed", "1800", "--mode", "fixed"})
                  .out.find("] Time for a desk break: Desk Break\n") != std::string::npos);
        br::test::TempDir dir;
        const std::string config = dir.write("config.yaml", "reminder:\n  micro_every: 'off'\n");
        CHECK(with({}, {{"BACKROUTINE_CONFIG", config}}).out.find("Time for a desk break") != std::string::npos);
        const std::string often = dir.write("often.yaml", "reminder:\n  micro_every: 2m\n");
        CHECK(with({}, {{"BACKROUTINE_CONFIG", often}}).out.find("Time for a posture reset") != std::string::npos);
        const auto wrong = with({"--micro", "sometimes"});
        CHECK(wrong.code == 2);
        CHECK(wrong.err.find("--micro 'sometimes': write an interval (20m, 1h) or off") != std::string::npos);
    }

    TEST_CASE("a small terminal still gets a screen") {
        PtyProcess process({"run", "--step", "childs-pose:5s"}, {}, 30, 8);
        REQUIRE(process.wait_for("Get ready"));
        process.send("qq");
        CHECK(process.wait_exit() == 3);
    }

    TEST_CASE("piped: plain lines without escape codes, exit 0") {
        const auto result =
            run_br({"run", "--step", "cat-cow:2", "--step", "thread-the-needle:5s/side", "--speed", "50"},
                   {{"TERM", "xterm-256color"}});
        CHECK(result.code == 0);
        CHECK(result.out.find('\x1b') == std::string::npos);
        CHECK(result.out.find("Thread the Needle — left side — hold 5s") != std::string::npos);
        CHECK(result.out.find("Routine complete") != std::string::npos);
        CHECK(result.err.find("Stop any exercise") != std::string::npos);
    }

    TEST_CASE("--events json: one object per line, segments in plan order, then finish") {
        const auto plan = nlohmann::json::parse(
            run_br({"plan", "--step", "cat-cow:2", "--step", "childs-pose:5s", "--format", "json"}).out);
        const auto result =
            run_br({"run", "--step", "cat-cow:2", "--step", "childs-pose:5s", "--events", "json", "--speed", "50"});
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
        const double speed = 100;
        const auto start = std::chrono::steady_clock::now();
        const auto result = run_br({"run", "--step", "childs-pose:30s", "--step", "neck-stretch:10s/side", "--speed",
                                    "100", "--events", "json"});
        const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        REQUIRE(result.code == 0);
        // Bounds, not a speed goal: the process may start late on a busy machine,
        // but the routine can never end early, and it plays at the speed asked, not at 1x
        // (the upper bound is ten times the planned time, so a loaded machine does not fail it).
        CHECK(took >= total / speed);
        CHECK(took < total / (speed / 10));
    }

    TEST_CASE("a closed output pipe ends the run quietly") {
        const auto result = run_br({"run", "quick-relief", "--speed", "1000", "--events", "json"});
        CHECK(result.code == 0);
        // The same run with stdout closed at once: no hang, no crash, no message.
        const auto closed =
            br::test::run_process("/bin/sh", {"-c", std::string(BR_BINARY) + " run quick-relief --speed 20 | true"});
        CHECK(closed.code == 0);
        CHECK(closed.err == "backroutine: a run at --speed other than 1 is a preview: it is not recorded\n"
                            "Stop any exercise that makes your pain worse. Severe or lasting pain needs a "
                            "professional's assessment.\n");
    }
}
