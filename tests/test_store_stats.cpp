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
                  .starts_with("You rated your pain 9/10 recently."));
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
}
