#include <backroutine/catalog/loader.hpp>
#include <backroutine/plan/expand.hpp>
#include <backroutine/runner/run_loop.hpp>

#include <nlohmann/json.hpp>

#include <doctest/doctest.h>

#include <algorithm>

#include <sstream>

using namespace br;
using runner::Input;
using runner::Time;

namespace {

std::vector<nlohmann::json> lines_of(const std::string& text) {
    std::vector<nlohmann::json> out;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        out.push_back(nlohmann::json::parse(line));
    }
    return out;
}

model::Timeline quick_relief() {
    static const auto catalog = catalog::load_layers({catalog::builtin_layer()}).catalog;
    return plan::expand(catalog, *catalog.find_routine("quick-relief"), {});
}

} // namespace

TEST_SUITE("runner::run_loop") {
    TEST_CASE("events: segments in order, pause, resume, skip and finish") {
        const auto timeline = quick_relief();
        runner::Session session(timeline);
        runner::FakeClock clock;
        runner::ScriptedInput input(clock);
        input.at(std::chrono::seconds(40), {Input::Kind::command, runner::Command::toggle_pause});
        input.at(std::chrono::seconds(100), {Input::Kind::command, runner::Command::toggle_pause});
        input.at(std::chrono::seconds(110), {Input::Kind::command, runner::Command::next});
        std::ostringstream out;
        runner::EventsPresenter presenter(out);
        CHECK(runner::run_loop(session, clock, input, presenter) == runner::Ending::completed);
        const auto events = lines_of(out.str());
        std::vector<std::string> kinds;
        for (const auto& event : events) {
            kinds.push_back(event["event"]);
        }
        CHECK(std::count(kinds.begin(), kinds.end(), "pause") == 1);
        CHECK(std::count(kinds.begin(), kinds.end(), "resume") == 1);
        CHECK(std::count(kinds.begin(), kinds.end(), "skip") == 1);
        CHECK(kinds.back() == "finish");
        const auto& finish = events.back();
        CHECK(finish["outcome"] == "completed");
        CHECK(finish["steps_skipped"] == 1);
        CHECK(finish["steps_done"] == 5);
        // Cat-cow's reps run 30-90 s; paused 40-100 s, so at 110 s 20 s are done
        // and the remaining 40 s are skipped; the pause adds 60 s.
        REQUIRE(timeline.segments[2].start == 30);
        REQUIRE(timeline.segments[2].duration == 60);
        CHECK(clock.now() == std::chrono::seconds(timeline.total + 60 - 40));
    }

    TEST_CASE("quit and interrupt end the loop with their ending") {
        const auto timeline = quick_relief();
        for (const auto& [input_kind, ending] :
             {std::pair{Input{Input::Kind::command, runner::Command::quit}, runner::Ending::quit},
              std::pair{Input{Input::Kind::interrupt}, runner::Ending::interrupted},
              std::pair{Input{Input::Kind::terminate}, runner::Ending::terminated}}) {
            runner::Session session(timeline);
            runner::FakeClock clock;
            runner::ScriptedInput input(clock);
            input.at(std::chrono::seconds(20), input_kind);
            if (ending == runner::Ending::quit) {
                input.at(std::chrono::seconds(20), input_kind); // q asks; the second q quits
            }
            std::ostringstream out;
            runner::PlainPresenter presenter(out, false);
            CHECK(runner::run_loop(session, clock, input, presenter) == ending);
            CHECK(clock.now() == std::chrono::seconds(20));
            CHECK(out.str().find("Stopped") != std::string::npos);
        }
    }

    TEST_CASE("plain lines: one per segment, no escape codes") {
        const auto timeline = quick_relief();
        runner::Session session(timeline);
        runner::FakeClock clock;
        runner::ScriptedInput input(clock);
        std::ostringstream out;
        runner::PlainPresenter presenter(out, false);
        CHECK(runner::run_loop(session, clock, input, presenter) == runner::Ending::completed);
        const std::string text = out.str();
        CHECK(text.find('\x1b') == std::string::npos);
        CHECK(text.find('\a') == std::string::npos);
        CHECK(text.find("[03:00] Thread the Needle — left side — hold 30s") != std::string::npos);
        CHECK(std::count(text.begin(), text.end(), '\n') == static_cast<long>(timeline.segments.size() - 1 + 4));
    }
}
