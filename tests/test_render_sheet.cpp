#include <backroutine/catalog/loader.hpp>
#include <backroutine/plan/expand.hpp>
#include <backroutine/render/sheet.hpp>
#include <backroutine/util/text.hpp>

#include "support/process.hpp"

#include "support/helpers.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace br;

using br::test::builtin;

namespace {

render::Sheet sheet_of(const std::string& id, bool week) {
    const auto& routine = *builtin().find_routine(id);
    return render::make_sheet(plan::expand(builtin(), routine, {}), builtin().safety, week);
}

// Compares with tests/golden/sheet/NAME, or rewrites it with BR_UPDATE_GOLDEN=1.
} // namespace

TEST_SUITE("render::sheet") {
    TEST_CASE("golden sheets in every format") {
        test::check_golden("sheet/quick-relief.txt", render::sheet_text(sheet_of("quick-relief", false)));
        test::check_golden("sheet/quick-relief-week.txt", render::sheet_text(sheet_of("quick-relief", true)));
        test::check_golden("sheet/comprehensive.md", render::sheet_markdown(sheet_of("comprehensive", true)));
        test::check_golden("sheet/quick-relief.html", render::sheet_html(sheet_of("quick-relief", true)));
    }

    TEST_CASE("what a sheet holds") {
        const auto sheet = sheet_of("comprehensive", false);
        CHECK(sheet.name == "Comprehensive");
        CHECK(sheet.frequency == "3x per week");
        CHECK(sheet.minutes >= 20);
        CHECK(sheet.minutes <= 30);
        CHECK(std::find(sheet.equipment.begin(), sheet.equipment.end(), "band") != sheet.equipment.end());
        const auto rows = std::find_if(sheet.steps.begin(), sheet.steps.end(),
                                       [](const auto& step) { return step.name == "Band Rows"; });
        REQUIRE(rows != sheet.steps.end());
        CHECK(rows->dose == "3 × 12 reps");
        const auto needle = std::find_if(sheet.steps.begin(), sheet.steps.end(),
                                         [](const auto& step) { return step.name == "Thread the Needle"; });
        REQUIRE(needle != sheet.steps.end());
        CHECK(needle->dose == "2 × 30 s each side");
        CHECK(!sheet.seek_help.empty());
    }

    TEST_CASE("text sheets fit 80 columns") {
        for (const auto& routine : builtin().routines()) {
            CAPTURE(routine.id);
            std::istringstream text(render::sheet_text(sheet_of(routine.id, true)));
            std::string line;
            while (std::getline(text, line)) {
                CHECK(util::display_width(line) <= 80);
            }
        }
    }

    TEST_CASE("everything from a catalog is escaped in HTML and Markdown") {
        render::Sheet sheet;
        sheet.name = "<script>alert(1)</script>";
        sheet.frequency = "\"daily\" & 'often'";
        sheet.steps.push_back(
            {"<b>Bold</b>", "10 reps", {"Use <img src=x onerror=alert(1)>"}, "a\x1b[2Jnote", {"<i>careful</i>"}, {}});
        sheet.reminder = "Stop <now>";
        const std::string html = render::sheet_html(sheet);
        CHECK(html.find("<script>alert") == std::string::npos);
        CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
        CHECK(html.find("<img") == std::string::npos);
        CHECK(html.find("&quot;daily&quot; &amp; &#39;often&#39;") != std::string::npos);
        CHECK(html.find('\x1b') == std::string::npos);
        CHECK(html.find("&lt;i&gt;careful&lt;/i&gt;") != std::string::npos);
        CHECK(html.find("</script") == std::string::npos); // the name in the page header's CSS too
        const std::string markdown = render::sheet_markdown(sheet);
        CHECK(markdown.find("<script>") == std::string::npos);
        CHECK(markdown.find("\\<b\\>Bold\\<") != std::string::npos);
    }
}
