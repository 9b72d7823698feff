#include <backroutine/runner/run_loop.hpp>
#include <backroutine/runner/terminal.hpp>

#include <algorithm>

namespace br::runner {

Ending run_loop(Session& session, Clock& clock, InputSource& input, Presenter& presenter) {
    try {
        presenter.update(session, session.start(clock.now()), clock.now());
        while (!session.finished()) {
            const Input got = input.wait(std::min(session.next_wakeup(clock.now()), presenter.wakeup()));
            const Time now = clock.now();
            std::vector<Event> events;
            switch (got.kind) {
            case Input::Kind::timeout:
            case Input::Kind::line: // from line sources only
            case Input::Kind::end_of_input:
            case Input::Kind::answers_ended:
                break;
            case Input::Kind::command:
                events = session.handle(got.command, now);
                break;
            case Input::Kind::interrupt:
                presenter.finish(session, Ending::interrupted, now);
                return Ending::interrupted;
            case Input::Kind::terminate:
                presenter.finish(session, Ending::terminated, now);
                return Ending::terminated;
            case Input::Kind::hangup:
                presenter.finish(session, Ending::hangup, now);
                return Ending::hangup;
            case Input::Kind::resize:
                presenter.redraw(session, now);
                break;
            case Input::Kind::suspend: {
                // Pause while stopped so the stop eats no exercise time.
                const bool was_paused = session.paused();
                if (!was_paused) {
                    events = session.handle(Command::toggle_pause, now);
                    presenter.update(session, events, now);
                    events.clear();
                }
                presenter.suspend();
                input.stop_process();
                presenter.resume();
                if (!was_paused) {
                    events = session.handle(Command::toggle_pause, clock.now());
                }
                break;
            }
            }
            auto more = session.advance(clock.now());
            events.insert(events.end(), more.begin(), more.end());
            presenter.update(session, events, clock.now());
        }
        const Ending ending = session.outcome() == Outcome::quit ? Ending::quit : Ending::completed;
        presenter.finish(session, ending, clock.now());
        return ending;
    } catch (const OutputClosed&) {
        return Ending::output_closed;
    }
}

} // namespace br::runner
