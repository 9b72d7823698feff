#include "runtime_files.hpp"

#include <backroutine/store/run_state.hpp>

#include <algorithm>
#include <cmath>

namespace br::store {
namespace {

const std::string k_prefix = "run";

} // namespace

int segment_left_at(const RunState& state, std::int64_t now) {
    if (state.paused) {
        return state.segment_left;
    }
    const double left = static_cast<double>(state.segment_end - now) * state.speed / 1e6;
    return std::max(0, static_cast<int>(std::ceil(left)));
}

void publish_run(const std::filesystem::path& dir, const RunState& state) {
    runtime::publish(dir, k_prefix, state.pid,
                     {{"pid", state.pid},
                      {"routine", state.routine},
                      {"routine_id", state.routine_id},
                      {"step", state.step},
                      {"phase", state.phase},
                      {"step_number", state.step_number},
                      {"steps", state.steps},
                      {"paused", state.paused},
                      {"speed", state.speed},
                      {"segment_left", state.segment_left},
                      {"segment_end", state.segment_end},
                      {"after_segment", state.after_segment}});
}

void withdraw_run(const std::filesystem::path& dir, int pid) {
    runtime::withdraw(dir, k_prefix, pid);
}

std::vector<RunState> running_runs(const std::filesystem::path& dir) {
    std::vector<RunState> states;
    for (const auto& json : runtime::live(dir, k_prefix)) {
        try {
            RunState state;
            state.pid = json.value("pid", 0);
            state.routine = json.value("routine", "");
            state.routine_id = json.value("routine_id", "");
            state.step = json.value("step", "");
            state.phase = json.value("phase", "");
            state.step_number = json.value("step_number", 0);
            state.steps = json.value("steps", 0);
            state.paused = json.value("paused", false);
            state.speed = json.value("speed", 1.0);
            state.segment_left = json.value("segment_left", 0);
            state.segment_end = json.value("segment_end", std::int64_t{0});
            state.after_segment = json.value("after_segment", 0);
            states.push_back(state);
        } catch (
            const nlohmann::json::exception&) { // NOLINT(bugprone-empty-catch): a field of the wrong type: not ours
        }
    }
    return states;
}

} // namespace br::store
