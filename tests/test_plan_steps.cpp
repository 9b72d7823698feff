#include <backroutine/catalog/loader.hpp>
#include <backroutine/error.hpp>
#include <backroutine/plan/steps.hpp>

#include "support/helpers.hpp"

#include <doctest/doctest.h>

using namespace br;

using br::test::builtin;

namespace {

model::Dose dose_of(const std::string& exercise, const std::string& text) {
    return plan::parse_compact_dose(text, *builtin().find_exercise(exercise));
}

std::string error_of(const std::vector<std::string>& steps) {
    try {
        (void)plan::routine_from_steps(steps, builtin());
    } catch (const Error& error) {
        CHECK(error.code() == ExitCode::usage);
        return error.what();
    }
    return {};
}

} // namespace

TEST_SUITE("plan::steps") {
    TEST_CASE("every compact dose form") {
        CHECK(dose_of("cat-cow", "10").reps == model::Range{10, 10});
        CHECK(dose_of("cat-cow", "10-15").reps == model::Range{10, 15});
        CHECK(dose_of("childs-pose", "45s").hold == model::Range{45, 45});
        CHECK(dose_of("childs-pose", "1m").hold == model::Range{60, 60});
        CHECK(dose_of("childs-pose", "1m30s").hold == model::Range{90, 90});
        CHECK(dose_of("foam-roller-upper-back", "2m").duration == model::Range{120, 120});
        const auto rows = dose_of("band-rows", "3x12");
        CHECK(rows.sets == model::Range{3, 3});
        CHECK(rows.reps == model::Range{12, 12});
        const auto needle = dose_of("thread-the-needle", "30s/side");
        CHECK(needle.hold == model::Range{30, 30});
        CHECK(needle.sides == 2);
        const auto twice = dose_of("thread-the-needle", "2x30s/side");
        CHECK(twice.sets == model::Range{2, 2});
        CHECK(twice.sides == 2);
    }

    TEST_CASE("a routine from --step arguments, in order") {
        const auto routine = plan::routine_from_steps(
            {"cat-cow:10", "thread-the-needle:30s/side", "band-rows:3x12", "childs-pose"}, builtin());
        REQUIRE(routine.steps.size() == 4);
        CHECK(routine.steps[0].exercise == "cat-cow");
        CHECK(routine.steps[2].dose->sets == model::Range{3, 3});
        CHECK_FALSE(routine.steps[3].dose);
    }

    TEST_CASE("malformed steps say what is wrong") {
        const std::string forms = " (write 10, 45s, 1m30s, 3x12 or 2x30s, with /side for each side)";
        CHECK(error_of({"cat-cwo:10"}) == "--step 'cat-cwo:10': no exercise 'cat-cwo'; did you mean 'cat-cow'?");
        CHECK(error_of({"cat-cow:abc"}) == "--step dose 'abc' has a count that is not a number" + forms);
        CHECK(error_of({"cat-cow:0"}) == "--step dose '0' has a count that must be at least 1" + forms);
        CHECK(error_of({"cat-cow:-3"}) == "--step dose '-3' has a count that must not be negative" + forms);
        CHECK(error_of({"cat-cow:"}) == "--step dose '' is empty" + forms);
        CHECK(error_of({"cat-cow:10/sides"}) == "--step dose '10/sides' has an unknown suffix '/sides'" + forms);
        CHECK(error_of({"childs-pose:90m"}) ==
              "--step dose '90m' has a duration that is absurdly long (the limit is 1h)" + forms);
        CHECK(error_of({"band-rows:0x12"}) == "--step dose '0x12' has a set count that must be at least 1" + forms);
        CHECK(error_of({"childs-pose:3x"}) == "--step dose '3x' has nothing after the 'x'" + forms);
    }
}
