// Help and usage errors in people's words: no parser internals.
#include <backroutine/cli/app.hpp>

#include "support/process.hpp"

#include <doctest/doctest.h>

#include <sstream>

namespace {

struct Result {
    int code = 0;
    std::string out;
    std::string err;
};

Result run(const std::vector<std::string>& args) {
    std::ostringstream out;
    std::ostringstream err;
    const int code =
        br::cli::run(args, {out, err, [](std::string_view) { return std::optional<std::string>(); }, false, 0});
    return {code, out.str(), err.str()};
}

// What the parser's own words look like.
void check_plain(const std::string& text) {
    for (const std::string internal : {"INT:", "TEXT:", "UINT", "FLOAT", " in [", "REQUIRED", "At Most", "is required",
                                       "not in {", "Value ", "Could not convert", " TEXT"}) {
        CAPTURE(internal);
        CHECK(text.find(internal) == std::string::npos);
    }
}

} // namespace

TEST_SUITE("cli::help") {
    TEST_CASE("every command's help is in plain words — the exit-status table only in the program's") {
        const auto top = run({"--help"});
        CHECK(top.code == 0);
        check_plain(top.out);
        CHECK(top.out.find("Exit status:") != std::string::npos);
        for (const auto& [command, options] : br::cli::surface()) {
            if (command.empty()) {
                continue;
            }
            CAPTURE(command);
            const auto help = run({command, "--help"});
            CHECK(help.code == 0);
            check_plain(help.out);
            CHECK(help.out.find("Exit status:") == std::string::npos);
        }
        CHECK(run({"build", "--help"}).out.find("--minutes N ") != std::string::npos);
        CHECK(run({"build", "--help"}).out.find("(default: 15)") != std::string::npos);
    }

    TEST_CASE("backroutine help [COMMAND]") {
        CHECK(run({"help"}).out == run({"--help"}).out);
        const auto build = run({"help", "build"});
        CHECK(build.code == 0);
        CHECK(build.out.find("Usage: backroutine build") != std::string::npos);
        const auto typo = run({"help", "biuld"});
        CHECK(typo.code == 2);
        CHECK(typo.err == "backroutine: error: no command 'biuld'; did you mean 'build'?\n");
    }

    TEST_CASE("usage errors are sentences, point at the command's help, and suggest a value") {
        const auto range = run({"build", "--minutes", "3"});
        CHECK(range.code == 2);
        CHECK(range.err == "backroutine: error: --minutes must be from 5 to 60, not 3\n"
                           "Run 'backroutine build --help' for usage.\n");
        CHECK(run({"list", "exercise"}).err ==
              "backroutine: error: 'exercise' is not one of exercises or routines; did you mean 'exercises'?\n"
              "Run 'backroutine list --help' for usage.\n");
        CHECK(run({"list", "--format", "JSON"}).err ==
              "backroutine: error: --format 'JSON' is not one of table, json or tsv; did you mean 'json'?\n"
              "Run 'backroutine list --help' for usage.\n");
        CHECK(run({"search"}).err == "backroutine: error: missing WORDS\nRun 'backroutine search --help' for usage.\n");
        const auto seed = run({"build", "--seed", "abc"});
        CHECK(seed.err.starts_with("backroutine: error: --seed must be a whole number"));
        for (const auto& args : std::vector<std::vector<std::string>>{{"build", "--minutes", "3"},
                                                                      {"search"},
                                                                      {"show", "a", "b"},
                                                                      {"build", "--seed", "x"},
                                                                      {"run", "--pain-before", "11"},
                                                                      {"history", "--format", "xml"},
                                                                      {"build", "--minutes"}}) {
            CAPTURE(args.front());
            const auto result = run(args);
            CHECK(result.code == 2);
            check_plain(result.err);
        }
    }

    TEST_CASE("a write error on stdout exits 1 with 'cannot write output'") {
        br::test::TempDir dir;
        for (const std::string command : {"sheet quick-relief", "build --equipment none", "history --format csv",
                                          "show cat-cow --format yaml", "plan quick-relief --format json"}) {
            CAPTURE(command);
            const auto result =
                br::test::run_process("/bin/sh", {"-c", std::string(BR_BINARY) + " " + command + " > /dev/full"},
                                      {{"XDG_STATE_HOME", dir.path()}});
            CHECK(result.code == 1);
            CHECK(result.err == "backroutine: error: cannot write output\n");
        }
    }
}
