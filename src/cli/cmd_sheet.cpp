#include "commands.hpp"
#include "routine_options.hpp"

#include <backroutine/render/sheet.hpp>
#include <backroutine/store/atomic_file.hpp>

#include <memory>

namespace br::cli {
namespace {

struct SheetOptions {
    RoutineOptions routine;
    std::string format = "text";
    std::string output;
    bool week = false;
    std::string paper; // a4 or letter; empty: from the locale
};

render::Paper paper_of(Context& ctx, const std::string& paper) {
    if (!paper.empty()) {
        return paper == "letter" ? render::Paper::letter : render::Paper::a4;
    }
    for (const char* name : {"LC_PAPER", "LC_ALL", "LANG"}) {
        if (auto value = ctx.env()(name); value && !value->empty()) {
            return render::paper_for_locale(*value);
        }
    }
    return render::Paper::a4;
}

void sheet(Context& ctx, const SheetOptions& options) {
    const model::Timeline timeline = timeline_for(ctx, options.routine);
    render::Sheet sheet = render::make_sheet(timeline, ctx.catalog().safety, options.week);
    sheet.paper = paper_of(ctx, options.paper);
    const std::string text = options.format == "html"       ? render::sheet_html(sheet)
                             : options.format == "markdown" ? render::sheet_markdown(sheet)
                                                            : render::sheet_text(sheet);
    if (options.output.empty() || options.output == "-") {
        print(ctx, text);
        return;
    }
    store::write_file_atomically(options.output, text);
    if (!ctx.quiet) {
        ctx.err() << "wrote " << options.output << "\n";
    }
}

} // namespace

void add_sheet(CLI::App& app, Context& ctx) {
    auto options = std::make_shared<SheetOptions>();
    auto* cmd = app.add_subcommand("sheet", "A printable routine sheet: text, Markdown or HTML");
    add_routine_options(*cmd, options->routine, ctx.flags);
    cmd->add_option("--format", options->format, "text (80 columns), markdown or html")
        ->check(CLI::IsMember({"text", "markdown", "html"}));
    cmd->add_option("-o,--output", options->output,
                    "Write to FILE (atomically, through a symlink, keeping its mode; a regular file only) instead of "
                    "standard output")
        ->type_name("FILE");
    cmd->add_flag("--week", options->week, "Add a tracking grid shaped by the routine's frequency");
    cmd->add_option("--paper", options->paper, "a4 or letter (HTML; default from the locale, else A4)")
        ->check(CLI::IsMember({"a4", "letter"}));
    cmd->callback([&ctx, options] { sheet(ctx, *options); });
}

} // namespace br::cli
