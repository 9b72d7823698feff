#include <backroutine/catalog/loader.hpp>
#include <backroutine/plan/expand.hpp>
#include <backroutine/runner/session.hpp>

#include "support/helpers.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

using namespace br;
using model::SegmentKind;
using runner::Command;
using runner::Event;
using runner::Time;

using br::test::builtin;

namespace {

// Segment start times seen while driving the session from wake-up to wake-up.
struct Drive {
    std::vector<std::pair<std::size_t, Time>> starts;
    std::vector<std::pair<int, Time>> countdowns;
    int wakeups = 0;
};

Drive drive(runner::Session& session, Time now, Time until = Time::max()) {
    Drive seen;
    auto record = [&](const std::vector<Event>& events, Time at) {
        for (const auto& event : events) {
            if (event.kind == Event::Kind::segment) {
                seen.starts.emplace_back(event.segment, at);
            } else if (event.kind == Event::Kind::countdown) {
                seen.countdowns.emplace_back(event.value, at);
            }
        }
    };
    while (!session.finished() && now < until) {
        now = std::min(session.next_wakeup(now), until);
        ++seen.wakeups;
        record(session.advance(now), now);
    }
    return seen;
}

} // namespace

TEST_SUITE("runner::session") {
    TEST_CASE("an absurd speed is bounded, not a division by zero") {
        const auto timeline = test::builtin_timeline("quick-relief");
        for (const double speed : {3e6, 1e300, 0.0, -5.0, std::nan("")}) {
            CAPTURE(speed);
            runner::Session session(timeline, speed);
            const Time t0 = std::chrono::seconds(10);
            session.start(t0);
            Time now = t0;
            for (int i = 0; i < 100'000 && !session.finished(); ++i) {
                now = std::max(now + Time(1), session.next_wakeup(now));
                session.advance(now);
                (void)session.view(now);
            }
            CHECK(session.finished());
        }
    }

    TEST_CASE("the whole comprehensive routine on a fake clock, to the microsecond") {
        const auto timeline = test::builtin_timeline("comprehensive");
        runner::Session session(timeline);
        const Time t0 = std::chrono::seconds(1000);
        const auto first = session.start(t0);
        REQUIRE(first.size() == 1);
        const Drive seen = drive(session, t0);
        CHECK(session.outcome() == runner::Outcome::completed);
        REQUIRE(seen.starts.size() == timeline.segments.size() - 1);
        for (const auto& [index, at] : seen.starts) {
            CAPTURE(index);
            CHECK(at == t0 + std::chrono::seconds(timeline.segments[index].start));
        }
        CHECK(seen.starts.back().second == t0 + std::chrono::seconds(timeline.total));
        // No busy waiting: about one wake-up per second of the routine (rep cues add a few).
        CHECK(seen.wakeups <= timeline.total * 2);
        const auto summary = session.summary(t0 + std::chrono::seconds(timeline.total));
        CHECK(summary.steps_done == static_cast<int>(timeline.steps.size()));
        CHECK(summary.steps_skipped == 0);
        CHECK(summary.active_seconds == timeline.total);
    }

    TEST_CASE("the last three seconds count down") {
        const auto timeline = test::builtin_timeline("quick-relief");
        runner::Session session(timeline);
        session.start(Time(0));
        const Drive seen = drive(session, Time(0));
        // Child's pose is a 60 s hold: 3, 2, 1 before it ends.
        std::size_t hold = 0;
        while (
            !(timeline.segments[hold].exercise == "childs-pose" && timeline.segments[hold].kind == SegmentKind::hold)) {
            ++hold;
        }
        const Time end = std::chrono::seconds(timeline.segments[hold].end());
        std::vector<std::pair<int, Time>> expected{
            {3, end - std::chrono::seconds(3)}, {2, end - std::chrono::seconds(2)}, {1, end - std::chrono::seconds(1)}};
        const auto found =
            std::search(seen.countdowns.begin(), seen.countdowns.end(), expected.begin(), expected.end());
        CHECK(found != seen.countdowns.end());
    }

    TEST_CASE("pause and resume shift the end by exactly the pause") {
        const auto timeline = test::builtin_timeline("quick-relief");
        runner::Session session(timeline);
        session.start(Time(0));
        drive(session, Time(0), std::chrono::seconds(100));
        session.handle(Command::toggle_pause, std::chrono::seconds(100));
        CHECK(session.paused());
        CHECK(session.next_wakeup(std::chrono::seconds(100)) == Time::max());
        CHECK(session.advance(std::chrono::seconds(400)).empty());
        CHECK(session.view(std::chrono::seconds(400)).elapsed == 100);
        session.handle(Command::toggle_pause, std::chrono::seconds(400));
        const Drive seen = drive(session, std::chrono::seconds(400));
        CHECK(seen.starts.back().second == std::chrono::seconds(timeline.total + 300));
        CHECK(session.summary(std::chrono::seconds(timeline.total + 300)).active_seconds == timeline.total);
    }

    TEST_CASE("next skips the rest of the step, back restarts it or goes to the previous one") {
        const auto timeline = test::builtin_timeline("quick-relief");
        runner::Session session(timeline);
        session.start(Time(0));
        drive(session, Time(0), std::chrono::seconds(40)); // into cat-cow's reps
        CHECK(timeline.segments[session.segment_index()].exercise == "cat-cow");
        auto events = session.handle(Command::next, std::chrono::seconds(40));
        CHECK(events.front().kind == Event::Kind::skip);
        const auto& now_at = timeline.segments[session.segment_index()];
        CHECK(now_at.exercise == "childs-pose");
        CHECK(now_at.kind == SegmentKind::setup);
        CHECK(session.segment_end() == std::chrono::seconds(40) + std::chrono::seconds(now_at.duration));

        // Within three seconds of a step, b goes back to the previous step.
        session.handle(Command::back, std::chrono::seconds(41));
        CHECK(timeline.segments[session.segment_index()].exercise == "cat-cow");
        CHECK(timeline.segments[session.segment_index()].kind == SegmentKind::setup);
        // Later in a step, b restarts it.
        drive(session, std::chrono::seconds(41), std::chrono::seconds(60));
        session.handle(Command::back, std::chrono::seconds(60));
        CHECK(timeline.segments[session.segment_index()].exercise == "cat-cow");
        CHECK(timeline.segments[session.segment_index()].kind == SegmentKind::setup);
        CHECK(session.segment_end() ==
              std::chrono::seconds(60) + std::chrono::seconds(timeline.segments[session.segment_index()].duration));

        // In the setup n starts the work now; it skips nothing (cat-cow counts once, from the first n).
        CHECK(session.summary(std::chrono::seconds(60)).steps_skipped == 1);
        session.handle(Command::next, std::chrono::seconds(61));
        CHECK(timeline.segments[session.segment_index()].kind == SegmentKind::reps);
        CHECK(session.summary(std::chrono::seconds(61)).steps_skipped == 1);
        session.handle(Command::next, std::chrono::seconds(62)); // during work: skip to the next step
        session.handle(Command::start_now, std::chrono::seconds(63));
        CHECK(timeline.segments[session.segment_index()].kind == SegmentKind::hold);
        session.handle(Command::start_now, std::chrono::seconds(64)); // Enter does nothing during work
        CHECK(timeline.segments[session.segment_index()].kind == SegmentKind::hold);
        session.handle(Command::next, std::chrono::seconds(64));
        const auto summary = session.summary(std::chrono::seconds(64));
        CHECK(summary.steps_skipped == 2);
        CHECK(summary.steps_done == 0);
    }

    TEST_CASE("+ and - move the end of a hold by ten seconds, and add or drop a rep in reps") {
        const auto timeline = test::builtin_timeline("quick-relief");
        runner::Session session(timeline);
        session.start(Time(0));
        std::size_t hold = 0;
        while (timeline.segments[hold].kind != SegmentKind::hold) {
            ++hold;
        }
        const Time inside = std::chrono::seconds(timeline.segments[hold].start + 5);
        drive(session, Time(0), inside);
        REQUIRE(session.segment_index() == hold);
        const Time end = session.segment_end();
        session.handle(Command::add_time, inside);
        CHECK(session.segment_end() == end + std::chrono::seconds(10));
        session.handle(Command::take_time, inside);
        session.handle(Command::take_time, inside);
        CHECK(session.segment_end() == end - std::chrono::seconds(10));
        // Taking more than is left ends the hold now.
        for (int i = 0; i < 10 && session.segment_index() == hold; ++i) {
            session.handle(Command::take_time, inside);
        }
        CHECK(session.segment_index() == hold + 1);

        runner::Session reps(timeline);
        reps.start(Time(0));
        drive(reps, Time(0), std::chrono::seconds(40));
        REQUIRE(timeline.segments[reps.segment_index()].kind == SegmentKind::reps);
        const auto& segment = timeline.segments[reps.segment_index()];
        const Time reps_end = reps.segment_end();
        CHECK(reps.handle(Command::add_time, std::chrono::seconds(40)).front().kind == Event::Kind::adjust_reps);
        CHECK(reps.segment_end() == reps_end + std::chrono::seconds(segment.rep_seconds));
        CHECK(reps.view(std::chrono::seconds(40)).reps == segment.reps + 1);
        reps.handle(Command::take_time, std::chrono::seconds(40));
        reps.handle(Command::take_time, std::chrono::seconds(40));
        CHECK(reps.segment_end() == reps_end - std::chrono::seconds(segment.rep_seconds));
        CHECK(reps.view(std::chrono::seconds(40)).reps == segment.reps - 1);
        // Never below the rep under way.
        for (int i = 0; i < 20; ++i) {
            reps.handle(Command::take_time, std::chrono::seconds(40));
        }
        CHECK(reps.view(std::chrono::seconds(40)).reps == reps.view(std::chrono::seconds(40)).rep);
    }

    TEST_CASE("reps show the rep count and the cue of each phase") {
        const auto timeline = test::builtin_timeline("quick-relief");
        runner::Session session(timeline);
        session.start(Time(0));
        const auto& reps = timeline.segments[2];
        REQUIRE(reps.kind == SegmentKind::reps);
        REQUIRE(reps.phases.size() == 2);
        const Time start = std::chrono::seconds(reps.start);
        drive(session, Time(0), start);
        CHECK(session.view(start).rep == 1);
        CHECK(session.view(start).cue == reps.phases[0].cue);
        CHECK(session.view(start + std::chrono::seconds(reps.rep_seconds / 2)).cue == reps.phases[1].cue);
        CHECK(session.view(start + std::chrono::seconds(reps.rep_seconds)).rep == 2);
        CHECK(session.view(start + std::chrono::seconds(reps.rep_seconds)).cue == reps.phases[0].cue);
    }

    TEST_CASE("speed plays the routine faster, quit ends it") {
        const auto timeline = test::builtin_timeline("prevention");
        runner::Session fast(timeline, 10.0);
        fast.start(Time(0));
        const Drive seen = drive(fast, Time(0));
        CHECK(seen.starts.back().second == Time(timeline.total * 100'000LL));
        CHECK(fast.view(Time(timeline.total * 100'000LL)).elapsed == timeline.total);

        runner::Session session(timeline);
        session.start(Time(0));
        // One q asks; any other key goes on; two in a row quit.
        CHECK(session.handle(Command::quit, std::chrono::seconds(5)).back().kind == Event::Kind::confirm_quit);
        CHECK(session.view(std::chrono::seconds(5)).quit_armed);
        CHECK(!session.finished());
        session.handle(Command::toggle_mute, std::chrono::seconds(5));
        CHECK(!session.view(std::chrono::seconds(5)).quit_armed);
        CHECK(session.handle(Command::quit, std::chrono::seconds(6)).back().kind == Event::Kind::confirm_quit);
        const auto events = session.handle(Command::quit, std::chrono::seconds(6));
        CHECK(events.back().kind == Event::Kind::quit);
        CHECK(session.outcome() == runner::Outcome::quit);
    }
}
