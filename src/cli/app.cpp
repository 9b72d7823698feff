#include "commands.hpp"
#include "help.hpp"

#include <backroutine/cli/app.hpp>
#include <backroutine/error.hpp>
#include <backroutine/util/text.hpp>

#include <algorithm>
#include <map>
#include <ostream>
#include <sstream>

namespace br::cli {
namespace {

constexpr const char* k_version = "backroutine 0.1.0";

constexpr const char* k_footer = R"(Exit status:
  0    success
  1    runtime failure (also a run whose terminal closed)
  2    usage error (unknown command or option, bad value)
  3    a run stopped early with q
  65   invalid catalog, routine or config data
  66   a file that cannot be read
  130  interrupted by Ctrl-C (or Ctrl-\)
  143  a run ended by SIGTERM

Stop any exercise that increases your pain. See `backroutine safety`.)";

std::vector<std::string> subcommand_names(const CLI::App& app) {
    std::vector<std::string> names;
    for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
        names.push_back(sub->get_name());
    }
    return names;
}

// Long options of the app and, once known, of the chosen subcommand.
std::vector<std::string> long_options(const CLI::App& app, const CLI::App* command) {
    std::vector<std::string> names{"--help"};
    auto add = [&names](const CLI::App& from) {
        for (const auto* option : from.get_options()) {
            for (const auto& name : option->get_lnames()) {
                names.push_back("--" + name);
            }
        }
    };
    add(app);
    if (command != nullptr) {
        add(*command);
        for (const auto* sub : command->get_subcommands([](const CLI::App*) { return true; })) {
            add(*sub); // history delete --yes
        }
    }
    return names;
}

// Catches a mistyped command or option before CLI11 can mistake it for a
// positional value, so the user gets a "did you mean".
void check_words(const CLI::App& app, const std::vector<std::string>& args) {
    const auto commands = subcommand_names(app);
    const CLI::App* command = nullptr;
    // The command comes first, after any global options and their values.
    for (std::size_t i = 0; i < args.size() && command == nullptr; ++i) {
        if (args[i] == "--") {
            break;
        }
        if (args[i] == "--catalog") {
            ++i;
        } else if (!args[i].starts_with("-")) {
            if (std::find(commands.begin(), commands.end(), args[i]) == commands.end()) {
                throw Error("unknown command '" + util::sanitize(args[i]) + "'" + util::did_you_mean(args[i], commands),
                            ExitCode::usage);
            }
            command = app.get_subcommand(args[i]);
        }
    }
    const auto options = long_options(app, command);
    for (const auto& arg : args) {
        if (arg == "--") {
            break;
        }
        if (arg.starts_with("--")) {
            const std::string flag = arg.substr(0, arg.find('='));
            if (std::find(options.begin(), options.end(), flag) == options.end()) {
                const std::string where = command != nullptr ? " for '" + command->get_name() + "'" : "";
                throw Error("unknown option '" + util::sanitize(flag) + "'" + where + util::did_you_mean(flag, options),
                            ExitCode::usage);
            }
        }
    }
}

// "list " when the error is in the list command's arguments, so the hint points at its help.
std::string help_topic(const CLI::App& app, const std::vector<std::string>& args) {
    const auto commands = subcommand_names(app);
    for (const auto& arg : args) {
        if (std::find(commands.begin(), commands.end(), arg) != commands.end()) {
            return arg + " ";
        }
    }
    return "";
}

} // namespace

CLI::Validator equipment_list() {
    return CLI::Validator([](const std::string& text) { return model::parse_equipment_list(text).error; }, "LIST|none");
}

void print(Context& ctx, const std::string& text) {
    if (!text.empty()) {
        ctx.out() << text;
    }
}

namespace {

// The whole command line: global options and every subcommand.
void build_app(CLI::App& app, Context& ctx) {
    app.formatter(plain_formatter());
    app.option_defaults()->always_capture_default();
    app.set_version_flag("--version", k_version);
    app.require_subcommand(1);
    app.fallthrough();
    app.add_option("--catalog", ctx.catalog_paths, "Add a catalog file or directory (repeatable, later wins)")
        ->type_name("PATH");
    app.add_flag("--no-color", ctx.flags.no_color, "Never use colour");
    app.add_flag("-q,--quiet", ctx.quiet, "Print only data and errors");

    add_list(app, ctx);
    add_show(app, ctx);
    add_search(app, ctx);
    add_validate(app, ctx);
    add_safety(app, ctx);
    add_plan(app, ctx);
    add_build(app, ctx);
    add_run(app, ctx);
    add_sheet(app, ctx);
    add_history(app, ctx);
    add_log(app, ctx);
    add_stats(app, ctx);
    add_remind(app, ctx);
    add_idle(app, ctx);
    add_status(app, ctx);
    add_completion(app, ctx);
    add_doctor(app, ctx);
    add_help(app, ctx);
    // The exit-status table is the program's: set last, so no command inherits it.
    app.footer(k_footer);
}

} // namespace

std::map<std::string, std::vector<std::string>> surface() {
    std::ostringstream sink;
    Context ctx(Io{sink, sink, [](std::string_view) { return std::optional<std::string>(); }, false, 0});
    CLI::App app{"", "backroutine"};
    build_app(app, ctx);
    std::map<std::string, std::vector<std::string>> out;
    auto long_names = [](const CLI::App& from) {
        std::vector<std::string> names;
        for (const auto* option : from.get_options()) {
            for (const auto& name : option->get_lnames()) {
                names.push_back("--" + name);
            }
        }
        return names;
    };
    out[""] = long_names(app);
    for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
        out[sub->get_name()] = long_names(*sub);
    }
    return out;
}

int run(const std::vector<std::string>& args, Io io) {
    Context ctx(io);
    CLI::App app{"Routine builder and timer for upper-back pain.", "backroutine"};
    build_app(app, ctx);

    std::vector<std::string> reversed(args.rbegin(), args.rend());
    try {
        try {
            check_words(app, args);
            app.parse(reversed);
        } catch (const CLI::ParseError& error) {
            if (error.get_exit_code() == 0) {
                return app.exit(error, io.out, io.err);
            }
            if (args.empty() && dynamic_cast<const CLI::RequiredError*>(&error) != nullptr) {
                io.err << app.help();
                return static_cast<int>(ExitCode::usage);
            }
            io.err << "backroutine: error: " << plain_error(error) << "\n"
                   << "Run 'backroutine " << help_topic(app, args) << "--help' for usage.\n";
            return static_cast<int>(ExitCode::usage);
        }
        io.out.flush();
        // A full disk or a closed file behind stdout: the data did not arrive, so say so.
        if (io.out.fail() && ctx.exit_code == 0) {
            io.err << "backroutine: error: cannot write output\n";
            return static_cast<int>(ExitCode::failure);
        }
        return ctx.exit_code;
    } catch (const Error& error) { // every fatal error ends here, printed once
        io.out.flush();
        io.err << "backroutine: error: " << error.what() << "\n";
        return static_cast<int>(error.code());
    } catch (const std::exception& error) {
        // Not a br::Error: a library threw where the code should have checked
        // first. Say so plainly rather than pass its terse text off as advice.
        io.out.flush();
        io.err << "backroutine: internal error: " << error.what() << " (a bug; please report it)\n";
        return static_cast<int>(ExitCode::failure);
    }
}

} // namespace br::cli
