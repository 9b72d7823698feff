#include <backroutine/catalog/builtin.hpp>
#include <backroutine/render/listing.hpp>
#include <backroutine/render/words.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace br;
using model::SegmentKind;

namespace {

model::Segment hold_left() {
    model::Segment segment;
    segment.kind = SegmentKind::hold;
    segment.duration = 30;
    segment.name = "Thread the Needle";
    segment.side = model::Side::left;
    segment.set = 1;
    segment.sets = 2;
    segment.cue = "Breathe out";
    return segment;
}

} // namespace

TEST_SUITE("render::words") {
    TEST_CASE("a hold on one side, in every form") {
        const auto words = render::words_for(hold_left());
        CHECK(words.title == "Thread the Needle — hold 30s");
        CHECK(words.detail == "Thread the Needle — hold 30s (Breathe out)");
        CHECK(words.heading == "Thread the Needle — left side · set 1 of 2");
        CHECK(words.action == "Hold");
        CHECK(words.next == "Next: Thread the Needle — hold 30s, left side");
        CHECK(words.line == "Thread the Needle — left side — set 1 of 2 — hold 30s (Breathe out)");
        CHECK(words.spoken == "Set 1 of 2. Hold 30 seconds, left side.");
    }

    TEST_CASE("reps name the count and the hold in each rep") {
        model::Segment segment;
        segment.kind = SegmentKind::reps;
        segment.name = "Cat-Cow";
        segment.reps = 10;
        segment.rep_hold = 2;
        const auto words = render::words_for(segment);
        CHECK(words.title == "Cat-Cow — 10 reps, hold 2s each");
        CHECK(words.spoken == "10 reps.");
        CHECK(render::doing_now(segment, 3, "") == "Rep 3 of 10 · hold 2s each");
        CHECK(render::doing_now(segment, 3, "Arch") == "Rep 3 of 10 · hold 2s each · Arch");
    }

    TEST_CASE("a direction and alternating sides are said wherever the segment is") {
        model::Segment rolls;
        rolls.kind = SegmentKind::reps;
        rolls.name = "Shoulder Rolls";
        rolls.reps = 5;
        rolls.direction = "backward";
        const auto words = render::words_for(rolls);
        CHECK(words.title == "Shoulder Rolls — backward — 5 reps");
        CHECK(words.heading == "Shoulder Rolls — backward");
        CHECK(words.line == "Shoulder Rolls — backward — 5 reps");
        CHECK(words.spoken == "5 reps, backward.");
        model::Segment change;
        change.kind = SegmentKind::switch_sides;
        change.direction = "backward";
        CHECK(render::words_for(change).title == "Change direction — backward");
        CHECK(render::words_for(change).next == "Next: change direction — backward");
        CHECK(render::words_for(change).spoken == "Change direction: backward.");
        model::Segment twist;
        twist.kind = SegmentKind::reps;
        twist.name = "Seated Thoracic Rotation";
        twist.reps = 5;
        twist.alternate = true;
        CHECK(render::words_for(twist).title == "Seated Thoracic Rotation — 5 reps each side, alternating");
        CHECK(render::words_for(twist).spoken == "5 reps each side, left first.");
    }

    TEST_CASE("segments between exercises") {
        model::Segment rest;
        rest.kind = SegmentKind::rest;
        rest.duration = 45;
        rest.cue = "Rest; set 2 of 2 is next";
        CHECK(render::words_for(rest).detail == "Rest");
        CHECK(render::words_for(rest).line == "Rest 45s");
        CHECK(render::words_for(rest).next == "Next: rest 45s");
        model::Segment done;
        done.kind = SegmentKind::done;
        CHECK_FALSE(render::words_for(done).spoken.has_value());
        model::Segment lead_in;
        lead_in.kind = SegmentKind::lead_in;
        lead_in.cue = "First up: Cat-Cow";
        CHECK(render::words_for(lead_in).line == "Get ready — First up: Cat-Cow");
        CHECK(render::doing_now(lead_in, 0, "Get ready now") == "Get ready now");
    }

    TEST_CASE("names from the catalog are sanitised") {
        model::Segment segment = hold_left();
        segment.name = "Bad\x1b[31mName";
        CHECK(render::words_for(segment).title.find('\x1b') == std::string::npos);
    }

    TEST_CASE("no built-in exercise shows a {side} placeholder to a reader") {
        const auto catalog = br::catalog::builtin_catalog();
        int with_sides = 0;
        for (const auto& exercise : catalog.exercises()) {
            CAPTURE(exercise.id);
            const std::string text = render::exercise_text(exercise, catalog, render::Style{});
            CHECK(text.find('{') == std::string::npos);
            for (const auto& step : exercise.steps) {
                with_sides += model::names_a_side(step) ? 1 : 0;
            }
        }
        CHECK(with_sides > 0); // the catalog does use the placeholders
    }
}
