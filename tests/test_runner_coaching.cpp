// The session on a fake clock: rep phases (the hold lasts rep_hold),
// alternating sides, directions, b on the second side, n in the setup.
#include <backroutine/catalog/loader.hpp>
#include <backroutine/plan/expand.hpp>
#include <backroutine/runner/session.hpp>

#include <doctest/doctest.h>

using namespace br;
using model::SegmentKind;
using model::Side;
using runner::Command;
using runner::Event;
using runner::Time;

namespace {

const model::Catalog& coaching() {
    static const model::Catalog loaded =
        catalog::load_layers({catalog::read_layer(BR_FIXTURES "/coaching.yaml")}).catalog;
    return loaded;
}

model::Timeline one_step_plan(const std::string& id) {
    model::Routine routine;
    routine.id = "t";
    routine.name = "T";
    model::RoutineStep step;
    step.exercise = id;
    routine.steps.push_back(step);
    return plan::expand(coaching(), routine, {});
}

constexpr Time ms(long long m) {
    return Time(m * 1000);
}

std::size_t first_of(const model::Timeline& timeline, SegmentKind kind) {
    std::size_t i = 0;
    while (timeline.segments[i].kind != kind) {
        ++i;
    }
    return i;
}

// Every rep event from the start to the end, driven wake-up by wake-up.
std::vector<std::pair<Event, Time>> rep_events(runner::Session& session, Time now) {
    std::vector<std::pair<Event, Time>> out;
    auto keep = [&](const std::vector<Event>& events) {
        for (const auto& event : events) {
            if (event.kind == Event::Kind::rep) {
                out.emplace_back(event, now);
            }
        }
    };
    keep(session.start(now));
    while (!session.finished()) {
        now = session.next_wakeup(now);
        keep(session.advance(now));
    }
    return out;
}

} // namespace

