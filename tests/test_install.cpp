// cmake --install and cpack -G DEB from the build the tests belong to.
#include "support/process.hpp"

#include <doctest/doctest.h>

#include <filesystem>

using br::test::run_process;

TEST_SUITE("install") {
    TEST_CASE("cmake --install puts the binary, catalog, man page and completions in place") {
        br::test::TempDir dir;
        const auto result = run_process("/usr/bin/cmake", {"--install", BR_BUILD_DIR, "--prefix", dir.path()});
        INFO(result.err);
        REQUIRE(result.code == 0);
        for (const char* file :
             {"bin/backroutine", "share/backroutine/catalog/safety.yaml",
              "share/backroutine/catalog/routines/core.yaml", "share/man/man1/backroutine.1",
              "share/bash-completion/completions/backroutine", "share/zsh/vendor-completions/_backroutine",
              "share/fish/vendor_completions.d/backroutine.fish", "share/doc/backroutine/user-guide.md",
              "lib/systemd/user/backroutine-remind.service", "lib/systemd/user/backroutine-remind-once.service",
              "lib/systemd/user/backroutine-remind.timer"}) {
            CAPTURE(file);
            CHECK(std::filesystem::exists(std::filesystem::path(dir.path()) / file));
        }
        // The units start the binary where this install put it.
        const auto unit = br::test::read_text(dir.path() + "/lib/systemd/user/backroutine-remind.service");
        CHECK(unit.find("ExecStart=" + dir.path() + "/bin/backroutine remind --notify\n") != std::string::npos);
        const auto once = br::test::read_text(dir.path() + "/lib/systemd/user/backroutine-remind-once.service");
        CHECK(once.find("ExecStart=" + dir.path() + "/bin/backroutine remind --once") != std::string::npos);
        const auto man = br::test::read_text(dir.path() + "/share/man/man1/backroutine.1");
        CHECK(man.find(".SH EXIT STATUS") != std::string::npos);
        CHECK(man.find(".SH EXAMPLES") != std::string::npos);
        const auto version = run_process(dir.path() + "/bin/backroutine", {"--version"});
        CHECK(version.out == "backroutine 0.1.0\n");
    }

    TEST_CASE("cpack -G DEB builds a package that installs under /usr with its dependencies") {
        br::test::TempDir dir;
        const auto result =
            run_process("/usr/bin/cpack",
                        {"-G", "DEB", "--config", std::string(BR_BUILD_DIR) + "/CPackConfig.cmake", "-B", dir.path()},
                        {{"PATH", "/usr/bin:/bin"}});
        INFO(result.out);
        INFO(result.err);
        REQUIRE(result.code == 0);
        const std::string deb = dir.path() + "/backroutine_0.1.0_amd64.deb";
        REQUIRE(std::filesystem::exists(deb));
        const auto info = run_process("/usr/bin/dpkg-deb", {"-I", deb});
        CHECK(info.out.find("Package: backroutine") != std::string::npos);
        CHECK(info.out.find("libyaml-cpp0.7") != std::string::npos);
        CHECK(info.out.find("libsqlite3-0") != std::string::npos);
        CHECK(info.out.find("Suggests: espeak-ng, libnotify-bin") != std::string::npos);
        // X11 is optional: loaded at run time, never a dependency of the package.
        const auto depends = info.out.find(" Depends:");
        REQUIRE(depends != std::string::npos);
        const std::string depends_line = info.out.substr(depends, info.out.find('\n', depends) - depends);
        CHECK(depends_line.find("libx") == std::string::npos);
        CHECK(depends_line.find("libsystemd0") != std::string::npos);
        const auto contents = run_process("/usr/bin/dpkg-deb", {"-c", deb});
        CHECK(contents.out.find("./usr/bin/backroutine") != std::string::npos);
        CHECK(contents.out.find("./usr/share/backroutine/catalog/safety.yaml") != std::string::npos);
        CHECK(contents.out.find("./usr/share/man/man1/backroutine.1") != std::string::npos);
        CHECK(contents.out.find("./usr/lib/systemd/user/backroutine-remind.service") != std::string::npos);
        // The package's unit starts the package's binary.
        const auto unpacked = run_process("/usr/bin/dpkg-deb", {"-x", deb, dir.path() + "/root"});
        REQUIRE(unpacked.code == 0);
        CHECK(br::test::read_text(dir.path() + "/root/usr/lib/systemd/user/backroutine-remind.service")
                  .find("ExecStart=/usr/bin/backroutine remind --notify\n") != std::string::npos);
    }
}
