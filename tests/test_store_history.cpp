// The history on a real SQLite file in a temporary directory.
#include <backroutine/error.hpp>
#include <backroutine/store/history.hpp>

#include "support/process.hpp"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <doctest/doctest.h>

#include <csignal>
#include <cstdio>
#include <filesystem>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using br::store::BreakKind;
using br::store::History;
using br::store::SessionQuery;
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

// Opens `path` in a child process made ready by `prepare` (which returns
// false when it cannot be), returning the error or "".
std::string error_in_child(const std::string& path, bool (*prepare)()) {
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    const pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        if (!prepare()) {
            _exit(2);
        }
        const std::string error = error_of(path);
        (void)!write(fds[1], error.data(), error.size());
        _exit(0);
    }
    close(fds[1]);
    std::string out;
    char buffer[512];
    for (ssize_t n = 0; (n = read(fds[0], buffer, sizeof buffer)) > 0;) {
        out.append(buffer, static_cast<std::size_t>(n));
    }
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    CHECK(WEXITSTATUS(status) == 0);
    return out;
}

// A process that cannot override file permissions (root drops to nobody).
std::string error_without_root(const std::string& path) {
    return error_in_child(path, [] { return geteuid() != 0 || (setgid(65534) == 0 && setuid(65534) == 0); });
}

// A process for which no file can grow, as on a full disk.
std::string error_with_no_room(const std::string& path) {
    return error_in_child(path, [] {
        const rlimit none{0, 0};
        return std::signal(SIGXFSZ, SIG_IGN) != SIG_ERR && setrlimit(RLIMIT_FSIZE, &none) == 0;
    });
}

// A version-1 history as the first release wrote it.
void write_schema_1(const std::string& path) {
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_exec(db,
                 "CREATE TABLE sessions (id INTEGER PRIMARY KEY, started_at INTEGER NOT NULL, routine_id TEXT NOT "
                 "NULL, routine_name TEXT NOT NULL, planned_seconds INTEGER NOT NULL, actual_seconds INTEGER NOT NULL "
                 "DEFAULT 0, steps_done INTEGER NOT NULL DEFAULT 0, steps_skipped INTEGER NOT NULL DEFAULT 0, "
                 "steps_total INTEGER NOT NULL DEFAULT 0, ending TEXT NOT NULL DEFAULT 'running', pain_before "
                 "INTEGER, pain_after INTEGER); INSERT INTO sessions (started_at, routine_id, routine_name, "
                 "planned_seconds, ending, pain_before) VALUES (500, 'warm-up', 'Warm-up', 300, 'completed', 4); "
                 "PRAGMA application_id=1112688713; PRAGMA user_version=1;",
                 nullptr, nullptr, nullptr);
    sqlite3_close(db);
}

} // namespace

