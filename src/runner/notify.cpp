#include <backroutine/runner/notify.hpp>
#include <backroutine/runner/spawn.hpp>

#include <cstring>
#include <sys/wait.h>

namespace br::runner {

std::string notify(const std::string& title, const std::string& body) {
    const Spawned child = spawn_quiet({"notify-send", "--app-name=backroutine", title, body});
    if (child.error != 0) {
        return std::string("cannot start notify-send (") + std::strerror(child.error) + ")";
    }
    int status = 0;
    if (::waitpid(child.pid, &status, 0) != child.pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        return "notify-send failed (is a notification service running?)";
    }
    return {};
}

} // namespace br::runner
