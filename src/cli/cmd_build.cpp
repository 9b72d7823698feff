#include "commands.hpp"

#include <backroutine/error.hpp>
#include <backroutine/plan/builder.hpp>
#include <backroutine/render/yaml.hpp>
#include <backroutine/util/text.hpp>

#include <algorithm>
#include <ctime>
#include <memory>

namespace br::cli {
namespace {

struct BuildOptions {
    int minutes = 15;
    std::string focus = "prevention";
    std::string equipment;
    std::vector<std::string> positions;
    bool acute = false;
    std::optional<std::uint64_t> seed;
    std::string name;
};

// Today's date as a number, so that without --seed the routine changes daily.
std::uint64_t seed_of_the_day() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return static_cast<std::uint64_t>(local.tm_year + 1900) * 10000 +
           static_cast<std::uint64_t>(local.tm_mon + 1) * 100 + static_cast<std::uint64_t>(local.tm_mday);
}

// "band and foam-roller, with a chair and a mat": the kit a built routine's exercises need.
std::string kit_words(const model::Catalog& catalog, const model::Routine& routine) {
    std::vector<std::string> kit;
    for (const auto& step : routine.steps) {
        const auto* exercise = catalog.find_exercise(step.exercise);
        for (const auto item : exercise != nullptr ? exercise->equipment : std::vector<model::Equipment>{}) {
            const std::string name(model::name_of(item));
            if (item != model::Equipment::chair && item != model::Equipment::mat &&
                std::find(kit.begin(), kit.end(), name) == kit.end()) {
                kit.push_back(name);
            }
        }
    }
    std::string words;
    for (std::size_t i = 0; i < kit.size(); ++i) {
        words += (i == 0 ? "" : i + 1 == kit.size() ? " and " : ", ") + kit[i];
    }
    return (words.empty() ? std::string("only") : words + ", with") + " a chair and a mat";
}

void build(Context& ctx, const BuildOptions& options) {
    plan::BuildRequest request;
    request.minutes = options.minutes;
    request.focus = plan::parse_focus(options.focus).value_or(plan::Focus::prevention);
    if (!options.equipment.empty()) {
        request.equipment = model::parse_equipment_list(options.equipment).value;
    }
    for (const auto& position : options.positions) {
        request.positions.push_back(*model::parse_enum<model::Position>(position));
    }
    request.acute = options.acute;
    const auto& settings = ctx.settings();
    request.intensity = settings.intensity.value_or(model::RoutineIntensity::standard);
    request.seed = options.seed.value_or(seed_of_the_day());
    request.name = options.name;
    const model::Routine routine = plan::build(ctx.catalog(), request, settings.timing);
    if (!request.equipment && !ctx.quiet) {
        ctx.err() << "backroutine: no --equipment given, so any kit may be picked; this routine uses "
                  << kit_words(ctx.catalog(), routine) << " (--equipment none keeps to those two)\n";
    }
    print(ctx, render::routine_file_yaml(routine));
}

} // namespace

void add_build(CLI::App& app, Context& ctx) {
    auto options = std::make_shared<BuildOptions>();
    auto* cmd = app.add_subcommand("build", "Make a routine from flags and print it as routine YAML");
    cmd->add_option("--minutes", options->minutes, "Length to fit, within 10 % (5 to 60)")->check(CLI::Range(5, 60));
    cmd->add_option("--focus", options->focus,
                    "relief (gentle exercises only), prevention, mobility, strength, stretch or release")
        ->check(CLI::IsMember(plan::focus_names()));
    cmd->add_option("--equipment", options->equipment,
                    "Kit at hand, comma-separated (band,foam-roller,tennis-ball,doorway,wall,pillow) or none; "
                    "a chair and a mat are assumed")
        ->check(equipment_list());
    cmd->add_option("--position", options->positions, "Allowed positions, comma-separated")
        ->delimiter(',')
        ->check(CLI::IsMember(model::names_of<model::Position>()));
    cmd->add_flag("--acute", options->acute, "Pain is acute: gentle doses, no overhead, vigorous or resistance work");
    cmd->add_option("--intensity", ctx.flags.intensity, "gentle, standard or full")
        ->check(CLI::IsMember(model::names_of<model::RoutineIntensity>()));
    cmd->add_option("--seed", options->seed, "Same flags and seed give the same routine (default: today's date)")
        ->check(CLI::Validator(
            [](const std::string& text) {
                return text.find_first_not_of("0123456789") == std::string::npos && !text.empty() && text.size() <= 19
                           ? std::string()
                           : "--seed must be a whole number from 0 to 9999999999999999999";
            },
            "N"));
    cmd->add_option("--name", options->name,
                    "Name of the routine; its id is made from it (\"Morning stretch\" → morning-stretch). "
                    "Without it the id holds the seed")
        ->check(CLI::Validator(
            [](const std::string& text) {
                const std::string clean = util::sanitize(text);
                return clean.find_first_not_of(' ') == std::string::npos ? std::string("--name must not be blank")
                       : clean != text ? std::string("--name must not hold control characters")
                                       : std::string();
            },
            "NAME"));
    cmd->callback([&ctx, options] { build(ctx, *options); });
}

} // namespace br::cli
