#include "commands.hpp"
#include "routine_options.hpp"

#include <backroutine/catalog/query.hpp>
#include <backroutine/error.hpp>
#include <backroutine/render/json.hpp>
#include <backroutine/render/listing.hpp>

#include <memory>

namespace br::cli {
namespace {

struct ListOptions {
    std::string what = "exercises";
    std::string format = "table";
    std::string category;
    std::string position;
    std::string equipment;
    std::string target;
};

catalog::Filter make_filter(const ListOptions& options) {
    catalog::Filter filter;
    if (!options.category.empty()) {
        filter.category = model::parse_enum<model::Category>(options.category);
    }
    if (!options.position.empty()) {
        filter.position = model::parse_enum<model::Position>(options.position);
    }
    if (!options.equipment.empty()) {
        filter.equipment = model::parse_equipment_list(options.equipment).value;
    }
    if (!options.target.empty()) {
        filter.target = options.target;
    }
    return filter;
}

// Prints items in the chosen format: JSON objects, TSV or a table.
template <typename T>
void print_listing(Context& ctx, const std::string& format, const std::vector<const T*>& items,
                   const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                   std::vector<std::size_t> optional = {}) {
    if (format == "json") {
        auto out = nlohmann::json::array();
        for (const auto* item : items) {
            out.push_back(render::to_json(*item, ctx.catalog()));
        }
        print(ctx, render::dump(out) + "\n");
    } else if (format == "tsv") {
        print(ctx, render::tsv(header, rows));
    } else {
        render::TableFit fit;
        fit.total_width = ctx.columns();
        fit.optional = std::move(optional);
        print(ctx, render::table(header, rows, ctx.style(), fit));
    }
}

void list_exercises(Context& ctx, const ListOptions& options) {
    const auto exercises = catalog::filter_exercises(ctx.catalog(), make_filter(options));
    // Narrow: the name goes first (the id says it), then the category.
    print_listing(ctx, options.format, exercises, render::exercise_header(), render::exercise_rows(exercises), {1, 2});
}

void list_routines(Context& ctx, const ListOptions& options) {
    if (!options.category.empty() || !options.position.empty() || !options.equipment.empty() ||
        !options.target.empty()) {
        throw Error("--category, --position, --equipment and --target filter exercises, not routines", ExitCode::usage);
    }
    std::vector<const model::Routine*> routines;
    for (const auto& routine : ctx.catalog().routines()) {
        routines.push_back(&routine);
    }
    std::vector<int> seconds;
    for (const auto* routine : routines) {
        seconds.push_back(planned_seconds(ctx, *routine));
    }
    print_listing(ctx, options.format, routines, render::routine_header(), render::routine_rows(routines, seconds));
}

} // namespace

void add_list(CLI::App& app, Context& ctx) {
    auto options = std::make_shared<ListOptions>();
    auto* cmd = app.add_subcommand("list", "List exercises (default) or routines");
    cmd->add_option("what", options->what, "exercises or routines")->check(CLI::IsMember({"exercises", "routines"}));
    cmd->add_option("--category", options->category, "Only this category")
        ->check(CLI::IsMember(model::names_of<model::Category>()));
    cmd->add_option("--position", options->position, "Only exercises done in this position")
        ->check(CLI::IsMember(model::names_of<model::Position>()));
    cmd->add_option("--equipment", options->equipment,
                    "Only exercises needing nothing beyond this comma-separated kit (band,foam-roller,tennis-ball,"
                    "doorway,wall,pillow) or none; a chair and a mat are assumed")
        ->check(equipment_list());
    cmd->add_option("--target", options->target, "Only exercises for this body area (e.g. thoracic-spine)");
    cmd->add_option("--format", options->format, "table, json or tsv")->check(CLI::IsMember({"table", "json", "tsv"}));
    cmd->callback([&ctx, options] {
        if (options->what == "routines") {
            list_routines(ctx, *options);
        } else {
            list_exercises(ctx, *options);
        }
    });
}

} // namespace br::cli
