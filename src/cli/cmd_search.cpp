#include "commands.hpp"

#include <backroutine/catalog/query.hpp>
#include <backroutine/error.hpp>
#include <backroutine/render/json.hpp>
#include <backroutine/render/listing.hpp>

#include <memory>

namespace br::cli {
namespace {

struct SearchOptions {
    std::vector<std::string> words;
    std::string format = "table";
};

void search(Context& ctx, const SearchOptions& options) {
    const auto hits = catalog::search(ctx.catalog(), options.words);
    if (options.format == "json") {
        auto out = nlohmann::json::array();
        for (const auto& hit : hits) {
            auto item = hit.exercise ? render::to_json(*hit.exercise, ctx.catalog())
                                     : render::to_json(*hit.routine, ctx.catalog());
            item["kind"] = hit.exercise ? "exercise" : "routine";
            out.push_back(std::move(item));
        }
        print(ctx, render::dump(out) + "\n");
    } else if (!hits.empty()) {
        print(ctx, render::search_text(hits, ctx.style(), ctx.columns()));
    }
    if (hits.empty()) {
        if (!ctx.quiet) {
            ctx.err() << "backroutine: nothing matches; try fewer words, or 'backroutine list'\n";
        }
        ctx.exit_code = static_cast<int>(ExitCode::failure);
    }
}

} // namespace

void add_search(CLI::App& app, Context& ctx) {
    auto options = std::make_shared<SearchOptions>();
    auto* cmd = app.add_subcommand("search", "Find exercises and routines by name, alias, target or purpose");
    cmd->add_option("words", options->words, "Words that must all match")->required();
    cmd->add_option("--format", options->format, "table or json")->check(CLI::IsMember({"table", "json"}));
    cmd->callback([&ctx, options] { search(ctx, *options); });
}

} // namespace br::cli
