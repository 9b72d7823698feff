#include <backroutine/runner/notify.hpp>
#include <backroutine/runner/spawn.hpp>

#include <cstring>
#include <sys/wait.h>

namespace br::runner {

std::string escape_markup(std::string_view text) {
    std::string escaped;
    escaped.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            escaped += "&amp;";
            break;
        case '<':
            escaped += "&lt;";
            break;
        case '>':
            escaped += "&gt;";
            break;
        case '"':
            escaped += "&quot;";
            break;
        case '\'':
            escaped += "&apos;";
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

std::string notify(const std::string& title, const std::string& body) {
    const Spawned child = spawn_quiet({"notify-send", "--app-name=backroutine", title, escape_markup(body)});
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
