#include <backroutine/runner/reminder.hpp>

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
