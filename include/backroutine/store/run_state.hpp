#pragma once
#include <backroutine/store/reminder_state.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace br::store {

/// What a playing `run` publishes for `status`: one small JSON file per
/// process under the runtime directory, rewritten when a segment starts or
/// the run is paused, resumed or lengthened, and removed when it ends.
/// Times are on the monotonic clock (CLOCK_MONOTONIC), which every process
/// on the machine shares and no change of the wall clock moves.
struct RunState {
    int pid = 0;
    std::string routine;          // its name: "Quick Relief"
    std::string routine_id;       // quick-relief
    std::string step;             // the screen's heading: "Thread the Needle — left side"
    std::string phase;            // the segment's kind: setup, hold, reps, rest, …
    int step_number = 0;          // 1-based
    int steps = 0;                // how many
    bool paused = false;          //
    double speed = 1.0;           // other than 1: a preview, not recorded
    int segment_left = 0;         // routine seconds left in the segment when written
    std::int64_t segment_end = 0; // monotonic microseconds when the segment ends (while playing)
    int after_segment = 0;        // routine seconds of the segments after this one
};

/// Seconds of the routine left in the segment at monotonic time `now`
/// (microseconds): frozen while paused, counting down at the run's speed
/// otherwise, never below 0.
int segment_left_at(const RunState& state, std::int64_t now);

/// Writes this process's run state (atomically; failures are ignored: status is a nicety).
void publish_run(const std::filesystem::path& dir, const RunState& state);
/// Removes this process's run state file.
void withdraw_run(const std::filesystem::path& dir, int pid);
/// The states of the runs still playing; files of dead ones are removed.
std::vector<RunState> running_runs(const std::filesystem::path& dir);

} // namespace br::store
