// A user's figure on the command line: `show` drawing the poses on a
// terminal, as a standalone SVG, one pose still, and in YAML and JSON.
#include "support/process.hpp"

#include <nlohmann/json.hpp>

#include <doctest/doctest.h>

#include <algorithm>

using br::test::run_br;

TEST_SUITE("cli::figure") {
    TEST_CASE("show draws the figure: its poses side by side within the width, a standalone SVG, one pose still") {
        // Each line's cells: a braille character is one cell of three bytes.
        auto widest = [](const std::string& text) {
            std::size_t most = 0, cells = 0;
            for (std::size_t i = 0; i < text.size(); ++i) {
                if (text[i] == '\n') {
                    most = std::max(most, cells);
                    cells = 0;
                } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
                    ++cells;
                }
            }
            return std::max(most, cells);
        };
        // Four poses (start and three roller positions) in 80 columns, names cut to fit.
        const auto roller = run_br({"show", "thoracic-extension-foam-roller", "--figure"}, {{"COLUMNS", "80"}});
        REQUIRE(roller.code == 0);
        CHECK(roller.out.find("\xE2\xA0") != std::string::npos); // braille
        CHECK(roller.out.find("start") != std::string::npos);
        CHECK(roller.out.find("below the should…") != std::string::npos);
        CHECK(widest(roller.out) <= 80);
        const auto wide = run_br({"show", "thoracic-extension-foam-roller", "--figure"}, {{"COLUMNS", "120"}});
        CHECK(wide.out.find("below the shoulder blad") != std::string::npos);
        CHECK(widest(wide.out) <= 120);
        // Too narrow to tell the poses apart: no figure, the rest as ever.
        const auto narrow = run_br({"show", "thoracic-extension-foam-roller", "--figure"}, {{"COLUMNS", "30"}});
        CHECK(narrow.out.find("\xE2\xA0") == std::string::npos);
        CHECK(narrow.out.find("Defined in:") != std::string::npos);
        // A hold shows where it starts and the held pose.
        const auto needle = run_br({"show", "thread-the-needle", "--figure"}, {{"COLUMNS", "80"}});
        CHECK(needle.out.find("start") != std::string::npos);
        CHECK(needle.out.find("hold") != std::string::npos);
        // Piped without --figure: no braille.
        CHECK(run_br({"show", "thread-the-needle"}).out.find("\xE2\xA0") == std::string::npos);

        // Where the roller rests in each position travels with the figure in YAML and JSON.
        CHECK(run_br({"show", "thoracic-extension-foam-roller", "--format", "yaml"}).out.find("rests_on: mid_back") !=
              std::string::npos);
        const auto roller_json =
            nlohmann::json::parse(run_br({"show", "thoracic-extension-foam-roller", "--format", "json"}).out);
        CHECK(roller_json["figure"]["keyframes"][3]["rests_on"] == "shoulder_blades");

        const auto svg = run_br({"show", "cat-cow", "--format", "svg"});
        REQUIRE(svg.code == 0);
        CHECK(svg.out.starts_with("<?xml"));
        CHECK(svg.out.find("<animate ") != std::string::npos);
        CHECK(svg.out.find("<script") == std::string::npos);
        const auto still = run_br({"show", "cat-cow", "--format", "svg", "--pose", "end"});
        REQUIRE(still.code == 0);
        CHECK(still.out.find("<animate ") == std::string::npos);
        CHECK(still.out != svg.out);
        const auto missing = run_br({"show", "cat-cow", "--format", "svg", "--pose", "sideways"});
        CHECK(missing.code != 0);
        CHECK(!missing.err.empty());
    }
}
