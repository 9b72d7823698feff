#include "break_notifier.hpp"
#include "commands.hpp"
#include "history_log.hpp"
#include "run_command.hpp"

#include <backroutine/error.hpp>
#include <backroutine/idle/source.hpp>
#include <backroutine/model/quantity.hpp>
#include <backroutine/runner/hooks.hpp>
#include <backroutine/runner/notify.hpp>
#include <backroutine/runner/reminder_loop.hpp>
#include <backroutine/runner/reminder_view.hpp>
#include <backroutine/runner/terminal.hpp>
#include <backroutine/store/reminder_state.hpp>
#include <backroutine/store/run_state.hpp>
#include <backroutine/util/text.hpp>

#include <algorithm>
#include <memory>
#include <unistd.h>

namespace br::cli {
namespace {

struct RemindOptions {
    std::string every;   // default: the config's, else 45m
    std::string routine; // default: the config's, else desk-break
    std::string between; // default: the config's, else any time
    bool notify = false;
    bool once = false;
    double speed = 1.0;
    std::string mode;  // active (when an idle source works) or fixed
    std::string micro; // posture resets: an interval or off; default: the config's, else 20m
};

constexpr std::int64_t k_snooze_seconds = std::int64_t{5} * 60;
// An idle spell this long counts as a break taken (about a desk break's length).
constexpr std::int64_t k_natural_seconds = std::int64_t{5} * 60;
// Posture resets every 20 minutes of work, the interval found most effective
// for micro-breaks at a computer; away this long counts as one.
constexpr std::int64_t k_micro_every = std::int64_t{20} * 60;
constexpr std::int64_t k_micro_natural = 30;

// The options after the config's defaults, checked.
struct Resolved {
    std::int64_t every = 0;
    std::optional<model::Window> between;
    const model::Routine* routine = nullptr;
    bool notify = false;
    std::int64_t micro_every = 0; // 0: no posture resets
    const model::Routine* micro = nullptr;
};

// A routine of the catalog by id, or a usage error saying why it is not there.
const model::Routine& routine_named(Context& ctx, const std::string& id) {
    const model::Routine* routine = ctx.catalog().find_routine(id);
    if (routine == nullptr) {
        throw Error("no routine '" + util::sanitize(id) + "'" + ctx.why_missing(id, ctx.catalog().routine_ids()),
                    ExitCode::usage);
    }
    return *routine;
}

// --micro (or the config's micro_every): an interval, or off.
void resolve_micro(Context& ctx, const RemindOptions& options, Resolved& resolved) {
    const model::Settings& settings = ctx.settings();
    // --once waits for one desk break (cron, a timer): posture resets only when asked for.
    if (options.once && options.micro.empty() && !settings.remind_micro_every) {
        return;
    }
    // Seconds between resets (0: off): the flag's, else the config's, else the default.
    std::int64_t every = settings.remind_micro_every ? *settings.remind_micro_every : k_micro_every;
    if (options.micro == "off") {
        every = 0;
    } else if (!options.micro.empty()) {
        const auto interval = model::parse_interval(options.micro);
        if (!interval) {
            throw Error("--micro '" + util::sanitize(options.micro) + "': write an interval (20m, 1h) or off",
                        ExitCode::usage);
        }
        every = *interval.value;
    }
    // Posture resets as often as desk breaks, or more rarely, would only stand in their way.
    if (every > 0 && every < resolved.every) {
        resolved.micro_every = every;
        resolved.micro = &routine_named(ctx, settings.remind_micro_routine.value_or("posture-reset"));
    }
}

Resolved resolve(Context& ctx, const RemindOptions& options) {
    const model::Settings& settings = ctx.settings();
    Resolved resolved;
    const std::string every = !options.every.empty()  ? options.every
                              : settings.remind_every ? std::to_string(*settings.remind_every) + "s"
                                                      : "45m";
    const auto interval = model::parse_interval(every);
    if (!interval) {
        throw Error("--every '" + util::sanitize(every) + "' " + interval.error, ExitCode::usage);
    }
    resolved.every = *interval.value;
    const std::string between = !options.between.empty() ? options.between : settings.remind_between.value_or("");
    if (!between.empty()) {
        resolved.between = model::parse_window(between);
        if (!resolved.between) {
            throw Error("--between '" + util::sanitize(between) + "' is not HH:MM-HH:MM (e.g. 09:00-17:30)",
                        ExitCode::usage);
        }
    }
    resolved.routine = &routine_named(ctx, !options.routine.empty() ? options.routine
                                                                    : settings.remind_routine.value_or("desk-break"));
    resolved.notify = options.notify || settings.remind_notify;
    resolve_micro(ctx, options, resolved);
    return resolved;
}

// What the notification of a break says.
std::string notice_of(const Resolved& resolved, runner::BreakKind kind) {
    return kind == runner::BreakKind::micro ? "Time for a posture reset: " + util::sanitize(resolved.micro->name)
                                            : "Time for a desk break: " + util::sanitize(resolved.routine->name);
}

// Breaks recorded in the history, unless the history is off or unusable.
std::function<void(runner::BreakOutcome, std::int64_t)> recorder(Context& ctx, const runner::LocalTime& time) {
    std::shared_ptr<store::History> history;
    if (ctx.settings().log) {
        history = open_history(ctx);
    }
    if (!history) {
        return {};
    }
    return [history, &time](runner::BreakOutcome outcome, std::int64_t now) {
        if (const auto kind = store::parse_break_kind(runner::name_of(outcome))) {
            history->record_break(*kind, now - time.utc_offset());
        }
    };
}

// --mode: active needs an idle source; without one the clock counts, said once.
void choose_mode(Context& ctx, const RemindOptions& options, idle::Choice& choice, runner::ReminderSchedule& schedule,
                 runner::ReminderActions& actions) {
    if (options.mode == "fixed") {
        return;
    }
    choice = idle::choose_source(ctx.env());
    if (!choice.source) {
        if (options.mode == "active") {
            ctx.err() << "backroutine: warning: no idle source works here (see `backroutine doctor`); "
                         "counting the clock as --mode fixed does\n";
        }
        return;
    }
    schedule.count_active_only(k_natural_seconds);
    actions.idle = [source = choice.source.get()] { return source->idle_seconds(); };
}

// Pause and status go through the runtime directory: `remind pause` writes
// the end of the pause there, `status` reads what this process publishes.
void share_state(Context& ctx, const Resolved& resolved, const runner::LocalTime& time, bool active,
                 runner::ReminderActions& actions) {
    const auto dir = store::runtime_dir(ctx.env());
    // A pause, or a `backroutine run` playing (at 1x: its time is a break
    // being taken): nothing rings, and the interval starts again after it.
    actions.paused_until = [dir, &time](std::int64_t now) -> std::optional<std::int64_t> {
        if (const auto until = store::read_pause(dir, now - time.utc_offset())) {
            return *until + time.utc_offset();
        }
        const auto runs = store::running_runs(dir);
        if (std::any_of(runs.begin(), runs.end(), [](const store::RunState& run) { return run.speed == 1.0; })) {
            return now + runner::ReminderSchedule::k_look_every; // looked at again then
        }
        return std::nullopt;
    };
    auto last = std::make_shared<std::int64_t>(-1);
    store::ReminderState state{static_cast<int>(::getpid()), 0, resolved.routine->id, active ? "active" : "fixed"};
    actions.publish = [dir, last, state, &time](std::int64_t due) mutable {
        if (due != *last) { // written when it changes, not at every look
            *last = due;
            state.next_break = due - time.utc_offset();
            store::publish_reminder(dir, state);
        }
    };
}

// Notifications, the break's routine, and the user's hooks around them.
void add_hooks(Context& ctx, const Resolved& resolved, runner::Hooks& hooks, runner::ReminderActions& actions,
               std::shared_ptr<BreakNotifier> notifier) {
    auto routine_of = [&resolved](runner::BreakKind kind) {
        return kind == runner::BreakKind::micro ? resolved.micro : resolved.routine;
    };
    auto fire = [&ctx, &hooks, routine_of](std::string_view event, runner::BreakKind kind, std::string outcome) {
        const model::Routine* routine = routine_of(kind);
        runner::HookVars vars{{"BACKROUTINE_BREAK", kind == runner::BreakKind::micro ? "micro" : "desk"},
                              {"BACKROUTINE_ROUTINE", routine->id},
                              {"BACKROUTINE_ROUTINE_NAME", util::sanitize(routine->name)}};
        if (!outcome.empty()) {
            vars.emplace_back("BACKROUTINE_OUTCOME", std::move(outcome));
        }
        hooks.fire(event, vars);
        for (const auto& problem : hooks.take_problems()) {
            ctx.err() << "backroutine: warning: " << problem << "\n";
        }
    };
    actions.announce = [fire, notifier, &resolved](runner::BreakKind kind, std::int64_t) {
        fire("break-due", kind, "");
        return notifier && notifier->announce(notice_of(resolved, kind));
    };
    if (notifier) {
        actions.withdraw = [notifier] { notifier->withdraw(); };
    }
    actions.start_break = [&ctx, fire, routine_of, notifier](runner::BreakKind kind) {
        fire("break-start", kind, "");
        if (!ctx.in_is_terminal() || !ctx.out_is_terminal()) { // started from the notification
            const std::string problem = notifier ? notifier->run_in_new_terminal(routine_of(kind)->id) : "";
            if (!problem.empty()) {
                ctx.err() << "backroutine: warning: " << problem << "\n";
                return runner::Ending::quit; // no window opened: the break counts as skipped
            }
            return runner::Ending::completed;
        }
        RunOptions run;
        run.routine.ref = routine_of(kind)->id;
        return play(ctx, run);
    };
    actions.settled = [fire](runner::BreakKind kind, runner::BreakOutcome outcome) {
        if (outcome == runner::BreakOutcome::taken || outcome == runner::BreakOutcome::natural) {
            fire("break-done", kind, std::string(runner::name_of(outcome)));
        } else if (outcome == runner::BreakOutcome::skipped) {
            fire("break-skipped", kind, "skipped");
        }
    };
}

// The terminal's prompt, or plain lines on a pipe or in a service.
std::unique_ptr<runner::ReminderView> make_view(Context& ctx, const Resolved& resolved, bool prompt) {
    runner::BreakRoutines names{resolved.routine->name, resolved.micro ? resolved.micro->name : ""};
    if (prompt) {
        return std::make_unique<runner::TerminalReminderView>(ctx.out(), std::move(names), k_snooze_seconds,
                                                              resolved.between, ctx.quiet);
    }
    return std::make_unique<runner::PlainReminderView>(ctx.out(), std::move(names), resolved.between);
}

void remind(Context& ctx, const RemindOptions& options) {
    const Resolved resolved = resolve(ctx, options);
    const bool prompt = ctx.in_is_terminal() && ctx.out_is_terminal();
    runner::SteadyClock clock;
    std::unique_ptr<runner::LocalTime> time;
    if (options.speed == 1.0) {
        time = std::make_unique<runner::SystemLocalTime>(clock);
    } else {
        const runner::SystemLocalTime system(clock);
        time = std::make_unique<runner::ScaledLocalTime>(clock, system.now(), options.speed, system.utc_offset());
    }
    runner::ReminderSchedule schedule(resolved.every, resolved.between, k_snooze_seconds, time->now());
    std::optional<runner::ReminderSchedule> micro;
    if (resolved.micro != nullptr) {
        micro.emplace(resolved.micro_every, resolved.between, k_snooze_seconds, time->now());
    }
    runner::SignalPipe signals; // a run started from here nests its own inside
    runner::TerminalInput input(clock, signals, prompt ? STDIN_FILENO : -1, runner::TerminalInput::Keys::lines);
    const auto view = make_view(ctx, resolved, prompt);
    runner::ReminderActions actions;
    idle::Choice idle_choice;
    choose_mode(ctx, options, idle_choice, schedule, actions);
    if (micro && schedule.active_only()) {
        micro->count_active_only(k_micro_natural);
    }
    actions.record = recorder(ctx, *time);
    share_state(ctx, resolved, *time, schedule.active_only(), actions);
    runner::Hooks hooks(ctx.settings().hooks);
    add_hooks(ctx, resolved, hooks, actions, resolved.notify ? std::make_shared<BreakNotifier>(ctx, input) : nullptr);
    runner::ReminderOptions loop_options{.prompt = prompt, .once = options.once};
    const runner::ReminderEnd end =
        runner::remind_loop(schedule, *time, input, *view, actions, loop_options, micro ? &*micro : nullptr);
    store::withdraw_reminder(store::runtime_dir(ctx.env()), static_cast<int>(::getpid()));
    ctx.exit_code = end == runner::ReminderEnd::interrupted ? static_cast<int>(ExitCode::interrupted) : 0;
}

void pause(Context& ctx, const std::string& length) {
    const auto seconds = model::parse_interval(length);
    if (!seconds) {
        throw Error("pause '" + util::sanitize(length) + "' " + seconds.error, ExitCode::usage);
    }
    const runner::SteadyClock clock;
    const runner::SystemLocalTime time(clock);
    const std::int64_t until = time.now() + *seconds.value;
    const auto dir = store::runtime_dir(ctx.env());
    store::write_pause(dir, until - time.utc_offset());
    ctx.out() << "Reminders paused until " << runner::clock_text(until)
              << (store::running_reminders(dir).empty() ? " (none is running now)" : "") << ".\n";
}

void resume(Context& ctx) {
    const auto dir = store::runtime_dir(ctx.env());
    store::clear_pause(dir);
    ctx.out() << "Reminders resumed" << (store::running_reminders(dir).empty() ? " (none is running now)" : "")
              << ".\n";
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
    cmd->add_option("--mode", options->mode,
                    "active: only time at the keyboard counts, being away 5 min counts as a break (default when "
                    "idle time can be read); fixed: the clock counts (reading, video)")
        ->check(CLI::IsMember({"active", "fixed"}));
    cmd->add_option("--micro", options->micro,
                    "Posture resets between desk breaks: every 20m (default) of activity, another interval, or off")
        ->type_name("INTERVAL|off");
    cmd->add_option("--speed", options->speed, "Let time pass this many times faster (previews and tests)")
        ->check(CLI::Range(0.01, 10000.0));
    auto length = std::make_shared<std::string>();
    auto* pause_cmd = cmd->add_subcommand("pause", "Keep the running reminders quiet for a while: pause 2h");
    pause_cmd->add_option("length", *length, "How long: 30m, 2h")->required();
    auto* resume_cmd = cmd->add_subcommand("resume", "End a pause");
    cmd->require_subcommand(0, 1);
    cmd->callback([&ctx, options, pause_cmd, resume_cmd, length] {
        if (pause_cmd->parsed()) {
            pause(ctx, *length);
        } else if (resume_cmd->parsed()) {
            resume(ctx);
        } else {
            remind(ctx, *options);
        }
    });
}

} // namespace br::cli
