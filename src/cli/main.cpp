#include <backroutine/cli/app.hpp>

#include <cstdlib>
#include <iostream>
#include <sys/ioctl.h>
#include <unistd.h>

namespace {

// The width tables fit: the terminal's; piped, $COLUMNS or 80, as a person
// reads it in a pager or a file (scripts read --format tsv or json).
int output_columns(bool terminal) {
    winsize size{};
    if (terminal && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
        return size.ws_col;
    }
    const char* given = std::getenv("COLUMNS");
    const int columns = given != nullptr ? std::atoi(given) : 0;
    return columns >= 20 && columns <= 1000 ? columns : 80;
}

} // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    const std::vector<std::string> args(argv + 1, argv + argc);
    const bool terminal = ::isatty(STDOUT_FILENO) == 1;
    const int columns = output_columns(terminal);
    return br::cli::run(
        args, {std::cout, std::cerr, br::store::process_env(), terminal, columns, ::isatty(STDIN_FILENO) == 1});
}
