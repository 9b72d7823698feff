#include <backroutine/runner/reminder.hpp>
#include <backroutine/util/text.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

using br::model::Window;
using br::runner::ReminderSchedule;

namespace {

constexpr std::int64_t k_minute = 60;
constexpr std::int64_t k_hour = 3600;
// Local seconds for a day at midnight (any day works: windows use the time of day).
constexpr std::int64_t k_midnight = 20780LL * 86400;

std::int64_t at(int hours, int minutes) {
    return k_midnight + hours * k_hour + minutes * k_minute;
}

// Walks the schedule minute by minute as the command's loop would, taking
// every break at once; returns the times it reminded.
std::vector<std::int64_t> walk(ReminderSchedule& schedule, std::int64_t from, std::int64_t to) {
    std::vector<std::int64_t> reminded;
    for (std::int64_t now = from; now <= to;) {
        schedule.observe(now);
        if (schedule.due(now)) {
            reminded.push_back(now);
            schedule.restart(now);
        }
        now = std::max(schedule.wake_at(now), now + 1);
    }
    return reminded;
}

} // namespace

TEST_SUITE("runner::reminder") {
    TEST_CASE("windows parse and contain their minutes") {
        const auto day = br::model::parse_window("09:00-17:30");
        REQUIRE(day);
        CHECK(day->contains(9 * 60));
        CHECK(day->contains(17 * 60 + 29));
        CHECK_FALSE(day->contains(17 * 60 + 30));
        const auto night = br::model::parse_window("22:00-02:00");
        REQUIRE(night);
        CHECK(night->contains(23 * 60));
        CHECK(night->contains(60));
        CHECK_FALSE(night->contains(12 * 60));
        CHECK_FALSE(br::model::parse_window("9-17"));
        CHECK_FALSE(br::model::parse_window("09:00-24:00"));
        CHECK_FALSE(br::model::parse_window("09:00-09:00"));
    }

    TEST_CASE("a reminder every interval, on the minute") {
        ReminderSchedule schedule(45 * k_minute, std::nullopt, 5 * k_minute, at(9, 0));
        CHECK(schedule.due_at() == at(9, 45));
        CHECK(walk(schedule, at(9, 0), at(12, 0)) == std::vector{at(9, 45), at(10, 30), at(11, 15), at(12, 0)});
    }

    TEST_CASE("outside the window it waits for the next one, the interval starts when it opens") {
        ReminderSchedule schedule(45 * k_minute, Window{9 * 60, 17 * 60 + 30}, 5 * k_minute, at(7, 0));
        CHECK(schedule.due_at() == at(9, 45));
        const auto reminded = walk(schedule, at(7, 0), at(9, 0) + 86400);
        REQUIRE(!reminded.empty());
        CHECK(reminded.front() == at(9, 45));
        CHECK(reminded.back() == at(17, 15)); // 18:00 falls outside the window
        CHECK(reminded.size() == 11);         // 9:45 to 17:15, every 45 minutes
    }

    TEST_CASE("a gap longer than the interval counts as a break") {
        ReminderSchedule schedule(45 * k_minute, std::nullopt, 5 * k_minute, at(9, 0));
        schedule.observe(at(9, 30));
        // The machine slept from 9:30 to 11:00: no reminder at once, a new interval instead.
        schedule.observe(at(11, 0));
        CHECK_FALSE(schedule.due(at(11, 0)));
        CHECK(schedule.due_at() == at(11, 45));
    }

    TEST_CASE("snooze asks again after five minutes, skip starts a new interval") {
        ReminderSchedule schedule(45 * k_minute, std::nullopt, 5 * k_minute, at(9, 0));
        schedule.observe(at(9, 45));
        REQUIRE(schedule.due(at(9, 45)));
        schedule.snooze(at(9, 45));
        CHECK_FALSE(schedule.due(at(9, 49)));
        CHECK(schedule.due(at(9, 50)));
        schedule.restart(at(9, 50));
        CHECK(schedule.due_at() == at(10, 35));
        CHECK(schedule.wake_at(at(10, 0)) == at(10, 1)); // looks again each minute
    }
}

