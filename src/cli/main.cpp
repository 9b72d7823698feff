#include <backroutine/cli/app.hpp>

#include <iostream>
#include <sys/ioctl.h>
#include <unistd.h>

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    const std::vector<std::string> args(argv + 1, argv + argc);
    const bool terminal = ::isatty(STDOUT_FILENO) == 1;
    winsize size{};
    const int columns = terminal && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 ? size.ws_col : 0;
    return br::cli::run(
        args, {std::cout, std::cerr, br::store::process_env(), terminal, columns, ::isatty(STDIN_FILENO) == 1});
}
