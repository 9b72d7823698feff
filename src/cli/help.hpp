#pragma once
// Help and usage errors in people's words: no parser internals.
#include <backroutine/cli/context.hpp>

#include <CLI/CLI.hpp>

#include <memory>
#include <string>

namespace br::cli {

/// The help layout: plain value names (N, TEXT, PATH...) with the default
/// shown, no validator internals such as `INT:INT in [5 - 60]`.
std::shared_ptr<CLI::Formatter> plain_formatter();

/// A parse error as a sentence ("--minutes must be from 5 to 60, not 3"),
/// with a "did you mean" for a mistyped value.
std::string plain_error(const CLI::ParseError& error);

/// `help [COMMAND]`: the program's help or a command's, on stdout.
void add_help(CLI::App& app, Context& ctx);

} // namespace br::cli
