#include "commands.hpp"
#include "routine_options.hpp"

#include <backroutine/error.hpp>
#include <backroutine/render/figure.hpp>
#include <backroutine/render/json.hpp>
#include <backroutine/render/listing.hpp>
#include <backroutine/render/yaml.hpp>
#include <backroutine/util/text.hpp>

#include <algorithm>
#include <cctype>
#include <memory>

namespace br::cli {
namespace {

struct ShowOptions {
    std::string id;
    std::string format = "text";
    bool figure = false; // draw it even when piped
    std::string pose;    // svg: this keyframe, still
};

std::string svg(const model::Figure& figure, const ShowOptions& options) {
    if (options.pose.empty()) {
        return render::figure_svg_animated(figure, 320);
    }
    const model::Pose* pose = figure.find(options.pose);
    if (pose == nullptr) {
        std::vector<std::string> names;
        for (const auto& key : figure.keyframes) {
            names.push_back(key.name);
        }
        throw Error("the figure has no pose '" + util::sanitize(options.pose) + "'" +
                        util::did_you_mean(options.pose, names),
                    ExitCode::usage);
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + render::figure_svg(figure, *pose, false, 320) + "\n";
}

// The start and end poses in braille, under the text, on a UTF-8 terminal or when asked.
std::string figure_lines(Context& ctx, const model::Exercise& exercise, bool asked) {
    if (!exercise.figure || !(asked || (ctx.out_is_terminal() && ctx.utf8_locale()))) {
        return {};
    }
    std::string out = "\n";
    // Indented by two within the terminal's width (no limit: as if 80).
    const int width = (ctx.columns() == 0 ? 80 : static_cast<int>(ctx.columns())) - 2;
    for (const auto& line : render::figure_text(*exercise.figure, width, 24, 9, ctx.style().color)) {
        out += "  " + line + "\n";
    }
    return out;
}

void show(Context& ctx, const ShowOptions& options) {
    const model::Catalog& catalog = ctx.catalog();
    if (const auto* exercise = catalog.find_exercise(options.id)) {
        if (options.format == "json") {
            print(ctx, render::dump(render::to_json(*exercise, catalog)) + "\n");
        } else if (options.format == "yaml") {
            print(ctx, render::to_yaml(*exercise));
        } else if (options.format == "svg") {
            if (!exercise->figure) {
                throw Error("'" + util::sanitize(options.id) + "' has no figure to draw", ExitCode::failure);
            }
            print(ctx, svg(*exercise->figure, options));
        } else {
            print(ctx, render::exercise_text(*exercise, catalog, ctx.style()) +
                           figure_lines(ctx, *exercise, options.figure));
        }
        return;
    }
    if (const auto* routine = catalog.find_routine(options.id)) {
        if (options.format == "svg") {
            throw Error("only an exercise has a figure; '" + util::sanitize(options.id) + "' is a routine",
                        ExitCode::usage);
        }
        if (options.format == "json") {
            print(ctx, render::dump(render::to_json(*routine, catalog)) + "\n");
        } else if (options.format == "yaml") {
            print(ctx, render::to_yaml(*routine));
        } else {
            print(ctx, render::routine_text(*routine, catalog, ctx.style(), planned_seconds(ctx, *routine)));
        }
        return;
    }
    auto ids = catalog.exercise_ids();
    const auto routines = catalog.routine_ids();
    ids.insert(ids.end(), routines.begin(), routines.end());
    throw Error("no exercise or routine '" + util::sanitize(options.id) + "'" + ctx.why_missing(options.id, ids),
                ExitCode::usage);
}

} // namespace

void add_show(CLI::App& app, Context& ctx) {
    auto options = std::make_shared<ShowOptions>();
    auto* cmd = app.add_subcommand("show", "Show one exercise or routine in full");
    cmd->add_option("id", options->id, "Exercise or routine id")->required();
    cmd->add_option("--format", options->format, "text, json, yaml (catalog format) or svg (the exercise's figure)")
        ->check(CLI::IsMember({"text", "json", "yaml", "svg"}));
    cmd->add_flag("--figure", options->figure, "Draw the figure in braille even when not on a terminal");
    cmd->add_option("--pose", options->pose, "With --format svg: draw this keyframe still (start, end, hold...)");
    cmd->callback([&ctx, options] { show(ctx, *options); });
}

} // namespace br::cli
