#pragma once
// Small helpers that several test files share.
#include <backroutine/catalog/loader.hpp>
#include <backroutine/plan/expand.hpp>

#include "pty.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace br::test {

/// The built-in catalog, loaded once.
inline const model::Catalog& builtin() {
    static const model::Catalog catalog = catalog::load_layers({catalog::builtin_layer()}).catalog;
    return catalog;
}

/// The timeline of a built-in routine.
inline model::Timeline builtin_timeline(const std::string& routine, plan::PlanOptions options = {}) {
    return plan::expand(builtin(), *builtin().find_routine(routine), options);
}

/// Compares `actual` with the golden file `tests/golden/<path>`, line by
/// line so that a difference names its line; BR_UPDATE_GOLDEN=1 rewrites
/// the file instead.
inline void check_golden(const std::string& path, const std::string& actual) {
    const std::filesystem::path file = std::filesystem::path(BR_GOLDEN) / path;
    if (std::getenv("BR_UPDATE_GOLDEN") != nullptr) {
        std::filesystem::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << actual;
    }
    std::ifstream in(file, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), "no golden file ", file.string());
    std::stringstream expected;
    expected << in.rdbuf();
    std::istringstream want(expected.str());
    std::istringstream got(actual);
    std::string a;
    std::string b;
    int line = 0;
    while (std::getline(want, a)) {
        ++line;
        CAPTURE(line);
        REQUIRE(std::getline(got, b));
        CHECK(b == a);
    }
    CHECK_FALSE(std::getline(got, b));
    CHECK(actual == expected.str()); // the same bytes, the last newline too
}

/// Checks that a finished run left the terminal as it was: the same
/// settings, the main screen back, the cursor shown again.
inline void check_restored(const PtyProcess& process, const termios& before) {
    CHECK(same_terminal_settings(process.settings(), before));
    const std::string& out = process.output();
    const auto leave = out.rfind("\x1b[?1049l");
    CHECK(leave != std::string::npos);
    CHECK(out.rfind("\x1b[?1049h") < leave);
    CHECK(out.rfind("\x1b[?25h") != std::string::npos);
    CHECK(out.rfind("\x1b[?25l") < out.rfind("\x1b[?25h"));
}

} // namespace br::test
