#include "commands.hpp"

#include <backroutine/render/json.hpp>
#include <backroutine/render/listing.hpp>

#include <memory>

namespace br::cli {

void add_safety(CLI::App& app, Context& ctx) {
    auto format = std::make_shared<std::string>("text");
    auto* cmd = app.add_subcommand("safety", "What to avoid, and when to see a professional");
    cmd->add_option("--format", *format, "text or json")->check(CLI::IsMember({"text", "json"}));
    cmd->callback([&ctx, format] {
        const auto& safety = ctx.catalog().safety;
        print(ctx, *format == "json" ? render::dump(render::to_json(safety, ctx.catalog())) + "\n"
                                     : render::safety_text(safety, ctx.catalog(), ctx.style()));
    });
}

} // namespace br::cli
