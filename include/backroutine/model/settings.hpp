#pragma once
#include <backroutine/model/routine.hpp>

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace br::model {

/// Every timing default of the timeline, in seconds; the one place they live.
struct Timing {
    int lead_in = 10;         // get ready before the first exercise
    int setup_same = 10;      // next exercise in the same position (time to read its steps)
    int setup_change = 15;    // a new position at the same level (seated ↔ standing, prone ↔ supine)
    int setup_floor = 20;     // getting down to the floor or back up
    int setup_equipment = 10; // added when a band is anchored anew or a roller or ball is fetched
    int tempo = 3;            // seconds per rep when the dose gives no tempo
    int switch_sides = 5;
    int rest = 30;      // between sets when the dose gives no rest
    int transition = 5; // moving the roller to the next position or the ball to a new spot
    friend bool operator==(const Timing&, const Timing&) = default;
};

/// What the voice says for each rep: its cue (where the exercise has cues,
/// else the count), the count, or nothing.
enum class VoiceReps { cues, count, off };

/// The events a hook can be set for, as the config names them.
inline constexpr std::array<std::string_view, 5> k_hook_events{"break-due", "break-start", "break-done",
                                                               "break-skipped", "exercise-start"};

/// User settings: defaults, then the config file, the environment and the
/// flags laid over them in that order (`cli::Context::settings`, the one
/// place that does it).
struct Settings {
    Timing timing;
    std::optional<RoutineIntensity> intensity; // overrides each routine's own
    bool bell = true;
    bool voice = false;
    VoiceReps voice_reps = VoiceReps::cues;
    std::vector<std::string> voice_command{"espeak-ng"};
    bool color = true;
    bool log = true; // record runs in the history
    // Desk-break reminders (the flags of `remind` win over these).
    std::optional<int> remind_every;           // seconds
    std::optional<std::string> remind_between; // HH:MM-HH:MM
    std::optional<std::string> remind_routine;
    bool remind_notify = false;
    std::optional<int> remind_micro_every;           // seconds between posture resets; 0: off
    std::optional<std::string> remind_micro_routine; // the posture reset offered
    // Commands run on events (break-due, exercise-start, ...), as words: no shell.
    std::map<std::string, std::vector<std::string>> hooks;
};

/// The settings the command line gives; what a flag leaves unset keeps the
/// environment's or the config's value.
struct SettingFlags {
    std::string intensity; // --intensity (checked by the parser); empty when not given
    bool no_color = false;
    bool no_bell = false;
    bool voice = false;
    bool no_log = false;
};

} // namespace br::model
