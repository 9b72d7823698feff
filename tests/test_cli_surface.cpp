// Every subcommand and option must be known to the completions and the man page.
#include <backroutine/cli/app.hpp>

#include "support/process.hpp"
#include "support/pty.hpp"

#include <doctest/doctest.h>

#include <string>

TEST_SUITE("cli::surface") {
    TEST_CASE("completions and the man page know every command and option") {
        const std::string root = std::string(BR_FIXTURES) + "/../..";
        const std::vector<std::pair<std::string, std::string>> documents{
            {"bash completion", br::test::read_text(root + "/completions/backroutine.bash")},
            {"zsh completion", br::test::read_text(root + "/completions/_backroutine")},
            {"fish completion", br::test::read_text(root + "/completions/backroutine.fish")},
            {"man page", br::test::read_text(root + "/docs/backroutine.1.md")}};
        const auto surface = br::cli::surface();
        REQUIRE(surface.size() >= 15);
        for (const auto& [name, text] : documents) {
            CAPTURE(name);
            REQUIRE(!text.empty());
            for (const auto& [command, options] : surface) {
                CAPTURE(command);
                if (!command.empty()) {
                    CHECK(text.find(command) != std::string::npos);
                }
                for (const auto& option : options) {
                    CAPTURE(option);
                    if (option == "--help" || option == "--version") {
                        continue; // given by the program itself
                    }
                    // fish writes `-l name`; the man page `**--name**`.
                    const std::string bare = option.substr(2);
                    CHECK((text.find(option) != std::string::npos || text.find("-l " + bare) != std::string::npos ||
                           text.find("--" + bare) != std::string::npos));
                }
            }
        }
    }

    TEST_CASE("completion prints the scripts") {
        const auto bash = br::test::run_br({"completion", "bash"});
        CHECK(bash.code == 0);
        CHECK(bash.out == br::test::read_text(std::string(BR_FIXTURES) + "/../../completions/backroutine.bash"));
        CHECK(br::test::run_br({"completion", "zsh"}).out.starts_with("#compdef backroutine"));
        CHECK(br::test::run_br({"completion", "fish"}).out.find("complete -c backroutine") != std::string::npos);
        CHECK(br::test::run_br({"completion", "tcsh"}).code == 2);
        const auto syntax = br::test::run_process(
            "/bin/bash", {"-n", std::string(BR_FIXTURES) + "/../../completions/backroutine.bash"});
        CHECK(syntax.code == 0);
    }

    TEST_CASE("doctor reports the parts and files") {
        br::test::TempDir dir;
        dir.write("config/backroutine/config.yaml", "bell: maybe\n");
        const auto broken = br::test::run_br({"doctor"}, {{"XDG_CONFIG_HOME", dir.path() + "/config"}});
        CHECK(broken.code == 65);
        CHECK(broken.out.find("✗ config: 1 problem (" + dir.path() + "/config/backroutine/config.yaml)") !=
              std::string::npos);
        CHECK(broken.err.find("config.yaml:1:7: error: 'bell' must be true or false, not 'maybe'") !=
              std::string::npos);
        const auto fine = br::test::run_br({"doctor"}, {{"XDG_STATE_HOME", dir.path() + "/state"}});
        CHECK(fine.code == 0);
        CHECK(fine.out.find("history: none yet") != std::string::npos);
    }

    TEST_CASE("doctor reports the config really used and the configured voice command") {
        br::test::TempDir dir;
        dir.write("elsewhere.yaml", "voice_command: [no-such-speaker, -v, en]\n");
        const auto named = br::test::run_br({"doctor"}, {{"BACKROUTINE_CONFIG", dir.path() + "/elsewhere.yaml"},
                                                         {"XDG_STATE_HOME", dir.path() + "/state"}});
        CHECK(named.code == 0);
        CHECK(named.out.find("✓ config: valid (" + dir.path() + "/elsewhere.yaml, named by BACKROUTINE_CONFIG)") !=
              std::string::npos);
        CHECK(named.out.find("voice: not found") != std::string::npos);
        CHECK(named.out.find("command 'no-such-speaker -v en'") != std::string::npos);
        const auto missing = br::test::run_br({"doctor"}, {{"BACKROUTINE_CONFIG", dir.path() + "/missing.yaml"}});
        CHECK(missing.code == 65);
        CHECK(missing.out.find("✗ config: unreadable") != std::string::npos);
    }

    TEST_CASE("doctor on a terminal shows a broken config's positioned errors and exits 65") {
        br::test::TempDir dir;
        dir.write("config.yaml", "bell: maybe\n");
        br::test::PtyProcess doctor({"doctor"}, {{"BACKROUTINE_CONFIG", dir.path() + "/config.yaml"},
                                                 {"XDG_STATE_HOME", dir.path() + "/state"},
                                                 {"TERM", "xterm"}});
        CHECK(doctor.wait_for("config.yaml:1:7: error: 'bell' must be true or false, not 'maybe'"));
        CHECK(doctor.wait_exit() == 65);
        CHECK(doctor.output().find("config: 1 problem") != std::string::npos);
        CHECK(doctor.output().find("history:") != std::string::npos);
    }
}
