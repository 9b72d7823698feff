#pragma once
#include <backroutine/model/timeline.hpp>
#include <backroutine/runner/clock.hpp>

#include <optional>
#include <string>
#include <vector>

namespace br::runner {

/// What the user can ask of a running session. `next` ends a get-ready
/// segment (lead-in, setup, switch, rest, transition) now, or goes on to the
/// next step during work; `start_now` (Enter) only ends a get-ready segment.
/// `quit` asks first: a second `quit` ends the run, any other command cancels.
enum class Command { toggle_pause, next, start_now, back, add_time, take_time, toggle_mute, quit };

/// Something that happened, for the screen, the cues, the event stream and the history.
struct Event {
    enum class Kind {
        segment,
        countdown,
        rep, // a rep phase begins
        pause,
        resume,
        skip,
        back,
        adjust,      // seconds added or taken
        adjust_reps, // reps added or dropped
        mute,
        confirm_quit, // the first q: a second one quits
        finish,
        quit
    };
    Kind kind = Kind::segment;
    std::size_t segment = 0; // the segment it concerns
    int value = 0; // countdown: seconds left; adjust: seconds (negative taken); adjust_reps: reps; skip/back: step
    int rep = 0;   // rep: 1-based (per side when alternating)
    int of = 0;    // rep: how many
    std::size_t phase = 0;                // rep: index into Segment::phases
    model::Side side = model::Side::none; // rep: the side of an alternating rep
};

/// How a session ended.
enum class Outcome { running, completed, quit };

/// A snapshot for the screen: everything it shows, times in whole seconds.
struct View {
    const model::Segment* segment = nullptr;
    const model::Segment* next = nullptr; // the next segment with work or setup, if any
    std::size_t step = 0;                 // 0-based index into the timeline's steps
    std::size_t steps = 0;
    int segment_length = 0;                   // seconds, after +/- adjustments
    int segment_left = 0;                     // seconds left, rounded up
    double segment_fraction = 0;              // 0..1 done
    int elapsed = 0;                          // active seconds since the start
    int remaining = 0;                        // seconds left in the whole routine
    int total = 0;                            // elapsed + remaining
    int rep = 0;                              // 1-based rep for reps segments (per side when alternating)
    int reps = 0;                             // reps in this segment after + and - (per side when alternating)
    model::Side rep_side = model::Side::none; // the side of an alternating rep
    const model::RepPhase* phase = nullptr;   // the rep's phase
    int hold_left = 0;                        // seconds left in a rep's hold phase; 0 outside one
    std::string cue;                          // current cue: the phase's, or alternating rep by rep
    bool paused = false;
    bool muted = false;
    bool quit_armed = false;   // q was pressed once
    bool back_to_side = false; // b goes back to the previous side or direction, not the setup
};

/// The result of a session for the summary and the history.
struct Summary {
    Outcome outcome = Outcome::running;
    int active_seconds = 0; // time spent, pauses excluded
    int planned_seconds = 0;
    int steps_done = 0;
    int steps_skipped = 0;
    int steps_total = 0;
};

/// The run as a pure state machine over a timeline. Deadlines are absolute
/// (segment end = segment start + length), so the routine ends at start +
/// total + pauses however often it is advanced. `speed` plays it faster; it
/// is bounded to 10⁻⁶..10⁶ (so a second is at least a microsecond) and a
/// speed that is not a positive number plays at 1.
class Session {
public:
    Session(const model::Timeline& timeline, double speed = 1.0);

    /// Starts at `now`; returns the first segment's event.
    std::vector<Event> start(Time now);
    /// Moves to `now`, returning every segment start and countdown passed.
    std::vector<Event> advance(Time now);
    /// Applies a user command at `now`.
    std::vector<Event> handle(Command command, Time now);

    /// When something next changes on screen: a segment end, a second of
    /// the countdown, or a rep or cue boundary. Far future while paused.
    [[nodiscard]] Time next_wakeup(Time now) const;
    [[nodiscard]] View view(Time now) const;
    [[nodiscard]] Summary summary(Time now) const;
    [[nodiscard]] Outcome outcome() const { return m_outcome; }
    [[nodiscard]] bool finished() const { return m_outcome != Outcome::running; }
    [[nodiscard]] bool paused() const { return m_paused_at.has_value(); }
    [[nodiscard]] bool muted() const { return m_muted; }
    /// How many times faster than the clock it plays, as bounded.
    [[nodiscard]] double speed() const { return m_speed; }
    [[nodiscard]] std::size_t segment_index() const { return m_index; }
    [[nodiscard]] const model::Timeline& timeline() const { return m_timeline; }
    /// When the current segment ends (absolute), while running.
    [[nodiscard]] Time segment_end() const { return m_segment_start + m_segment_length; }

private:
    [[nodiscard]] Time scaled(int seconds) const;
    [[nodiscard]] Time position(Time now) const; // time into the current segment
    void enter(std::size_t index, Time start, std::vector<Event>& events);
    void jump_to_step(std::size_t step, Time now, std::vector<Event>& events);
    void jump_to(std::size_t segment, Time now, std::vector<Event>& events);
    void mark_done(std::size_t through_segment);
    void announce_rep(Time now, std::vector<Event>& events);
    void go_back(Time now, std::vector<Event>& events);
    void go_next(bool only_get_ready, Time now, std::vector<Event>& events);
    void adjust(int sign, Time now, std::vector<Event>& events);
    [[nodiscard]] std::size_t first_segment_of(std::size_t step) const;
    [[nodiscard]] std::optional<std::size_t> previous_block(std::size_t index) const;
    [[nodiscard]] int reps_now() const;

    const model::Timeline& m_timeline;
    double m_speed;
    std::size_t m_index = 0;
    Time m_started{0};
    Time m_segment_start{0};
    Time m_segment_length{0};
    std::optional<Time> m_paused_at;
    Time m_paused_total{0};
    int m_countdown_sent = 0; // lowest countdown second already announced in this segment
    int m_rep_sent = -1;      // rep index * 100 + phase last announced in this segment
    Time m_rep_next{0};       // where the phase after it starts, from the segment's start
    int m_reps_added = 0;     // + and - in a reps segment
    bool m_quit_armed = false;
    std::vector<bool> m_step_done;
    std::vector<bool> m_step_skipped;
    bool m_muted = false;
    Outcome m_outcome = Outcome::running;
};

} // namespace br::runner