// The reminder loop on the fake clock: the prompt's answers, rings, signals.
#include <backroutine/runner/reminder_loop.hpp>
#include <backroutine/runner/reminder_view.hpp>

#include <sstream>
#include <string>

namespace {

using br::runner::BreakOutcome;
using br::runner::Input;
using br::runner::ReminderEnd;
using Seconds = std::chrono::seconds;

// Records what the person would see, as short words with the local time.
class RecordingView final : public br::runner::ReminderView {
public:
    void waiting(std::int64_t, std::int64_t due) override { last_due = br::runner::clock_text(due); }
    void due(std::int64_t now, br::runner::BreakKind kind, int ring, bool) override {
        seen.push_back(std::string(kind == br::runner::BreakKind::micro ? "reset " : "due ") +
                       br::runner::clock_text(now) + (ring > 0 ? " again" : ""));
    }
    void ask_again(std::string_view answer) override { seen.push_back("ask again '" + std::string(answer) + "'"); }
    void outcome(std::int64_t now, BreakOutcome outcome) override {
        seen.push_back(std::string(br::runner::name_of(outcome)) + " " + br::runner::clock_text(now));
    }
    void outside_hours() override { seen.push_back("outside hours"); }
    void stopped() override { seen.push_back("stopped"); }
    std::vector<std::string> seen;
    std::string last_due;
};

Input line(std::string text) {
    Input input{Input::Kind::line};
    input.line = std::move(text);
    return input;
}

// A reminder every 45 minutes from 9:00 on the fake clock, with scripted answers.
struct Rig {
    br::runner::FakeClock clock;
    br::runner::ScaledLocalTime time{clock, at(9, 0)};
    br::runner::ScriptedInput input{clock};
    RecordingView view;
    br::runner::ReminderActions actions;
    br::runner::ReminderOptions options{.prompt = true};
    int runs = 0;
    std::vector<std::string> recorded;

    Rig() {
        actions.start_break = [this](br::runner::BreakKind) {
            ++runs;
            clock.advance(Seconds(5 * 60)); // the routine takes five minutes
            return br::runner::Ending::completed;
        };
        actions.record = [this](BreakOutcome outcome, std::int64_t now) {
            recorded.push_back(std::string(br::runner::name_of(outcome)) + " " + br::runner::clock_text(now));
        };
    }
    // Script an input at a local time of the day.
    void answer(int hours, int minutes, Input input_at) {
        input.at(Seconds(at(hours, minutes) - at(9, 0)), std::move(input_at));
    }
    ReminderEnd run(std::optional<Window> between = std::nullopt, std::int64_t micro_every = 0) {
        ReminderSchedule schedule(45 * k_minute, between, 5 * k_minute, time.now());
        std::optional<ReminderSchedule> micro;
        if (micro_every > 0) {
            micro.emplace(micro_every, between, 5 * k_minute, time.now());
        }
        return br::runner::remind_loop(schedule, time, input, view, actions, options, micro ? &*micro : nullptr);
    }
};

} // namespace

