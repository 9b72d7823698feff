#pragma once
#include <backroutine/store/paths.hpp>

#include <iosfwd>
#include <string>
#include <vector>

namespace br::cli {

/// What the process gives the command line: streams, environment, terminal.
struct Io {
    std::ostream& out;
    std::ostream& err;
    store::EnvLookup env;
    bool out_is_terminal = false;
    int columns = 0; // the terminal's width when stdout is one
};

/// Runs backroutine with `args` (without the program name) and returns the
/// exit code; the only place where br::Error is caught.
int run(const std::vector<std::string>& args, Io io);

} // namespace br::cli
