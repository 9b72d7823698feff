#include <backroutine/catalog/loader.hpp>
#include <backroutine/plan/expand.hpp>
#include <backroutine/runner/screen.hpp>
#include <backroutine/util/text.hpp>

#include <doctest/doctest.h>

#include <algorithm>

using namespace br;

namespace {

bool contains(const std::vector<std::string>& lines, const std::string& text) {
    return std::any_of(lines.begin(), lines.end(),
                       [&](const auto& line) { return line.find(text) != std::string::npos; });
}

} // namespace

TEST_SUITE("runner::screen") {
    TEST_CASE("the frame fits every terminal size and says what matters") {
        const auto catalog = catalog::load_layers({catalog::builtin_layer()}).catalog;
        const auto timeline = plan::expand(catalog, *catalog.find_routine("quick-relief"), {});
        runner::Session session(timeline);
        session.start(runner::Time(0));
        const runner::Time at = runner::Time(190LL * 1'000'000); // thread the needle, left side (3:00-3:30)
        session.advance(at);
        const runner::View view = session.view(at);
        runner::ScreenInput input;
        input.view = &view;
        input.routine_name = timeline.name;
        input.instructions = catalog.find_exercise("thread-the-needle")->steps;
        for (const runner::Size size : {runner::Size{80, 24}, runner::Size{120, 40}, runner::Size{60, 18},
                                        runner::Size{40, 12}, runner::Size{20, 5}, runner::Size{10, 3}}) {
            CAPTURE(size.columns);
            CAPTURE(size.rows);
            const auto lines = runner::screen_lines(input, size, render::Style{false});
            CHECK(lines.size() <= static_cast<std::size_t>(size.rows));
            for (const auto& line : lines) {
                CHECK(util::display_width(line) <= static_cast<std::size_t>(std::max(size.columns, 10)));
            }
            CHECK(contains(lines, "Thread"));
        }
        const auto full = runner::screen_lines(input, {80, 24}, render::Style{false});
        CHECK(full.size() == 24);
        CHECK(contains(full, "step 3 of 6"));
        CHECK(contains(full, "Thread the Needle — left side"));
        CHECK(contains(full, "Hold"));
        CHECK(contains(full, "1. "));
        CHECK(contains(full, "Next: switch sides"));
        CHECK(contains(full, "space pause"));
        CHECK(contains(full, "████")); // the large countdown
    }

    TEST_CASE("big digits and bars") {
        const auto lines = runner::big_clock(75, 5);
        REQUIRE(lines.size() == 5);
        CHECK(lines[0] == std::string("  █ ") + " " + "  " + " " + "  █ " + " " + "████" + " ");
        CHECK(lines[1] == std::string(" ██ ") + " " + "▪ " + " " + " ██ " + " " + "█   " + " ");
        CHECK(runner::bar(0.5, 10) == "█████░░░░░");
        CHECK(runner::bar(0.0, 4) == "░░░░");
        CHECK(runner::bar(2.0, 4) == "████");
    }
}
