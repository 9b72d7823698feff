#include "commands.hpp"
#include "routine_options.hpp"

#include <backroutine/render/json.hpp>
#include <backroutine/render/plan.hpp>

#include <memory>

namespace br::cli {

void add_plan(CLI::App& app, Context& ctx) {
    struct Options {
        RoutineOptions routine;
        std::string format = "text";
    };
    auto options = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("plan", "Show a routine's timeline minute by minute, and its total");
    add_routine_options(*cmd, options->routine, ctx.flags);
    cmd->add_option("--format", options->format, "text or json")->check(CLI::IsMember({"text", "json"}));
    cmd->callback([&ctx, options] {
        const model::Timeline timeline = timeline_for(ctx, options->routine);
        print(ctx, options->format == "json" ? render::dump(render::plan_json(timeline)) + "\n"
                                             : render::plan_text(timeline, ctx.style(), ctx.columns()));
    });
}

} // namespace br::cli
