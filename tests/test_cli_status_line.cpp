// The status line from state values, and the run's state file on the fake clock.
#include <backroutine/catalog/loader.hpp>
#include <backroutine/cli/run_publisher.hpp>
#include <backroutine/cli/status_line.hpp>
#include <backroutine/plan/expand.hpp>
#include <backroutine/runner/run_loop.hpp>

#include "support/process.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <unistd.h>

using namespace br;
using runner::Input;
using runner::Time;
using namespace std::chrono_literals;

namespace {

// Unix second 1000 at monotonic `monotonic` µs, UTC, with `runs` and nothing else.
cli::StatusInput at(std::int64_t monotonic, std::vector<store::RunState> runs = {}) {
    return {.runs = std::move(runs),
            .reminders = {},
            .pause_until = std::nullopt,
            .now = 1000,
            .monotonic = monotonic,
            .utc_offset = 0};
}

store::RunState thread_the_needle() {
    store::RunState run;
    run.pid = 1;
    run.routine = "Quick Relief";
    run.routine_id = "quick-relief";
    run.step = "Thread the Needle — left side";
    run.phase = "hold";
    run.step_number = 3;
    run.steps = 5;
    run.segment_left = 30;
    run.segment_end = 40'000'000; // monotonic µs
    run.after_segment = 200;
    return run;
}

// A presenter that reads the state file each time the run shows something.
class Spy final : public runner::Presenter {
public:
    explicit Spy(std::filesystem::path dir) : m_dir(std::move(dir)) {}
    void update(const runner::Session&, const std::vector<runner::Event>&, Time now) override {
        const auto runs = store::running_runs(m_dir);
        seen.emplace_back(now, runs.empty() ? std::nullopt : std::optional(runs.front()));
    }
    void finish(const runner::Session&, runner::Ending, Time) override {
        file_at_finish = !store::running_runs(m_dir).empty();
    }
    std::vector<std::pair<Time, std::optional<store::RunState>>> seen;
    bool file_at_finish = true;

private:
    std::filesystem::path m_dir;
};

} // namespace

TEST_SUITE("cli::status_line") {
    TEST_CASE("a playing run — its routine, step and time left, counting down at its speed") {
        auto input = at(15'000'000, {thread_the_needle()});
        input.reminders = {{.pid = 2, .next_break = 5000, .routine = "desk-break", .mode = "fixed"}};
        auto line = cli::status_line(input);
        CHECK(line.state == "running");
        CHECK(line.text == "Quick Relief · Thread the Needle — left side · 0:25 left");
        CHECK(line.tooltip == "Step 3 of 5 · 3:45 left in the routine");
        CHECK(line.at == 1025);
        CHECK(line.at_text == "00:17");
        input.runs[0].speed = 10; // a preview: 10 routine seconds a second
        input.monotonic = 39'000'001;
        line = cli::status_line(input);
        CHECK(line.text == "Quick Relief · Thread the Needle — left side · 0:10 left");
        CHECK(line.tooltip == "Step 3 of 5 · 3:30 left in the routine · a preview at 10×, not recorded");
        input.monotonic = 50'000'000; // past the end the file still tells: 0, not negative
        CHECK(cli::status_line(input).remaining == 0);
    }

    TEST_CASE("a paused run — frozen, before a playing one only when none plays") {
        auto paused = thread_the_needle();
        paused.paused = true;
        paused.segment_left = 12;
        auto input = at(99'000'000, {paused});
        input.pause_until = 2000;
        auto line = cli::status_line(input);
        CHECK(line.state == "paused");
        CHECK(line.text == "Quick Relief · Thread the Needle — left side · paused, 0:12 left");
        CHECK(line.at == std::nullopt);
        const auto json = nlohmann::json::parse(cli::status_json(line));
        CHECK(json["paused"] == true);
        CHECK(json["remaining_seconds"] == 12);
        CHECK(json["routine"] == "quick-relief");
        CHECK(json["routine_name"] == "Quick Relief");
        CHECK(json["step"] == "Thread the Needle — left side");
        CHECK(json["step_number"] == 3);
        CHECK(json["steps"] == 5);
        CHECK(json["phase"] == "hold");
        CHECK(json["routine_remaining_seconds"] == 212);
        CHECK(json["speed"] == 1.0);
        CHECK(json["at"].is_null());
        input.runs.push_back(thread_the_needle());
        input.monotonic = 20'000'000;
        CHECK(cli::status_line(input).state == "running");
    }

    TEST_CASE("waybar's class — running, paused, due, waiting, none") {
        const auto waybar = [](const cli::StatusInput& input, std::string_view format = {}) {
            return nlohmann::json::parse(cli::status_waybar(cli::status_line(input), format));
        };
        auto input = at(10'000'000, {thread_the_needle()});
        input.utc_offset = 3600;
        auto out = waybar(input);
        CHECK(out["class"] == "running");
        CHECK(out["text"] == "Quick Relief · Thread the Needle — left side · 0:30 left");
        CHECK(out["tooltip"] == "Step 3 of 5 · 3:50 left in the routine");
        CHECK(waybar(input, "%s %r")["text"] == "Thread the Needle — left side 0:30");
        input.runs[0].paused = true;
        CHECK(waybar(input)["class"] == "paused");
        input.runs.clear();
        CHECK(waybar(input)["class"] == "none");
        CHECK(waybar(input)["text"] == "no reminder running");
        input.reminders = {{.pid = 2, .next_break = 1000 + 45 * 60, .routine = "desk-break", .mode = "active"}};
        out = waybar(input);
        CHECK(out["class"] == "waiting");
        CHECK(out["text"] == "break in 45 min");
        CHECK(out["tooltip"] == "Next desk break at 02:01 (desk-break, active time)");
        input.reminders[0].next_break = 990;
        CHECK(waybar(input)["class"] == "due");
        input.pause_until = 4600;
        out = waybar(input);
        CHECK(out["class"] == "paused");
        CHECK(out["text"] == "paused until 02:16");
    }

    TEST_CASE("format string codes — each one, empty ones squeezed") {
        const auto line = cli::status_line(at(10'000'000, {thread_the_needle()}));
        CHECK(cli::expand_template("%n", line) == "Quick Relief");
        CHECK(cli::expand_template("%s", line) == "Thread the Needle — left side");
        CHECK(cli::expand_template("%p", line) == "3/5");
        CHECK(cli::expand_template("%r", line) == "0:30");
        CHECK(cli::expand_template("%m", line) == "1");
        CHECK(cli::expand_template("%a", line) == "00:17");
        CHECK(cli::expand_template("%c", line) == "running");
        CHECK(cli::expand_template("%t", line) == line.text);
        CHECK(cli::expand_template("100%% %n", line) == "100% Quick Relief");
        auto waiting = at(0);
        waiting.reminders = {{.pid = 2, .next_break = 1000 + 61, .routine = "desk-break", .mode = "fixed"}};
        const auto next = cli::status_line(waiting);
        CHECK(cli::expand_template("%n %s %p %r %m min", next) == "desk-break 1:01 2 min");
        CHECK(cli::expand_template(" %s %c ", cli::status_line({})) == "none");
    }

    TEST_CASE("format string problems point at the column") {
        CHECK(cli::template_problem("%n %s %p %r %m %a %c %t %%").empty());
        CHECK(cli::template_problem("%n %x") == "unknown code '%x' at column 4 (codes: %n %s %p %r %m %a %c %t %%)");
        CHECK(cli::template_problem("50%") == "a lone '%' at column 3 ends the format (write %% for a percent sign)");
        CHECK(cli::template_codes().find("%m  time left in minutes") != std::string_view::npos);
    }
}

