#pragma once
#include <string>
#include <vector>

namespace br::runner {

/// A started child process, or why it could not start.
struct Spawned {
    int pid = -1;
    int error = 0; // errno from posix_spawnp, 0 when it started
};

/// Starts `args` (found on $PATH) without a shell, with stdin, stdout and
/// stderr on /dev/null so it can never write over the screen; `env` adds
/// (or replaces) NAME=value entries of the environment. With `out_fd`, the
/// child's stdout goes there instead (the write end of a pipe).
Spawned spawn_quiet(std::vector<std::string> args, const std::vector<std::string>& env = {}, int out_fd = -1);

} // namespace br::runner
