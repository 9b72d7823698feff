#include "commands.hpp"

#include <backroutine/error.hpp>
#include <backroutine/render/json.hpp>
#include <backroutine/render/listing.hpp>
#include <backroutine/render/yaml.hpp>
#include <backroutine/util/text.hpp>

#include <memory>

namespace br::cli {
namespace {

struct ShowOptions {
    std::string id;
    std::string format = "text";
};

void show(Context& ctx, const ShowOptions& options) {
    const model::Catalog& catalog = ctx.catalog();
    if (const auto* exercise = catalog.find_exercise(options.id)) {
        if (options.format == "json") {
            print(ctx, render::dump(render::to_json(*exercise)) + "\n");
        } else if (options.format == "yaml") {
            print(ctx, render::to_yaml(*exercise));
        } else {
            print(ctx, render::exercise_text(*exercise, ctx.style()));
        }
        return;
    }
    if (const auto* routine = catalog.find_routine(options.id)) {
        if (options.format == "json") {
            print(ctx, render::dump(render::to_json(*routine)) + "\n");
        } else if (options.format == "yaml") {
            print(ctx, render::to_yaml(*routine));
        } else {
            print(ctx, render::routine_text(*routine, catalog, ctx.style()));
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
    cmd->add_option("--format", options->format, "text, json or yaml (catalog format)")
        ->check(CLI::IsMember({"text", "json", "yaml"}));
    cmd->callback([&ctx, options] { show(ctx, *options); });
}

} // namespace br::cli
