#include "commands.hpp"
#include "history_log.hpp"
#include "routine_options.hpp"
#include "run_command.hpp"

#include <backroutine/cli/run_hooks.hpp>
#include <backroutine/cli/run_publisher.hpp>
#include <backroutine/error.hpp>
#include <backroutine/runner/presenter.hpp>
#include <backroutine/runner/run_loop.hpp>
#include <backroutine/runner/terminal.hpp>
#include <backroutine/store/stats.hpp>
#include <backroutine/util/text.hpp>

#include <ctime>

#include <fcntl.h>
#include <memory>
#include <unistd.h>

namespace br::cli {
namespace {

// The terminal the keys are read from: stdin when it is one, else /dev/tty.
class KeyDevice {
public:
    KeyDevice() = default;
    ~KeyDevice() {
        if (m_owned >= 0) {
            ::close(m_owned);
        }
    }
    KeyDevice(const KeyDevice&) = delete;
    KeyDevice& operator=(const KeyDevice&) = delete;

    bool open() {
        if (::isatty(STDIN_FILENO) == 1) {
            m_fd = STDIN_FILENO;
            return true;
        }
        m_owned = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
        m_fd = m_owned;
        return m_fd >= 0;
    }
    [[nodiscard]] int fd() const { return m_fd; }

private:
    int m_fd = -1;
    int m_owned = -1;
};

int exit_code(runner::Ending ending) {
    switch (ending) {
    case runner::Ending::completed:
        return static_cast<int>(ExitCode::ok);
    case runner::Ending::quit:
        return static_cast<int>(ExitCode::quit);
    case runner::Ending::interrupted:
        return static_cast<int>(ExitCode::interrupted);
    case runner::Ending::terminated:
        return 128 + 15;
    case runner::Ending::hangup:
        return static_cast<int>(ExitCode::failure); // the terminal is gone: a runtime failure
    case runner::Ending::output_closed:
        break;
    }
    return static_cast<int>(ExitCode::failure);
}

// Plays the session on the live screen, or as plain lines or JSON events.
runner::Ending present(Context& ctx, const RunOptions& options, runner::Session& session, runner::Clock& clock,
                       int keys, bool live, const std::string& reminder) {
    const model::Settings& settings = ctx.settings();
    runner::SignalPipe signals;
    // Whatever shows the run, `status` is told of it too, and the user's hooks of each exercise.
    runner::Hooks hooks(settings.hooks);
    const auto loop = [&](runner::InputSource& input, runner::Presenter& presenter) {
        RunPublisher published(presenter, store::runtime_dir(ctx.env()), static_cast<int>(::getpid()));
        ExerciseHooks hooked(published, hooks);
        return runner::run_loop(session, clock, input, hooked);
    };
    // Said after the screen is gone, never over it.
    const auto say_problems = [&] {
        for (const auto& problem : hooks.take_problems()) {
            ctx.err() << "backroutine: warning: " << problem << "\n";
        }
    };
    if (live) {
        runner::Terminal terminal(keys);
        auto voice = settings.voice ? std::make_unique<runner::Voice>(settings.voice_command) : nullptr;
        runner::LivePresenter presenter(terminal, ctx.style(), settings.bell, std::move(voice), reminder,
                                        settings.voice_reps, ctx.utf8_locale());
        runner::TerminalInput input(clock, signals, keys);
        terminal.enter();
        const auto ending = loop(input, presenter);
        terminal.leave();
        say_problems();
        return ending;
    }
    if (ctx.flags.voice) {
        ctx.err() << "backroutine: warning: --voice speaks on the live screen only; not on a pipe or with --events\n";
    }
    // Keys act on plain lines and events too when a terminal is there: raw, without the screen or echo.
    runner::Terminal raw(keys, keys, false);
    if (keys >= 0) {
        raw.enter();
    }
    runner::TerminalInput input(clock, signals, keys);
    std::unique_ptr<runner::Presenter> presenter;
    if (options.events == "json") {
        presenter = std::make_unique<runner::EventsPresenter>(ctx.out());
    } else {
        presenter = std::make_unique<runner::PlainPresenter>(ctx.out(), ctx.quiet);
    }
    const auto ending = loop(input, *presenter);
    raw.leave();
    say_problems();
    return ending;
}

} // namespace

runner::Ending play(Context& ctx, const RunOptions& options) {
    const model::Timeline timeline = timeline_for(ctx, options.routine);
    const model::Settings& settings = ctx.settings();
    const auto term = ctx.env()("TERM");
    // Keys come from stdin, or from /dev/tty when the routine itself was piped in (`build | run -`).
    KeyDevice keys;
    const bool keyboard = keys.open();
    const bool live =
        options.events.empty() && ctx.out_is_terminal() && !(term && (*term == "dumb" || term->empty())) && keyboard;

    // Another speed is a preview: it is not recorded, but the advice still comes.
    const bool preview = options.speed != 1.0;
    const bool record = settings.log && !preview;
    if (preview && settings.log && !ctx.quiet) {
        ctx.err() << "backroutine: a run at --speed other than 1 is a preview: it is not recorded\n";
    }
    std::unique_ptr<store::History> history = record ? open_history(ctx) : existing_history(ctx);
    std::optional<int> pain_before = options.pain_before;
    if (options.check_in && !pain_before && keyboard) {
        pain_before = ask_pain(keys.fd(), STDERR_FILENO, "right now");
    }
    const std::string advice = professional_advice(history.get(), pain_before);
    const std::string safety = model::safety_reminder(ctx.catalog().safety);
    const std::string reminder = util::sanitize(advice.empty() ? safety : advice);
    // Said once, before the run starts; the live screen shows it too.
    if (!advice.empty() || (!live && !ctx.quiet)) {
        ctx.out().flush();
        ctx.err() << reminder << "\n";
    }
    RunLog log(record ? history.get() : nullptr, timeline, pain_before, ctx.err());

    runner::Session session(timeline, options.speed);
    runner::SteadyClock clock;
    const runner::Ending ending = present(ctx, options, session, clock, keys.fd(), live, reminder);
    const runner::Summary summary = session.summary(clock.now());
    // Recorded before the process exits, however the run ended; a hangup
    // (the terminal closed, the session going away) leaves the row `running`,
    // as a killed run does, rather than race the session's end with a write.
    if (ending != runner::Ending::hangup) {
        log.finish(summary, ending, options.pain_after);
    }
    const bool early = ending == runner::Ending::quit || ending == runner::Ending::interrupted;
    if (options.check_in && !options.pain_after && keyboard && (ending == runner::Ending::completed || early)) {
        EarlyEnd after;
        if (early) {
            after = ask_early_end(keys.fd(), STDERR_FILENO);
        } else {
            after.pain = ask_pain(keys.fd(), STDERR_FILENO, "now that you are done");
        }
        log.finish(summary, ending, after.pain, after.hurt);
        const std::string later = after.pain ? professional_advice(history.get(), after.pain) : std::string();
        if (advice.empty() && !later.empty()) {
            ctx.err() << util::sanitize(later) << "\n";
        }
    }
    ctx.exit_code = exit_code(ending);
    return ending;
}

void add_run(CLI::App& app, Context& ctx) {
    auto options = std::make_shared<RunOptions>();
    auto* cmd = app.add_subcommand("run", "Play a routine: live countdown, bell and optional voice");
    add_routine_options(*cmd, options->routine, ctx.flags);
    cmd->add_flag("--no-bell", ctx.flags.no_bell, "No terminal bell");
    cmd->add_flag("--voice", ctx.flags.voice, "Speak the cues with espeak-ng (or the config's voice_command)");
    cmd->add_option("--events", options->events, "Write one JSON object per event instead of the screen")
        ->check(CLI::IsMember({"json"}));
    cmd->add_option("--speed", options->speed, "Play this many times faster: a preview, not recorded")
        ->check(CLI::Validator(
            [](const std::string& text) {
                try {
                    const double value = std::stod(text);
                    if (value >= 0.01 && value <= 1000.0) {
                        return std::string();
                    }
                } catch (const std::exception&) { // reported below
                }
                return std::string("--speed must be a number from 0.01 to 1000");
            },
            "X"));
    cmd->add_flag("--no-log", ctx.flags.no_log, "Do not record this run in the history");
    cmd->add_flag("--check-in", options->check_in, "Ask for a pain rating (0-10) before and after");
    cmd->add_option("--pain-before", options->pain_before, "Pain rating before, 0-10 (for scripts)")
        ->check(CLI::Range(0, 10));
    cmd->add_option("--pain-after", options->pain_after, "Pain rating after, 0-10 (for scripts)")
        ->check(CLI::Range(0, 10));
    cmd->callback([&ctx, options] { play(ctx, *options); });
}

} // namespace br::cli
