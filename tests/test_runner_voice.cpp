// The spoken script, line by line, as a logging voice command would hear it:
// quick-relief and `--step band-rows:3x12`, driven on the fake clock. Each
// line is what one wake-up says; tests/golden/voice/ holds the scripts
// (BR_UPDATE_GOLDEN=1 rewrites them).
#include <backroutine/catalog/loader.hpp>
#include <backroutine/plan/expand.hpp>
#include <backroutine/plan/steps.hpp>
#include <backroutine/runner/cues.hpp>
#include <backroutine/runner/session.hpp>

#include "support/helpers.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace br;

using br::test::builtin;

namespace {

// "[m:ss.mmm] words", one line per utterance, from start to finish.
std::string script(const model::Timeline& timeline, model::VoiceReps reps) {
    runner::Session session(timeline);
    std::ostringstream out;
    runner::Time now(0);
    auto say = [&](const std::vector<runner::Event>& events) {
        if (auto words = runner::utterance(events, timeline, reps)) {
            const auto ms = static_cast<long long>(now.count() / 1000);
            char stamp[32];
            std::snprintf(stamp, sizeof stamp, "[%lld:%02lld.%03lld] ", ms / 60'000, (ms / 1000) % 60, ms % 1000);
            out << stamp << words->text << "\n";
        }
    };
    say(session.start(now));
    while (!session.finished()) {
        now = session.next_wakeup(now);
        say(session.advance(now));
    }
    return out.str();
}

} // namespace

TEST_SUITE("runner::voice") {
    TEST_CASE("the spoken script of quick-relief") {
        const auto timeline = plan::expand(builtin(), *builtin().find_routine("quick-relief"), {});
        test::check_golden("voice/quick-relief.txt", script(timeline, model::VoiceReps::cues));
    }

    TEST_CASE("the spoken script of --step band-rows:3x12, with cues and counting") {
        const auto timeline = plan::expand(builtin(), plan::routine_from_steps({"band-rows:3x12"}, builtin()), {});
        test::check_golden("voice/band-rows-3x12.txt", script(timeline, model::VoiceReps::cues));
        const std::string counted = script(timeline, model::VoiceReps::count);
        CHECK(counted.find("] Stop. Rest 30 seconds. Next: set 2.") != std::string::npos);
        CHECK(counted.find("] 12\n") != std::string::npos);
        const std::string silent = script(timeline, model::VoiceReps::off);
        CHECK(silent.find("] 12\n") == std::string::npos);
        CHECK(silent.find("Set 1 of 3. 12 reps.") != std::string::npos);
    }
}
