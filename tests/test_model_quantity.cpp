#include <backroutine/model/quantity.hpp>

#include <doctest/doctest.h>

using namespace br::model;

TEST_SUITE("model::quantity") {
    TEST_CASE("durations") {
        CHECK(parse_duration("90").value == 90);
        CHECK(parse_duration("45s").value == 45);
        CHECK(parse_duration("1m").value == 60);
        CHECK(parse_duration("1m30s").value == 90);
        CHECK(parse_duration("0").error == "must be longer than zero");
        CHECK(parse_duration("-5s").error == "must not be negative");
        CHECK(parse_duration("010").error == "has a leading zero (write it without, e.g. '10')");
        CHECK(parse_duration("2h").error == "is absurdly long (the limit is 1h)");
        CHECK(parse_duration("61m").error == "is absurdly long (the limit is 1h)");
        CHECK(parse_duration("99999999999").error == "is absurdly large");
        CHECK(parse_duration("1.5s").error == "is not a duration (write e.g. 45s, 1m or 1m30s)");
        CHECK(parse_duration("30s1m").error == "is not a duration (write e.g. 45s, 1m or 1m30s)");
        CHECK(parse_duration(".inf").error == "is not a duration (write e.g. 45s, 1m or 1m30s)");
        CHECK(parse_duration("").error == "a duration is missing");
    }

    TEST_CASE("duration ranges") {
        CHECK(parse_duration_range("20-30s").value == Range{20, 30});
        CHECK(parse_duration_range("1-2m").value == Range{60, 120});
        CHECK(parse_duration_range("30s-1m").value == Range{30, 60});
        CHECK(parse_duration_range("45s").value == Range{45, 45});
        CHECK(parse_duration_range("30-20s").error == "is an inverted range (the low end comes first)");
        CHECK(parse_duration_range("30-30s").error == "is a range whose ends are equal (write a single value)");
        CHECK(parse_duration_range("20--30s").error == "must not be negative");
    }

    TEST_CASE("counts") {
        CHECK(parse_count("10", 500, true).value == Range{10, 10});
        CHECK(parse_count("10-15", 500, true).value == Range{10, 15});
        CHECK(parse_count("10-15", 500, false).error == "must be a single number, not a range");
        CHECK(parse_count("0", 500, true).error == "must be at least 1");
        CHECK(parse_count("501", 500, true).error == "is absurdly large (the limit is 500)");
        CHECK(parse_count("1e3", 500, true).error == "must be a whole number");
        CHECK(parse_count("2.5", 500, true).error == "must be a whole number");
        CHECK(parse_count("+3", 500, true).error == "must be a plain whole number, without a sign");
        CHECK(parse_count("007", 500, true).error == "has a leading zero (write it without, e.g. '7')");
    }

    TEST_CASE("picking from a range") {
        CHECK(pick(Range{10, 15}, Pick::low) == 10);
        CHECK(pick(Range{10, 15}, Pick::middle) == 13);
        CHECK(pick(Range{10, 15}, Pick::high) == 15);
        CHECK(pick(Range{20, 30}, Pick::middle) == 25);
    }

    TEST_CASE("formatting round-trips") {
        for (const auto& text : {"45s", "1m", "1m30s", "20-30s", "1-2m", "30-60s"}) {
            CAPTURE(text);
            const auto range = parse_duration_range(text);
            REQUIRE(range);
            CHECK(format_duration_range(*range.value) == text);
        }
        CHECK(format_clock(75) == "1:15");
        CHECK(format_clock(3725) == "1:02:05");
    }
}
