// The history on a real SQLite file in a temporary directory.
#include <backroutine/error.hpp>
#include <backroutine/store/history.hpp>

#include "support/process.hpp"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <doctest/doctest.h>

#include <csignal>
#include <cstdio>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using br::store::History;
using br::store::SessionRecord;

namespace {

SessionRecord record(const std::string& routine, std::int64_t at) {
    SessionRecord r;
    r.started_at = at;
    r.routine_id = routine;
    r.routine_name = routine;
    r.planned_seconds = 600;
    r.steps_total = 6;
    return r;
}

std::string error_of(const std::string& path) {
    try {
        History history(path);
    } catch (const br::Error& error) {
        return error.what();
    }
    return {};
}

} // namespace

TEST_SUITE("store::history") {
    TEST_CASE("created on first use, records a run from start to end, kept across opens") {
        br::test::TempDir dir;
        const std::string path = dir.path() + "/state/backroutine/history.sqlite3";
        {
            History history(path);
            auto r = record("quick-relief", 1000);
            r.pain_before = 5;
            r.id = history.start(r);
            const auto running = history.sessions();
            REQUIRE(running.size() == 1);
            CHECK(running[0].ending == "running");
            r.actual_seconds = 590;
            r.steps_done = 5;
            r.steps_skipped = 1;
            r.ending = "completed";
            r.pain_after = 2;
            history.finish(r);
        }
        History again(path);
        const auto sessions = again.sessions();
        REQUIRE(sessions.size() == 1);
        CHECK(sessions[0].routine_id == "quick-relief");
        CHECK(sessions[0].actual_seconds == 590);
        CHECK(sessions[0].steps_skipped == 1);
        CHECK(sessions[0].ending == "completed");
        CHECK(sessions[0].pain_before == 5);
        CHECK(sessions[0].pain_after == 2);
        CHECK(again.sessions(1001).empty());
    }

    TEST_CASE("several processes writing at once all get recorded") {
        br::test::TempDir dir;
        const std::string path = dir.path() + "/history.sqlite3";
        constexpr int k_writers = 4;
        constexpr int k_each = 25;
        std::vector<pid_t> children;
        for (int w = 0; w < k_writers; ++w) {
            const pid_t pid = fork();
            if (pid == 0) {
                try {
                    History history(path); // opening and migrating at once is part of the test
                    for (int i = 0; i < k_each; ++i) {
                        auto r = record("writer-" + std::to_string(w), i);
                        r.id = history.start(r);
                        r.ending = "completed";
                        history.finish(r);
                    }
                    _exit(0);
                } catch (const std::exception& error) {
                    std::fprintf(stderr, "writer %d: %s\n", w, error.what());
                    _exit(1);
                }
            }
            children.push_back(pid);
        }
        for (const pid_t pid : children) {
            int status = 0;
            waitpid(pid, &status, 0);
            CHECK(WIFEXITED(status));
            CHECK(WEXITSTATUS(status) == 0);
        }
        const auto sessions = History(path).sessions();
        CHECK(sessions.size() == k_writers * k_each);
        CHECK(std::all_of(sessions.begin(), sessions.end(), [](const auto& s) { return s.ending == "completed"; }));
    }

    TEST_CASE("a file that is not a backroutine history is reported and left untouched") {
        br::test::TempDir dir;
        const std::string text = dir.write("notes.sqlite3", "my shopping list\n");
        CHECK(error_of(text) == "'" + text + "' is not a backroutine history database; it was left untouched");
        CHECK(br::test::read_text(text) == "my shopping list\n");

        const std::string other = dir.path() + "/other.sqlite3";
        sqlite3* db = nullptr;
        sqlite3_open(other.c_str(), &db);
        sqlite3_exec(db, "CREATE TABLE mine (x); INSERT INTO mine VALUES (42);", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        const std::string before = br::test::read_text(other);
        CHECK(error_of(other) == "'" + other + "' is not a backroutine history database; it was left untouched");
        CHECK(br::test::read_text(other) == before);

        const std::string newer = dir.path() + "/newer.sqlite3";
        { History history(newer); }
        sqlite3_open(newer.c_str(), &db);
        sqlite3_exec(db, "PRAGMA user_version=99", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        CHECK(error_of(newer) ==
              "the history '" + newer + "' was written by a newer backroutine (schema 99); it was left untouched");
    }

    TEST_CASE("a run killed mid-way: SIGTERM is recorded, SIGKILL leaves it marked running") {
        br::test::TempDir dir;
        const std::map<std::string, std::string> env{{"XDG_STATE_HOME", dir.path()}};
        for (const int signal : {SIGTERM, SIGKILL}) {
            CAPTURE(signal);
            br::test::ExecArgs exec(BR_BINARY, {"run", "quick-relief", "-q"}, env);
            const pid_t pid = fork();
            if (pid == 0) {
                freopen("/dev/null", "w", stdout);
                freopen("/dev/null", "w", stderr);
                execve(exec.program(), exec.argv(), exec.envp());
                _exit(127);
            }
            // Wait until the run has recorded its start.
            const std::string path = dir.path() + "/backroutine/history.sqlite3";
            std::size_t before = 0;
            for (int i = 0; i < 200; ++i) {
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
                try {
                    const auto sessions = History(path).sessions();
                    if (!sessions.empty() && sessions.back().ending == "running") {
                        before = sessions.size();
                        break;
                    }
                } catch (const br::Error&) { // not created yet
                }
            }
            REQUIRE(before > 0);
            kill(pid, signal);
            int status = 0;
            waitpid(pid, &status, 0);
            const auto sessions = History(path).sessions();
            REQUIRE(sessions.size() == before);
            CHECK(sessions.back().ending == (signal == SIGTERM ? "terminated" : "running"));
        }
        const auto listed = br::test::run_br({"history", "--format", "json"}, env);
        CHECK(listed.code == 0);
        CHECK(nlohmann::json::parse(listed.out).size() == 2);
    }
}
