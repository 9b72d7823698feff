#include "commands.hpp"

#include <backroutine/idle/source.hpp>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <memory>

namespace br::cli {
namespace {

void idle(Context& ctx, const std::string& format) {
    const idle::Choice choice = idle::choose_source(ctx.env());
    // A plain double (negative: unknown), not an optional: GCC 12 at -O2
    // warns falsely that an optional's value may be read uninitialised.
    const double seconds = choice.source ? choice.source->idle_seconds().value_or(-1.0) : -1.0;
    const bool known = seconds >= 0;
    const std::string source = choice.source ? choice.source->name() : "none";
    if (format == "json") {
        nlohmann::json out{{"source", source}, {"idle_seconds", nullptr}};
        if (known) {
            out["idle_seconds"] = std::round(seconds * 10) / 10;
        }
        for (const auto& passed : choice.passed) {
            out["passed_over"].push_back({{"source", passed.name}, {"why", passed.why}});
        }
        ctx.out() << out.dump() << "\n";
        return;
    }
    if (!known) {
        ctx.out() << "No idle source works here; remind counts the clock (--mode fixed).\n";
    } else {
        char text[64];
        std::snprintf(text, sizeof text, "%.1f", seconds);
        ctx.out() << "Idle for " << text << " s (source: " << source << ")\n";
    }
    if (!ctx.quiet) {
        for (const auto& passed : choice.passed) {
            ctx.out() << "  passed over " << passed.name << ": " << passed.why << "\n";
        }
    }
}

} // namespace

void add_idle(CLI::App& app, Context& ctx) {
    auto format = std::make_shared<std::string>("text");
    auto* cmd = app.add_subcommand("idle", "How long since the last key or mouse move, and where that comes from");
    cmd->add_option("--format", *format, "text or json")->check(CLI::IsMember({"text", "json"}));
    cmd->callback([&ctx, format] { idle(ctx, *format); });
}

} // namespace br::cli
