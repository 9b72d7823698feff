#pragma once
#include <backroutine/model/figure_geometry.hpp>
#include <backroutine/render/style.hpp>
#include <backroutine/runner/cues.hpp>
#include <backroutine/runner/screen.hpp>
#include <backroutine/runner/session.hpp>

#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace br::runner {

class Terminal;

/// How a run ended, as the loop saw it.
enum class Ending { completed, quit, interrupted, terminated, hangup, output_closed };
std::string_view name_of(Ending ending);

/// Shows a running session: a live screen, plain lines or JSON events.
class Presenter {
public:
    virtual ~Presenter() = default;
    /// Called after every wake-up with what happened since the last call.
    virtual void update(const Session& session, const std::vector<Event>& events, Time now) = 0;
    /// The run is over.
    virtual void finish(const Session& session, Ending ending, Time now) = 0;
    /// The terminal changed size, or the process came back from a stop.
    virtual void redraw(const Session& session, Time now) { update(session, {}, now); }
    /// The process is about to stop (Ctrl-Z): give the terminal back.
    virtual void suspend() {}
    /// The process continues after a stop.
    virtual void resume() {}
    /// When the presenter next has something to do on its own (a bell of a pattern); far future if nothing.
    [[nodiscard]] virtual Time wakeup() const { return Time::max(); }
};

/// Passes everything on to another presenter: what shows a run beside it
/// (status, hooks) derives from this and overrides only what it adds to.
class ForwardingPresenter : public Presenter {
public:
    explicit ForwardingPresenter(Presenter& inner) : m_inner(inner) {}
    void update(const Session& session, const std::vector<Event>& events, Time now) override {
        m_inner.update(session, events, now);
    }
    void finish(const Session& session, Ending ending, Time now) override { m_inner.finish(session, ending, now); }
    void redraw(const Session& session, Time now) override { m_inner.redraw(session, now); }
    void suspend() override { m_inner.suspend(); }
    void resume() override { m_inner.resume(); }
    [[nodiscard]] Time wakeup() const override { return m_inner.wakeup(); }

private:
    Presenter& m_inner;
};

/// The live screen on a terminal, with the bell and the voice.
class LivePresenter final : public Presenter {
public:
    /// `reminder` (the one-line safety note) shows while the user gets ready.
    LivePresenter(Terminal& terminal, render::Style style, bool bell, std::unique_ptr<Voice> voice,
                  std::string reminder, model::VoiceReps voice_reps = model::VoiceReps::cues, bool figures = true);
    void update(const Session& session, const std::vector<Event>& events, Time now) override;
    /// Completed: the end screen stays until a key; then the summary is left on the normal screen.
    void finish(const Session& session, Ending ending, Time now) override;
    void suspend() override;
    void resume() override;
    [[nodiscard]] Time wakeup() const override;

private:
    void speak(const Session& session, const std::vector<Event>& events);
    void ring(const Session& session, const std::vector<Event>& events, Time now);
    void draw(const Session& session, Time now, const std::string& prefix);

    Terminal& m_terminal;
    render::Style m_style;
    bool m_bell;
    std::unique_ptr<Voice> m_voice;
    std::string m_reminder;
    model::VoiceReps m_voice_reps;
    std::string m_status;
    std::vector<Time> m_rings;        // the rest of a bell pattern
    bool m_figures;                   // braille can be shown (a UTF-8 locale)
    std::vector<std::string> m_shown; // the lines on the screen now, to redraw only what changes
    Size m_shown_size{};
    Time m_next_frame = Time::max(); // the next frame of a moving figure
    // The box the figure of the step on screen is scaled to (every keyframe, both sides): drawn once per
    // step, not at every frame.
    const model::Figure* m_bounds_of = nullptr;
    model::Box m_bounds{};
    render::BrailleFigure figure_now(const model::TimelineStep& step, const View& view, Time now);
};

/// One plain line per segment (`[02:15] Thread the Needle — left side — hold 30s`).
class PlainPresenter final : public Presenter {
public:
    PlainPresenter(std::ostream& out, bool quiet) : m_out(out), m_quiet(quiet) {}
    void update(const Session& session, const std::vector<Event>& events, Time now) override;
    void finish(const Session& session, Ending ending, Time now) override;
    void redraw(const Session&, Time) override {}

private:
    std::ostream& m_out;
    bool m_quiet;
};

/// One JSON object per line for each event, flushed as it happens.
class EventsPresenter final : public Presenter {
public:
    explicit EventsPresenter(std::ostream& out) : m_out(out) {}
    void update(const Session& session, const std::vector<Event>& events, Time now) override;
    void finish(const Session& session, Ending ending, Time now) override;
    void redraw(const Session&, Time) override {}

private:
    std::ostream& m_out;
};

} // namespace br::runner
