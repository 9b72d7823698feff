#include <backroutine/cli/app.hpp>

#include <iostream>
#include <unistd.h>

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    const std::vector<std::string> args(argv + 1, argv + argc);
    return br::cli::run(args, {std::cout, std::cerr, br::store::process_env(), ::isatty(STDOUT_FILENO) == 1});
}
