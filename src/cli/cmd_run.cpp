#include "commands.hpp"
#include "routine_options.hpp"

#include <backroutine/error.hpp>
#include <backroutine/runner/presenter.hpp>
#include <backroutine/runner/run_loop.hpp>
#include <backroutine/runner/terminal.hpp>

#include <memory>
#include <fcntl.h>
#include <unistd.h>

namespace br::cli {
namespace {

struct RunOptions {
    RoutineOptions routine;
    bool no_bell = false;
    bool voice = false;
    std::string events;
    double speed = 1.0;
};

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
        return 128 + 1;
    case runner::Ending::output_closed:
        break;
    }
    return static_cast<int>(ExitCode::failure);
}

void run(Context& ctx, const RunOptions& options) {
    const model::Timeline timeline = timeline_for(ctx, options.routine);
    const model::Settings& settings = ctx.settings();
    const model::Catalog& catalog = ctx.catalog();
    const std::string reminder = catalog.safety.reminder.empty() ? "Stop any exercise that increases your pain."
                                                                 : catalog.safety.reminder;
    runner::Session session(timeline, options.speed);
    runner::SteadyClock clock;
    runner::SignalPipe signals;
    const auto term = ctx.env()("TERM");
    // Keys come from stdin, or from /dev/tty when the routine itself was piped in (`build | run -`).
    KeyDevice keys;
    const bool live = options.events.empty() && ctx.out_is_terminal() && !(term && (*term == "dumb" || term->empty())) &&
                      keys.open();
    runner::Ending ending = runner::Ending::completed;
    if (live) {
        runner::Terminal terminal(keys.fd());
        auto voice = options.voice || settings.voice ? std::make_unique<runner::Voice>(settings.voice_command)
                                                      : nullptr;
        runner::LivePresenter presenter(
            terminal,
            [&catalog](const std::string& id) {
                const auto* exercise = catalog.find_exercise(id);
                return exercise ? exercise->steps : std::vector<std::string>{};
            },
            ctx.style(), settings.bell && !options.no_bell, std::move(voice), reminder);
        runner::TerminalInput input(clock, signals, keys.fd());
        terminal.enter();
        ending = runner::run_loop(session, clock, input, presenter);
        terminal.leave();
    } else {
        ctx.out().flush();
        if (!ctx.quiet) {
            ctx.err() << reminder << "\n";
        }
        runner::TerminalInput input(clock, signals, -1);
        std::unique_ptr<runner::Presenter> presenter;
        if (options.events == "json") {
            presenter = std::make_unique<runner::EventsPresenter>(ctx.out());
        } else {
            presenter = std::make_unique<runner::PlainPresenter>(ctx.out(), ctx.quiet);
        }
        ending = runner::run_loop(session, clock, input, *presenter);
    }
    ctx.exit_code = exit_code(ending);
}

} // namespace

void add_run(CLI::App& app, Context& ctx) {
    auto options = std::make_shared<RunOptions>();
    auto* cmd = app.add_subcommand("run", "Play a routine: live countdown, bell and optional voice");
    add_routine_options(*cmd, options->routine);
    cmd->add_flag("--no-bell", options->no_bell, "No terminal bell");
    cmd->add_flag("--voice", options->voice, "Speak the cues with espeak-ng (or the config's voice_command)");
    cmd->add_option("--events", options->events, "Write one JSON object per event instead of the screen")
        ->check(CLI::IsMember({"json"}));
    cmd->add_option("--speed", options->speed, "Play this many times faster (previews and tests)")
        ->check(CLI::Range(0.01, 1000.0));
    cmd->callback([&ctx, options] { run(ctx, *options); });
}

} // namespace br::cli