TEST_SUITE("store::history") {
    TEST_CASE("a version-1 history migrates to version 2 and keeps its sessions") {
        br::test::TempDir dir;
        const std::string path = dir.path() + "/history.sqlite3";
        write_schema_1(path);
        History history(path);
        const auto sessions = history.sessions();
        REQUIRE(sessions.size() == 1);
        CHECK(sessions[0].routine_id == "warm-up");
        CHECK(sessions[0].pain_before == 4);
        CHECK_FALSE(sessions[0].stopped_for_pain);
        history.record_break(BreakKind::taken, 600);
        CHECK(history.breaks().size() == 1);
    }

    TEST_CASE("breaks are recorded with their kind and time") {
        br::test::TempDir dir;
        History history(dir.path() + "/history.sqlite3");
        history.record_break(BreakKind::taken, 100);
        history.record_break(BreakKind::snoozed, 200);
        history.record_break(BreakKind::skipped, 300);
        history.record_break(BreakKind::natural, 400);
        const auto all = history.breaks();
        REQUIRE(all.size() == 4);
        CHECK(all[1].kind == BreakKind::snoozed);
        CHECK(all[3].at == 400);
        CHECK(history.breaks(250).size() == 2);
        CHECK(br::store::name_of(BreakKind::natural) == "natural");
        CHECK(br::store::parse_break_kind("skipped") == BreakKind::skipped);
        CHECK_FALSE(br::store::parse_break_kind("maybe"));
    }

    TEST_CASE("sessions by time span, routine and count — a session removed — one added whole") {
        br::test::TempDir dir;
        History history(dir.path() + "/history.sqlite3");
        for (int i = 0; i < 6; ++i) {
            auto r = record(i % 2 == 0 ? "quick-relief" : "warm-up", 1000 + i * 100);
            r.id = history.start(r);
            r.ending = "completed";
            history.finish(r);
        }
        SessionQuery query;
        query.since = 1100;
        query.until = 1400;
        CHECK(history.sessions(query).size() == 3);
        query.routine = "warm-up";
        CHECK(history.sessions(query).size() == 2);
        SessionQuery last;
        last.last = 2;
        const auto latest = history.sessions(last);
        REQUIRE(latest.size() == 2);
        CHECK(latest[0].started_at == 1400);
        CHECK(latest[1].started_at == 1500);
        const auto id = latest[0].id;
        CHECK(history.remove(id));
        CHECK_FALSE(history.remove(id));
        CHECK_FALSE(history.session(id));
        CHECK(history.sessions().size() == 5);

        auto logged = record("desk-break", 2000);
        logged.ending = "logged";
        logged.actual_seconds = 300;
        logged.pain_before = 6;
        logged.pain_after = 3;
        logged.stopped_for_pain = true;
        const auto added = history.session(history.add(logged));
        REQUIRE(added);
        CHECK(added->ending == "logged");
        CHECK(added->actual_seconds == 300);
        CHECK(added->pain_after == 3);
        CHECK(added->stopped_for_pain);
    }

    TEST_CASE("text read back from the file is sanitised") {
        br::test::TempDir dir;
        History history(dir.path() + "/history.sqlite3");
        auto r = record("x", 100);
        r.routine_name = "Evil\x1b]0;title\x07 \xc2\x9b"
                         "2J";
        history.start(r);
        CHECK(history.sessions()[0].routine_name == "Evil]0;title 2J");
    }

    TEST_CASE("a history that cannot be written is said so, not called foreign, and left untouched") {
        br::test::TempDir dir;
        const std::string state = dir.path() + "/state";
        const std::string path = state + "/history.sqlite3";
        {
            History history(path);
            auto r = record("warm-up", 100);
            history.start(r);
        }
        const std::string before = br::test::read_text(path);
        SUBCASE("a read-only directory") {
            chmod(state.c_str(), 0555);
            chmod(path.c_str(), 0444);
        }
        SUBCASE("a read-only file in a writable directory") {
            chmod(state.c_str(), 0777);
            chmod(path.c_str(), 0444);
        }
        const std::string error = error_without_root(path);
        CHECK(error.starts_with("the history '" + path + "' cannot be written ("));
        CHECK(error.ends_with("); it was left untouched"));
        chmod(state.c_str(), 0755);
        CHECK(br::test::read_text(path) == before);
    }

    TEST_CASE("a healthy history on a full disk is said to be unwritable, not foreign, and left untouched") {
        br::test::TempDir dir;
        const std::string path = dir.path() + "/history.sqlite3";
        {
            History history(path);
            auto r = record("warm-up", 100);
            history.start(r);
        }
        const std::string before = br::test::read_text(path);
        const std::string error = error_with_no_room(path);
        CHECK(error.starts_with("the history '" + path + "' cannot be written ("));
        CHECK(error.ends_with("); it was left untouched"));
        CHECK(br::test::read_text(path) == before);
    }

    TEST_CASE("a history whose directory cannot be created says why") {
        br::test::TempDir dir;
        dir.write("state", "a file where the directory should be\n");
        const std::string path = dir.path() + "/state/backroutine/history.sqlite3";
        std::string message;
        try {
            History history(path);
        } catch (const br::Error& error) {
            message = error.what();
        }
        CHECK(message == "the history '" + path +
                             "' cannot be written (its directory cannot be created: Not a directory); it was left "
                             "untouched");
    }

    TEST_CASE("a history without its sessions table is reported, not used") {
        br::test::TempDir dir;
        const std::string path = dir.path() + "/history.sqlite3";
        { History history(path); }
        sqlite3* db = nullptr;
        sqlite3_open(path.c_str(), &db);
        sqlite3_exec(db, "DROP TABLE sessions", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        CHECK(error_of(path) ==
              "the history '" + path + "' has no sessions table (a damaged file?); it was left untouched");
    }
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
