#pragma once
#include <backroutine/model/settings.hpp>
#include <backroutine/runner/session.hpp>

#include <optional>
#include <string>
#include <vector>

namespace br::runner {

/// The bell's patterns, told apart by the number of rings: the start of
/// work rings once, a switch of side or direction (or moving the roller or
/// ball) twice, rest three times, each of the last three seconds once, the end four.
enum class Bell { none, work, change, rest, count, end };

/// The bell for `event`.
Bell bell_for(const Event& event, const model::Timeline& timeline);

/// How many rings a pattern has and the milliseconds between them.
struct Rings {
    int count = 0;
    int gap_ms = 0;
};
Rings rings_of(Bell bell);

/// What the voice says for `event` with --voice, if anything: the exercise
/// and its position at setup, the work, each rep's cue or count (`reps`),
/// "Stop" at the end of reps, "3, 2, 1" at the end of holds, timed work and rest.
std::optional<std::string> spoken(const Event& event, const model::Timeline& timeline,
                                  model::VoiceReps reps = model::VoiceReps::cues);

/// True for the 3-2-1 count, which is never cut off by what comes next.
bool is_count(const Event& event);

/// What is said at one wake-up: the words of events that happen together,
/// said together ("Stop. Rest 30 seconds. Next: set 2."); `count` when it is only the count.
struct Utterance {
    std::string text;
    bool count = false;
};
std::optional<Utterance> utterance(const std::vector<Event>& events, const model::Timeline& timeline,
                                   model::VoiceReps reps);

/// Speaks through a command (espeak-ng by default), started without a shell
/// and never waited for; a new utterance stops one still speaking, except
/// the 3-2-1 count; a missing or failing command is reported once.
class Voice {
public:
    explicit Voice(std::vector<std::string> command);
    ~Voice();
    Voice(const Voice&) = delete;
    Voice& operator=(const Voice&) = delete;

    /// Starts saying `text` now; `count` marks a count number that is let finish.
    void say(const std::string& text, bool count = false);
    /// A problem to tell the user about, once; empty when there is none.
    std::string take_problem();

private:
    void reap();

    struct Child {
        int pid = -1;
        bool count = false;
        bool stopped = false; // we cut it off: its exit status is no failure
    };
    std::vector<std::string> m_command;
    std::vector<Child> m_children;
    bool m_broken = false;
    std::string m_problem;
};

} // namespace br::runner
