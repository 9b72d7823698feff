#include "commands.hpp"
#include "run_command.hpp"

#include <backroutine/error.hpp>
#include <backroutine/model/quantity.hpp>
#include <backroutine/runner/notify.hpp>
#include <backroutine/runner/reminder.hpp>
#include <backroutine/runner/terminal.hpp>
#include <backroutine/util/text.hpp>

#include <cerrno>
#include <csignal>
#include <ctime>
#include <memory>
#include <poll.h>
#include <unistd.h>

namespace br::cli {
namespace {

struct RemindOptions {
    std::string every;   // default: the config's, else 45m
    std::string routine; // default: the config's, else desk-break
    std::string between; // default: the config's, else any time
    bool notify = false;
    bool once = false;
};

constexpr std::int64_t k_snooze_seconds = std::int64_t{5} * 60;

// Local wall-clock seconds: Unix time plus the UTC offset.
std::int64_t local_now() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return static_cast<std::int64_t>(now) + local.tm_gmtoff;
}

std::string clock_text(std::int64_t local) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%02d:%02d", static_cast<int>((local % 86400) / 3600),
                  static_cast<int>((local % 3600) / 60));
    return buffer;
}

// Waits until `deadline` (local seconds) or a signal; returns the signal's input kind.
runner::Input::Kind wait_until(runner::SignalPipe& signals, std::int64_t deadline, int key_fd, bool& key_ready) {
    key_ready = false;
    while (true) {
        const std::int64_t left = deadline - local_now();
        if (left <= 0) {
            return runner::Input::Kind::timeout;
        }
        pollfd fds[2] = {{signals.fd(), POLLIN, 0}, {key_fd, POLLIN, 0}};
        const int ready = ::poll(fds, key_fd >= 0 ? 2 : 1, static_cast<int>(std::min<std::int64_t>(left, 60) * 1000));
        if (ready > 0 && (fds[0].revents & POLLIN) != 0) {
            unsigned char number = 0;
            if (::read(signals.fd(), &number, 1) == 1) {
                if (number == SIGINT) {
                    return runner::Input::Kind::interrupt;
                }
                if (number == SIGTERM || number == SIGHUP) {
                    return runner::Input::Kind::terminate;
                }
            }
        }
        if (ready > 0 && key_fd >= 0 && (fds[1].revents & (POLLIN | POLLHUP)) != 0) {
            key_ready = true;
            return runner::Input::Kind::command;
        }
    }
}

// Reads the answer to a reminder: a line from the terminal.
std::string read_answer(int fd) {
    std::string line;
    char c = 0;
    while (::read(fd, &c, 1) == 1 && c != '\n') {
        line += c;
    }
    return line;
}

void remind(Context& ctx, RemindOptions options) {
    const model::Settings& settings = ctx.settings();
    if (options.routine.empty()) {
        options.routine = settings.remind_routine.value_or("desk-break");
    }
    if (options.between.empty()) {
        options.between = settings.remind_between.value_or("");
    }
    options.notify = options.notify || settings.remind_notify;
    if (options.every.empty()) {
        options.every = settings.remind_every ? std::to_string(*settings.remind_every) + "s" : "45m";
    }
    const auto every = model::parse_interval(options.every);
    if (!every) {
        throw Error("--every '" + util::sanitize(options.every) + "' " + every.error, ExitCode::usage);
    }
    std::optional<model::Window> window;
    if (!options.between.empty()) {
        window = model::parse_window(options.between);
        if (!window) {
            throw Error("--between '" + util::sanitize(options.between) + "' is not HH:MM-HH:MM (e.g. 09:00-17:30)",
                        ExitCode::usage);
        }
    }
    const model::Routine* routine = ctx.catalog().find_routine(options.routine);
    if (routine == nullptr) {
        throw Error("no routine '" + util::sanitize(options.routine) + "'" +
                        util::did_you_mean(options.routine, ctx.catalog().routine_ids()),
                    ExitCode::usage);
    }
    const bool terminal = ::isatty(STDIN_FILENO) == 1 && ctx.out_is_terminal();
    runner::ReminderSchedule schedule(*every.value, window, k_snooze_seconds, local_now());
    bool notify_broken = false;
    // One signal pipe for the whole wait; a run started from here installs its own.
    auto signals = std::make_unique<runner::SignalPipe>();
    while (true) {
        if (!signals) {
            signals = std::make_unique<runner::SignalPipe>();
        }
        const std::int64_t now = local_now();
        schedule.observe(now);
        if (!schedule.due(now)) {
            if (!ctx.quiet && terminal) {
                ctx.out() << "\r\x1b[KNext break at " << clock_text(schedule.due_at()) << " (Ctrl-C to stop)"
                          << std::flush;
            }
            bool key = false;
            const auto woke = wait_until(*signals, schedule.wake_at(now), terminal ? STDIN_FILENO : -1, key);
            if (key) {
                read_answer(STDIN_FILENO); // Enter while waiting: nothing to do yet
            }
            if (woke == runner::Input::Kind::interrupt || woke == runner::Input::Kind::terminate) {
                ctx.out() << (terminal ? "\n" : "") << std::flush;
                ctx.exit_code =
                    static_cast<int>(woke == runner::Input::Kind::interrupt ? ExitCode::interrupted : ExitCode::ok);
                return;
            }
            continue;
        }
        const std::string message = "Time for a desk break: " + util::sanitize(routine->name);
        if (options.notify && !notify_broken) {
            if (const std::string problem = runner::notify("backroutine", message); !problem.empty()) {
                notify_broken = true;
                ctx.err() << "backroutine: warning: " << problem << "; reminding here only\n";
            }
        }
        if (!terminal) {
            ctx.out() << "[" << clock_text(now) << "] " << message << "\n" << std::flush;
            schedule.restart(now);
        } else {
            ctx.out() << "\r\x1b[K\a[" << clock_text(now) << "] " << message
                      << ". Enter: start · s: snooze 5 min · x: skip > " << std::flush;
            const std::string answer = read_answer(STDIN_FILENO);
            if (answer == "s") {
                schedule.snooze(local_now());
            } else if (answer == "x") {
                schedule.restart(local_now());
            } else {
                signals.reset(); // the run installs its own handlers
                RunOptions run;
                run.routine.ref = routine->id;
                play(ctx, run);
                if (ctx.exit_code == static_cast<int>(ExitCode::interrupted)) {
                    return;
                }
                ctx.exit_code = 0;
                schedule.restart(local_now());
            }
        }
        if (options.once) {
            return;
        }
    }
}

} // namespace

void add_remind(CLI::App& app, Context& ctx) {
    auto options = std::make_shared<RemindOptions>();
    auto* cmd = app.add_subcommand("remind", "Remind to take a desk break every so often");
    cmd->add_option("--every", options->every, "Interval between breaks: 45m, 1h, 1h30m (default 45m)");
    cmd->add_option("--routine", options->routine, "Routine to offer (default desk-break)");
    cmd->add_option("--between", options->between, "Only between these hours, HH:MM-HH:MM");
    cmd->add_flag("--notify", options->notify, "Also show a desktop notification (notify-send)");
    cmd->add_flag("--once", options->once, "Wait one interval, remind, and exit (for cron or a systemd timer)");
    cmd->callback([&ctx, options] { remind(ctx, *options); });
}

} // namespace br::cli
