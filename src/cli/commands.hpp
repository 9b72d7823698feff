#pragma once
// Each subcommand binds its options and calls into the library; one file each.
#include <backroutine/catalog/builtin.hpp>
#include <backroutine/cli/context.hpp>

#include <CLI/CLI.hpp>

namespace br::cli {

void add_list(CLI::App& app, Context& ctx);
void add_show(CLI::App& app, Context& ctx);
void add_search(CLI::App& app, Context& ctx);
void add_validate(CLI::App& app, Context& ctx);
void add_safety(CLI::App& app, Context& ctx);
void add_plan(CLI::App& app, Context& ctx);
void add_build(CLI::App& app, Context& ctx);
void add_run(CLI::App& app, Context& ctx);
void add_sheet(CLI::App& app, Context& ctx);
void add_history(CLI::App& app, Context& ctx);
void add_log(CLI::App& app, Context& ctx);
void add_stats(CLI::App& app, Context& ctx);
void add_remind(CLI::App& app, Context& ctx);
void add_completion(CLI::App& app, Context& ctx);
void add_doctor(CLI::App& app, Context& ctx);
void add_idle(CLI::App& app, Context& ctx);
void add_status(CLI::App& app, Context& ctx);

/// The completion scripts, embedded at build time from completions/.
std::span<const catalog::EmbeddedFile> completion_files();

/// A CLI11 validator for `none` or a comma-separated equipment list.
CLI::Validator equipment_list();

/// Writes `text` to stdout unless it is empty.
void print(Context& ctx, const std::string& text);

} // namespace br::cli