TEST_SUITE("runner::reminder_loop") {
    TEST_CASE("answers: Enter or y starts, s snoozes, x, n, no and EOF skip, anything else asks again") {
        Rig rig;
        // Each answer comes a minute after the break is due (a line typed while waiting is ignored).
        rig.answer(9, 46, line(""));                     // due 9:45; Enter: the run takes 9:46-9:51
        rig.answer(10, 37, line("s"));                   // due 10:36: snoozed to 10:42
        rig.answer(10, 43, line("maybe"));               // asks again
        rig.answer(10, 44, line("y"));                   // starts: 10:44-10:49
        rig.answer(11, 35, line("no"));                  // due 11:34
        rig.answer(12, 21, line("x"));                   // due 12:20
        rig.answer(13, 7, line("n"));                    // due 13:06
        rig.answer(13, 53, {Input::Kind::end_of_input}); // due 13:52: EOF skips, and nobody is left to ask
        rig.answer(15, 0, {Input::Kind::interrupt});
        CHECK(rig.run() == ReminderEnd::interrupted);
        CHECK(rig.runs == 2);
        CHECK(rig.view.seen == std::vector<std::string>{"due 09:45", "taken 09:51", "due 10:36", "snoozed 10:37",
                                                        "due 10:42", "ask again 'maybe'", "taken 10:49", "due 11:34",
                                                        "skipped 11:35", "due 12:20", "skipped 12:21", "due 13:06",
                                                        "skipped 13:07", "due 13:52", "skipped 13:53", "due 14:38",
                                                        "announced 14:38", "stopped"});
        CHECK(rig.recorded == std::vector<std::string>{"taken 09:51", "snoozed 10:37", "taken 10:49", "skipped 11:35",
                                                       "skipped 12:21", "skipped 13:07", "skipped 13:53",
                                                       "announced 14:38"});
    }

    TEST_CASE(
        "posture resets every 20 minutes between desk breaks — left out near one, restarted by one, never recorded") {
        Rig rig;
        std::vector<br::runner::BreakKind> started;
        rig.actions.start_break = [&](br::runner::BreakKind kind) {
            started.push_back(kind);
            rig.clock.advance(Seconds(kind == br::runner::BreakKind::micro ? 60 : 5 * 60));
            return br::runner::Ending::completed;
        };
        rig.answer(9, 21, line("x"));  // reset due 9:20: skipped, the next at 9:41
        rig.answer(9, 46, line(""));   // 9:41 is 4 min before the desk break: left out; desk due 9:45, run 9:46-9:51
        rig.answer(10, 12, line("y")); // the desk break restarted resets: due 10:11, run 10:12-10:13
        rig.answer(10, 37, line("s")); // reset 10:33 left out (desk 3 min away); desk due 10:36: snoozed
        rig.answer(10, 40, {Input::Kind::interrupt});
        CHECK(rig.run(std::nullopt, 20 * k_minute) == ReminderEnd::interrupted);
        CHECK(rig.view.seen == std::vector<std::string>{"reset 09:20", "skipped 09:21", "due 09:45", "taken 09:51",
                                                        "reset 10:11", "taken 10:13", "due 10:36", "snoozed 10:37",
                                                        "stopped"});
        CHECK(started == std::vector{br::runner::BreakKind::desk, br::runner::BreakKind::micro});
        // The history holds desk breaks only.
        CHECK(rig.recorded == std::vector<std::string>{"taken 09:51", "snoozed 10:37"});
    }

    TEST_CASE("an ignored prompt rings again every five minutes and counts as skipped after three rings") {
        Rig rig;
        rig.options.once = true;
        CHECK(rig.run() == ReminderEnd::once);
        CHECK(rig.view.seen ==
              std::vector<std::string>{"due 09:45", "due 09:50 again", "due 09:55 again", "skipped 10:00"});
        CHECK(rig.recorded == std::vector<std::string>{"skipped 10:00"});
    }

    TEST_CASE("without a prompt it announces each break and goes on — --once returns after the first") {
        Rig rig;
        rig.options = {.prompt = false, .once = true};
        int announced = 0;
        rig.actions.announce = [&announced](br::runner::BreakKind, std::int64_t) {
            ++announced;
            return false;
        };
        CHECK(rig.run() == ReminderEnd::once);
        CHECK(announced == 1);
        CHECK(rig.view.seen == std::vector<std::string>{"due 09:45", "announced 09:45"});
        CHECK(rig.clock.now() == Seconds(45 * 60)); // 45 minutes on the fake clock, no real time
    }

    TEST_CASE("without a prompt a notification's buttons answer: snooze, skip, start — closed unanswered it is "
              "announced") {
        Rig rig;
        rig.options.prompt = false;
        int asked = 0;
        int withdrawn = 0;
        rig.actions.announce = [&asked](br::runner::BreakKind, std::int64_t) {
            ++asked;
            return true; // a notification with buttons asks
        };
        rig.actions.withdraw = [&withdrawn] { ++withdrawn; };
        rig.answer(9, 46, line("snooze"));                     // due 9:45: snoozed to 9:51
        rig.answer(9, 52, line("skip"));                       // due 9:51
        rig.answer(10, 38, line("start"));                     // due 10:37: the run takes 10:38-10:43
        rig.answer(11, 29, Input{Input::Kind::answers_ended}); // due 11:28: closed without a button
        rig.answer(12, 20, Input{Input::Kind::interrupt});
        CHECK(rig.run() == ReminderEnd::interrupted);
        CHECK(rig.recorded ==
              std::vector<std::string>{"snoozed 09:46", "skipped 09:52", "taken 10:43", "announced 11:29"});
        CHECK(rig.runs == 1);
        CHECK(asked == 5);     // every offer, the one interrupted at 12:14 too
        CHECK(withdrawn == 5); // each question taken back once its break is settled
    }

    TEST_CASE("--once outside the hours returns at once instead of sleeping until tomorrow") {
        Rig rig;
        rig.options.once = true;
        CHECK(rig.run(Window{13 * 60, 17 * 60}) == ReminderEnd::outside_hours);
        CHECK(rig.view.seen == std::vector<std::string>{"outside hours"});
        CHECK(rig.clock.now() == Seconds(0));
    }

    TEST_CASE("a suspend (the wall clock jumps past the monotonic one) counts as a break") {
        Rig rig;
        rig.options.once = true;
        rig.options.prompt = false;
        // At 9:30 on the fake clock the machine sleeps for 1 h 30 (the wall clock jumps).
        ReminderSchedule schedule(45 * k_minute, std::nullopt, 5 * k_minute, rig.time.now());
        rig.actions.announce = [](br::runner::BreakKind, std::int64_t) { return false; };
        struct Jump final : br::runner::InputSource {
            Rig& rig;
            bool jumped = false;
            explicit Jump(Rig& r) : rig(r) {}
            Input wait(br::runner::Time deadline) override {
                if (!jumped && deadline > Seconds(30 * 60)) {
                    rig.clock.set(Seconds(30 * 60));
                    rig.time.jump(90 * 60);
                    jumped = true;
                    return {};
                }
                return rig.input.wait(deadline);
            }
        } jump(rig);
        CHECK(br::runner::remind_loop(schedule, rig.time, jump, rig.view, rig.actions, rig.options) ==
              ReminderEnd::once);
        CHECK(rig.view.seen == std::vector<std::string>{"due 11:45", "announced 11:45"});
    }

    TEST_CASE("Ctrl-C during the routine ends the reminder with it — q goes on and counts as skipped") {
        Rig rig;
        rig.answer(9, 46, line("y"));
        rig.actions.start_break = [](br::runner::BreakKind) { return br::runner::Ending::quit; };
        rig.answer(10, 32, line("y"));
        rig.answer(11, 0, {Input::Kind::terminate});
        SUBCASE("q") {
            CHECK(rig.run() == ReminderEnd::terminated);
            CHECK(rig.recorded == std::vector<std::string>{"skipped 09:46", "skipped 10:32"});
        }
        SUBCASE("Ctrl-C") {
            rig.actions.start_break = [](br::runner::BreakKind) { return br::runner::Ending::interrupted; };
            CHECK(rig.run() == ReminderEnd::interrupted);
            CHECK(rig.recorded.empty());
        }
    }

    TEST_CASE("the terminal prompt fits 80 columns, however long the routine's name") {
        std::ostringstream out;
        br::runner::TerminalReminderView view(out, {std::string(200, 'R'), ""}, 5 * k_minute, std::nullopt, false);
        view.due(at(9, 45), br::runner::BreakKind::desk, 0, true);
        view.due(at(9, 50), br::runner::BreakKind::desk, 1, true); // rings again below the open prompt
        std::istringstream lines(out.str());
        for (std::string text; std::getline(lines, text);) {
            CHECK(br::util::display_width(text) <= 80);
        }
        CHECK(out.str().find("skip > \n\a[09:50] Time for a desk break: ") != std::string::npos);
        CHECK(out.str().find("Enter: start · s: snooze 5 min · x: skip > ") != std::string::npos);
        CHECK(out.str().find('\a') != std::string::npos);
    }
}

