#include <backroutine/store/stats.hpp>

#include <doctest/doctest.h>

using namespace br::store;

namespace {

constexpr std::int64_t k_day = 86400;
// Days in UTC, so the tests do not depend on the machine's time zone.
const DayOf k_utc = [](std::int64_t t) { return t / k_day; };
// 2026-11-23 is a Monday: day 20780.
constexpr std::int64_t k_monday = 20780 * k_day;

SessionRecord session(std::int64_t at, const std::string& ending = "completed", std::optional<int> pain = {}) {
    SessionRecord r;
    r.started_at = at;
    r.routine_id = "comprehensive";
    r.routine_name = "Comprehensive";
    r.actual_seconds = 1500;
    r.ending = ending;
    r.pain_before = pain;
    return r;
}

} // namespace

TEST_SUITE("store::stats") {
    TEST_CASE("weekly targets from frequencies") {
        CHECK(weekly_target("3x per week") == 3);
        CHECK(weekly_target("daily or most days") == 7);
        CHECK(weekly_target("every 30-60 minutes") == std::nullopt);
        CHECK(weekly_target("when pain is present") == std::nullopt);
    }

    TEST_CASE("streaks, this week against the target, time spent") {
        const std::vector<SessionRecord> sessions{session(k_monday - 10 * k_day),
                                                  session(k_monday - 9 * k_day),
                                                  session(k_monday - 8 * k_day),
                                                  session(k_monday + 3600),
                                                  session(k_monday + k_day + 3600, "quit"),
                                                  session(k_monday + 2 * k_day + 60),
                                                  session(k_monday + 3 * k_day + 60)};
        const auto stats =
            compute_stats(sessions, k_monday + 3 * k_day + 7200, k_utc, {{"comprehensive", "3x per week"}});
        CHECK(stats.sessions == 7);
        CHECK(stats.completed == 6);
        CHECK(stats.longest_streak == 3);
        CHECK(stats.current_streak == 2); // Wednesday and Thursday; Tuesday was quit
        REQUIRE(stats.routines.size() == 1);
        CHECK(stats.routines[0].sessions == 3);
        CHECK(stats.routines[0].target == 3);
        CHECK(stats.this_week_seconds == 4 * 1500);
        CHECK(stats.active_seconds == 7 * 1500);
        // A day without a session after the last one breaks the current streak.
        CHECK(compute_stats(sessions, k_monday + 5 * k_day, k_utc, {}).current_streak == 0);
    }

    TEST_CASE("pain by week and its trend") {
        const std::vector<SessionRecord> sessions{session(k_monday - 7 * k_day, "completed", 6),
                                                  session(k_monday - 6 * k_day, "completed", 4),
                                                  session(k_monday + k_day, "completed", 2)};
        const auto stats = compute_stats(sessions, k_monday + 2 * k_day, k_utc, {});
        REQUIRE(stats.pain.size() == 2);
        CHECK(stats.pain[0].average == doctest::Approx(5.0));
        CHECK(stats.pain[0].check_ins == 2);
        CHECK(stats.pain[1].average == doctest::Approx(2.0));
        CHECK(stats.advice.empty());
    }

    TEST_CASE("when to seek help: severe pain, or pain persisting beyond two weeks") {
        CHECK(seek_help_advice({session(k_monday, "completed", 9)}, k_monday + k_day, k_utc)
                  .starts_with("You rated your pain 9/10 in the last two weeks."));
        CHECK(seek_help_advice({session(k_monday, "completed", 9)}, k_monday + 30 * k_day, k_utc).empty());
        std::vector<SessionRecord> lasting;
        for (int day = 0; day <= 16; day += 2) {
            lasting.push_back(session(k_monday + day * k_day, "completed", 4));
        }
        CHECK(seek_help_advice(lasting, k_monday + 17 * k_day, k_utc)
                  .starts_with("Your check-ins show pain for 16 days."));
        lasting.back().pain_before = 1; // it eased at the last check-in
        CHECK(seek_help_advice(lasting, k_monday + 17 * k_day, k_utc).empty());
        CHECK(seek_help_advice({}, k_monday, k_utc).empty());
    }

    TEST_CASE("the advice uses the rating just given, then the worst and latest of the last 14 days") {
        // A 9 just now gets advice at once, with or without a history.
        CHECK(seek_help_advice({}, k_monday, k_utc, 9).starts_with("You rated your pain 9/10 just now."));
        CHECK(seek_help_advice({}, k_monday, k_utc, 7).empty());
        // The worst in the window, and the latest beside it; not the oldest.
        const std::vector<SessionRecord> sessions{
            session(k_monday - 20 * k_day, "completed", 10), session(k_monday - 10 * k_day, "completed", 8),
            session(k_monday - 5 * k_day, "completed", 9), session(k_monday - k_day, "completed", 2)};
        CHECK(seek_help_advice(sessions, k_monday, k_utc)
                  .starts_with("You rated your pain 9/10 in the last two weeks (latest 2/10)."));
        CHECK(seek_help_advice(sessions, k_monday, k_utc, 3)
                  .starts_with("You rated your pain 9/10 in the last two weeks (latest 3/10)."));
        // A rating after the run counts as the worst of the pair.
        auto after = session(k_monday, "completed", 2);
        after.pain_after = 8;
        CHECK(seek_help_advice({after}, k_monday + k_day, k_utc).starts_with("You rated your pain 8/10"));
    }

    TEST_CASE("a session is done when at least half of its planned time was done — all skipped never") {
        auto run = session(k_monday);
        run.planned_seconds = 600;
        run.actual_seconds = 300;
        CHECK(counts_as_done(run));
        run.actual_seconds = 299;
        CHECK_FALSE(counts_as_done(run));
        run.ending = "quit";
        run.actual_seconds = 400;
        CHECK(counts_as_done(run));
        run.ending = "skipped";
        CHECK_FALSE(counts_as_done(run));
        run.ending = "running";
        CHECK_FALSE(counts_as_done(run));
        // A completed run with most of its time skipped counts toward no streak or target.
        auto skimmed = session(k_monday + 3600);
        skimmed.planned_seconds = 1200;
        skimmed.actual_seconds = 100;
        const auto stats = compute_stats({skimmed}, k_monday + 7200, k_utc, {{"comprehensive", "3x per week"}});
        CHECK(stats.completed == 0);
        CHECK(stats.current_streak == 0);
        REQUIRE(stats.routines.size() == 1);
        CHECK(stats.routines[0].sessions == 0);
    }
}