TEST_SUITE("runner::coaching") {
    TEST_CASE("a wake-up that comes late skips no rep phase: they come in order, then the next segment") {
        const auto timeline = one_step_plan("lift"); // 5 reps: lift 2 s, hold 10 s, lower 2 s
        const auto reps = first_of(timeline, SegmentKind::reps);
        runner::Session session(timeline);
        session.start(Time(0));
        // Wake 20 s into the reps (inside rep 2's hold), then once past their end.
        const Time start = ms(timeline.segments[reps].start * 1000LL);
        std::vector<std::pair<int, std::size_t>> seen; // rep, phase
        for (const Time at : {start + ms(20'000), start + ms(5 * 14'000 + 1000)}) {
            for (const auto& event : session.advance(at)) {
                if (event.kind == Event::Kind::rep) {
                    seen.emplace_back(event.rep, event.phase);
                }
            }
            if (at == start + ms(20'000)) {
                CHECK(seen == std::vector<std::pair<int, std::size_t>>{{1, 0}, {1, 1}, {1, 2}, {2, 0}, {2, 1}});
            }
        }
        REQUIRE(seen.size() == 5 * 3); // every phase of every rep, the late ones too
        for (std::size_t i = 0; i < seen.size(); ++i) {
            CHECK(seen[i] == std::pair<int, std::size_t>{static_cast<int>(i / 3) + 1, i % 3});
        }
    }

    TEST_CASE("the hold of a rep lasts the whole rep_hold, with its seconds counting down") {
        const auto timeline = one_step_plan("lift"); // lift 2 s, hold 10 s, lower 2 s
        const auto& reps = timeline.segments[first_of(timeline, SegmentKind::reps)];
        runner::Session session(timeline);
        const auto events = rep_events(session, Time(0));
        REQUIRE(events.size() == 5 * 3);
        const Time start = ms(reps.start * 1000LL);
        for (int rep = 0; rep < 5; ++rep) {
            const Time at = start + ms(14'000LL * rep);
            const auto index = static_cast<std::size_t>(rep * 3);
            CHECK(events[index].first.rep == rep + 1);
            CHECK(events[index].first.of == 5);
            CHECK(events[index].second == at);
            CHECK(events[index + 1].first.phase == 1);
            CHECK(events[index + 1].second == at + ms(2000));
            CHECK(events[index + 2].second == at + ms(12'000)); // the lowering starts after the full 10 s
        }
        runner::Session view(timeline);
        view.start(Time(0));
        view.advance(start + ms(2000));
        const auto early = view.view(start + ms(2000));
        CHECK(early.phase->name == "hold");
        CHECK(early.hold_left == 10);
        CHECK(early.cue == "Lift the chest");
        const auto late = view.view(start + ms(11'900));
        CHECK(late.phase->name == "hold");
        CHECK(late.hold_left == 1);
        CHECK(late.cue == "Lift the chest");
        const auto lower = view.view(start + ms(12'000));
        CHECK(lower.phase->name == "lower");
        CHECK(lower.hold_left == 0);
        CHECK(lower.cue == "Lower slowly");
    }

    TEST_CASE("alternating reps name the side, counted per side") {
        const auto timeline = one_step_plan("reach"); // 8 a side, rep 8 s
        const auto& reps = timeline.segments[first_of(timeline, SegmentKind::reps)];
        runner::Session session(timeline);
        session.start(Time(0));
        const Time start = ms(reps.start * 1000LL);
        session.advance(start);
        CHECK(session.view(start).rep == 1);
        CHECK(session.view(start).rep_side == Side::left);
        CHECK(session.view(start + ms(8000)).rep == 1);
        CHECK(session.view(start + ms(8000)).rep_side == Side::right);
        CHECK(session.view(start + ms(16'000)).rep == 2);
        CHECK(session.view(start + ms(16'000)).rep_side == Side::left);
        CHECK(session.view(start + ms(127'000)).rep == 8);
        CHECK(session.view(start + ms(127'000)).rep_side == Side::right);
        CHECK(session.view(start).reps == 8);
        // + adds a rep on each side.
        const Time end = session.segment_end();
        session.handle(Command::add_time, start);
        CHECK(session.segment_end() == end + ms(16'000));
    }

    TEST_CASE("b on the second direction goes back to the first, not to the setup") {
        const auto timeline = one_step_plan("circles");
        const std::size_t forward = first_of(timeline, SegmentKind::reps);
        const std::size_t change = first_of(timeline, SegmentKind::switch_sides);
        runner::Session session(timeline);
        session.start(Time(0));
        const Time later = ms((timeline.segments[change].end() + 6) * 1000LL);
        session.advance(later);
        REQUIRE(timeline.segments[session.segment_index()].direction == "backward");
        CHECK(session.view(later).back_to_side);
        session.handle(Command::back, later);
        CHECK(session.segment_index() == forward);
        CHECK(!session.view(later).back_to_side);
        // On the first direction, b goes back to the setup as before.
        session.handle(Command::back, later + ms(5000));
        CHECK(timeline.segments[session.segment_index()].kind == SegmentKind::setup);
    }

    TEST_CASE("n and Enter in the lead-in and the setup start the work without skipping") {
        const auto timeline = one_step_plan("lift");
        runner::Session session(timeline);
        session.start(Time(0));
        session.handle(Command::start_now, ms(1000));
        CHECK(timeline.segments[session.segment_index()].kind == SegmentKind::setup);
        session.handle(Command::next, ms(2000));
        CHECK(timeline.segments[session.segment_index()].kind == SegmentKind::reps);
        CHECK(session.segment_end() == ms(2000) + ms(timeline.segments[session.segment_index()].duration * 1000LL));
        const Time end = session.segment_end();
        session.advance(end);
        CHECK(session.finished());
        CHECK(session.summary(end).steps_done == 1);
        CHECK(session.summary(end).steps_skipped == 0);
    }

    TEST_CASE("+ and - act in the lead-in and the setup too") {
        const auto timeline = one_step_plan("lift");
        runner::Session session(timeline);
        session.start(Time(0));
        const Time end = session.segment_end();
        session.handle(Command::add_time, ms(1000));
        CHECK(session.segment_end() == end + ms(10'000));
    }

    TEST_CASE("parts, positions and spots carry their labels into the view") {
        const auto timeline = one_step_plan("ball");
        runner::Session session(timeline);
        session.start(Time(0));
        const std::size_t move = first_of(timeline, SegmentKind::transition);
        const Time at = ms(timeline.segments[move].start * 1000LL);
        session.advance(at);
        CHECK(session.segment_index() == move);
        CHECK(session.view(at).segment->label() == "Spot 2 of 2");
        CHECK(session.view(at).cue == "Move the ball to a new spot");
    }
}
