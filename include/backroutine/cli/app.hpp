#pragma once
#include <backroutine/store/paths.hpp>

#include <iosfwd>
#include <map>
#include <string>
#include <vector>

namespace br::cli {

/// What the process gives the command line: streams, environment, terminal.
struct Io {
    std::ostream& out;
    std::ostream& err;
    store::EnvLookup env;
    bool out_is_terminal = false;
    int columns = 0; // the width tables fit: the terminal's, or $COLUMNS or 80 when piped; 0 for no limit
    bool in_is_terminal = false;
};

/// Every subcommand ("" for the program itself) with its long options, for
/// the tests that keep completions and the man page complete.
std::map<std::string, std::vector<std::string>> surface();

/// Runs backroutine with `args` (without the program name) and returns the
/// exit code; the only place where br::Error is caught.
int run(const std::vector<std::string>& args, Io io);

} // namespace br::cli
