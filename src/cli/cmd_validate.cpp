#include "commands.hpp"

#include <backroutine/catalog/builtin.hpp>
#include <backroutine/catalog/loader.hpp>
#include <backroutine/error.hpp>

#include <memory>

namespace br::cli {
namespace {

// Checks the files as one layer over the configured catalog, so their
// routines may use built-in exercises; reports every problem at once.
void validate(Context& ctx, const std::vector<std::string>& files) {
    std::vector<catalog::Layer> layers;
    for (const auto& path : ctx.user_layers()) {
        layers.push_back(catalog::read_layer(path));
    }
    catalog::Layer given{"files", {}};
    bool unreadable = false;
    for (const auto& file : files) {
        try {
            given.files.push_back({file == "-" ? "<stdin>" : file, catalog::read_input_file(file)});
        } catch (const Error& error) {
            ctx.err() << "backroutine: error: " << error.what() << "\n";
            unreadable = true;
        }
    }
    std::vector<std::string> names;
    for (const auto& file : given.files) {
        names.push_back(file.name);
    }
    layers.push_back(std::move(given));
    const catalog::Loaded loaded = catalog::load_layers(std::move(layers), catalog::builtin_catalog());
    for (const auto& message : loaded.unreadable) {
        ctx.err() << "backroutine: error: " << message << "\n";
        unreadable = true;
    }
    ctx.err() << catalog::format_all(loaded.diagnostics);
    if (!loaded.diagnostics.empty()) {
        ctx.exit_code = static_cast<int>(ExitCode::data);
    } else if (unreadable) {
        ctx.exit_code = static_cast<int>(ExitCode::no_input);
    } else if (!ctx.quiet) {
        for (const auto& name : names) {
            ctx.out() << name << ": ok\n";
        }
    }
}

} // namespace

void add_validate(CLI::App& app, Context& ctx) {
    auto files = std::make_shared<std::vector<std::string>>();
    auto* cmd = app.add_subcommand("validate", "Check catalog or routine files; every problem as FILE:LINE:COL");
    cmd->add_option("files", *files, "Files to check (- for standard input)")->required();
    cmd->callback([&ctx, files] { validate(ctx, *files); });
}

} // namespace br::cli