TEST_SUITE("runner::reminder_loop") {
    TEST_CASE("active mode: idle time pushes the break back — five idle minutes count as a natural break") {
        Rig rig;
        rig.options = {.prompt = false, .once = true};
        // Away from 9:20 to 9:23 (short), then from 10:00 to 10:10 (a break's length).
        rig.actions.idle = [&rig]() -> std::optional<double> {
            const std::int64_t now = rig.time.now();
            for (const auto& [from, to] : {std::pair{at(9, 20), at(9, 23)}, std::pair{at(10, 0), at(10, 10)}}) {
                if (now >= from && now < to) {
                    return static_cast<double>(now - from);
                }
            }
            return 0.0;
        };
        SUBCASE("a short absence only moves the break") {
            ReminderSchedule schedule(45 * k_minute, std::nullopt, 5 * k_minute, rig.time.now());
            schedule.count_active_only(5 * k_minute);
            CHECK(br::runner::remind_loop(schedule, rig.time, rig.input, rig.view, rig.actions, rig.options) ==
                  ReminderEnd::once);
            // 9:45 plus the two idle minutes seen at 9:21 and 9:22 (the look at 9:23 finds the person back).
            CHECK(rig.view.seen == std::vector<std::string>{"due 09:47", "announced 09:47"});
        }
        SUBCASE("a long one is a break taken") {
            rig.options.once = false;
            rig.input.at(Seconds(at(10, 50) - at(9, 0)), {Input::Kind::terminate});
            ReminderSchedule schedule(45 * k_minute, std::nullopt, 5 * k_minute, rig.time.now());
            schedule.count_active_only(5 * k_minute);
            br::runner::remind_loop(schedule, rig.time, rig.input, rig.view, rig.actions, rig.options);

            CHECK(rig.recorded == std::vector<std::string>{"announced 09:47", "natural 10:05"});
            // 10:05 + 45 min + the idle minutes after it (10:06 to 10:09).
            CHECK(rig.view.last_due == "10:54");
        }
        SUBCASE("fixed mode counts the clock") {
            ReminderSchedule schedule(45 * k_minute, std::nullopt, 5 * k_minute, rig.time.now());
            CHECK(br::runner::remind_loop(schedule, rig.time, rig.input, rig.view, rig.actions, rig.options) ==
                  ReminderEnd::once);
            CHECK(rig.view.seen == std::vector<std::string>{"due 09:45", "announced 09:45"});
        }
    }
}

TEST_SUITE("runner::reminder_loop") {
    TEST_CASE("a pause keeps the reminder quiet — the interval starts again when it ends") {
        Rig rig;
        rig.options = {.prompt = false, .once = true};
        rig.actions.paused_until = [](std::int64_t now) -> std::optional<std::int64_t> {
            return now < at(10, 30) ? std::optional(at(10, 30)) : std::nullopt;
        };
        std::vector<std::string> published;
        rig.actions.publish = [&published](std::int64_t due) { published.push_back(br::runner::clock_text(due)); };
        CHECK(rig.run() == ReminderEnd::once);
        CHECK(rig.view.seen == std::vector<std::string>{"due 11:15", "announced 11:15"});
        REQUIRE(!published.empty());
        CHECK(published.back() == "11:15");
    }
}