TEST_SUITE("cli::RunPublisher") {
    TEST_CASE("the state file on the fake clock — written at each segment and pause, gone at the end") {
        static const auto catalog = catalog::load_layers({catalog::builtin_layer()}).catalog;
        const auto timeline = plan::expand(catalog, *catalog.find_routine("quick-relief"), {});
        br::test::TempDir dir;
        runner::Session session(timeline);
        runner::FakeClock clock;
        clock.set(1000s);
        runner::ScriptedInput input(clock);
        input.at(1040s, {Input::Kind::command, runner::Command::toggle_pause});
        input.at(1100s, {Input::Kind::command, runner::Command::toggle_pause});
        Spy spy(dir.path());
        {
            cli::RunPublisher publisher(spy, dir.path(), static_cast<int>(::getpid()));
            CHECK(runner::run_loop(session, clock, input, publisher) == runner::Ending::completed);
        }
        REQUIRE(spy.seen.size() > 2);
        const auto& first = spy.seen.front().second;
        REQUIRE(first);
        CHECK(first->routine == "Quick Relief");
        CHECK(first->routine_id == "quick-relief");
        CHECK(first->step == "Get ready");
        CHECK(first->phase == "lead-in");
        CHECK(first->step_number == 1);
        CHECK(first->steps == static_cast<int>(timeline.steps.size()));
        CHECK(first->segment_end == Time(1000s + std::chrono::seconds(timeline.segments[0].duration)).count());
        CHECK(first->after_segment == timeline.total - timeline.segments[0].duration);
        // From 40 s to 100 s in: paused, the time left frozen; playing again after.
        int paused = 0;
        for (const auto& [now, state] : spy.seen) {
            REQUIRE(state);
            CHECK(state->paused == (now >= 1040s && now < 1100s));
            if (state->paused) {
                ++paused;
                CHECK(store::segment_left_at(*state, Time(1099s).count()) == state->segment_left);
            }
        }
        CHECK(paused > 0);
        CHECK_FALSE(spy.file_at_finish);
        CHECK(store::running_runs(dir.path()).empty());
    }
}
