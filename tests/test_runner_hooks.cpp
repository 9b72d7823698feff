// The user's hooks: started without a shell, never waited for, each
// problem said once; and in a real run and a real reminder.
#include "support/process.hpp"

#include <backroutine/runner/hooks.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <string>
#include <thread>

namespace {

// A hook that appends what it is told to LOG: its event, the details and its argument.
std::string logging_hook(const br::test::TempDir& dir) {
    const std::string script =
        dir.write("hook.sh", "#!/bin/sh\nprintf '%s|%s|%s|%s|%s\\n' \"$BACKROUTINE_EVENT\" \"$BACKROUTINE_BREAK\" "
                             "\"$BACKROUTINE_EXERCISE\" \"$BACKROUTINE_SIDE\" \"$2\" >> \"$1\"\n");
    std::filesystem::permissions(script, std::filesystem::perms::owner_all);
    return script;
}

// The log once it holds `lines` lines, or what it holds when 10 s have passed
// (the hooks run on their own, after the command that started them).
std::string log_of(const std::string& path, std::size_t lines) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    std::string text = br::test::read_text(path);
    while (static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) < lines &&
           std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        text = br::test::read_text(path);
    }
    return text;
}

// Problems once every hook started has ended (10 s at most).
std::vector<std::string> problems_of(br::runner::Hooks& hooks) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (hooks.running() > 0 && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return hooks.take_problems();
}

} // namespace

TEST_SUITE("runner::hooks") {
    TEST_CASE("a hook gets its event and details in its environment and its words as they are — no shell") {
        br::test::TempDir dir;
        const std::string log = dir.path() + "/log";
        br::runner::Hooks hooks({{"break-due", {logging_hook(dir), log, "two words; $HOME"}}});
        hooks.fire("break-due", {{"BACKROUTINE_BREAK", "desk"}});
        hooks.fire("break-start", {}); // no hook set: nothing happens
        CHECK(log_of(log, 1) == "break-due|desk|||two words; $HOME\n");
        CHECK(problems_of(hooks).empty());
    }

    TEST_CASE("a hook that cannot start or that fails is said once") {
        br::test::TempDir dir;
        br::runner::Hooks hooks({{"break-due", {"false"}}, {"break-done", {dir.path() + "/no-such-hook"}}});
        hooks.fire("break-done", {});
        hooks.fire("break-done", {});
        const auto missing = hooks.take_problems();
        REQUIRE(missing.size() == 1);
        CHECK(missing[0] == "the break-done hook cannot start '" + dir.path() +
                                "/no-such-hook' (No such file or directory); it is not said again");
        hooks.fire("break-due", {});
        hooks.fire("break-due", {});
        const auto failed = problems_of(hooks);
        CHECK(failed == std::vector<std::string>{"the break-due hook exited with status 1; it is not said again"});
    }

    TEST_CASE("a run tells the exercise-start hook of each exercise and side, a reminder the break-due hook") {
        br::test::TempDir dir;
        const std::string log = dir.path() + "/log";
        const std::string config =
            dir.write("config.yaml", "hooks:\n  exercise-start: [" + logging_hook(dir) + ", " + log +
                                         "]\n  break-due: [" + logging_hook(dir) + ", " + log + ", due]\n");
        const std::map<std::string, std::string> env{{"BACKROUTINE_CONFIG", config}};
        const auto run = br::test::run_br(
            {"run", "--step", "cat-cow:2", "--step", "neck-stretch:1s/side", "--speed", "20", "--no-log"}, env);
        CHECK(run.code == 0);
        CHECK(log_of(log, 3) == "exercise-start||cat-cow||\n"
                                "exercise-start||neck-stretch|left|\n"
                                "exercise-start||neck-stretch|right|\n");
        std::filesystem::remove(log);
        const auto remind = br::test::run_br(
            {"remind", "--every", "1m", "--once", "--speed", "600", "--mode", "fixed", "--micro", "off"}, env);
        CHECK(remind.code == 0);
        CHECK(log_of(log, 1) == "break-due|desk|||due\n");
    }

    TEST_CASE("an unknown hook event in the config is a positioned error") {
        br::test::TempDir dir;
        const std::string config = dir.write("config.yaml", "hooks:\n  break-over: [true]\n");
        const auto result = br::test::run_br({"plan", "quick-relief"}, {{"BACKROUTINE_CONFIG", config}});
        CHECK(result.code == 65);
        CHECK(result.err.find(config + ":2:3: error: unknown key 'break-over' in hooks") != std::string::npos);
    }
}
