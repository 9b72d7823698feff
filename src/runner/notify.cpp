#include <backroutine/runner/notify.hpp>
#include <backroutine/runner/spawn.hpp>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

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

NotificationQuestion::NotificationQuestion(const std::string& title, const std::string& body) {
    int ends[2] = {-1, -1};
    if (::pipe2(ends, O_CLOEXEC) != 0) {
        m_problem = std::string("cannot ask in a notification (") + std::strerror(errno) + ")";
        return;
    }
    const Spawned child = spawn_quiet({"notify-send", "--app-name=backroutine", "--action=start=Start",
                                       "--action=snooze=Snooze", "--action=skip=Skip", title, escape_markup(body)},
                                      {}, ends[1]);
    ::close(ends[1]);
    if (child.error != 0) {
        ::close(ends[0]);
        m_problem = std::string("cannot start notify-send (") + std::strerror(child.error) + ")";
        return;
    }
    m_pid = child.pid;
    m_fd = ends[0];
}

NotificationQuestion::~NotificationQuestion() {
    if (m_pid > 0 && !reap(false)) {
        ::kill(m_pid, SIGINT); // notify-send closes its notification on SIGINT
        if (!reap_soon()) {
            ::kill(m_pid, SIGKILL);
            reap(true);
        }
    }
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

bool NotificationQuestion::reap(bool wait) {
    if (m_status >= 0) {
        return true;
    }
    int status = 0;
    if (::waitpid(m_pid, &status, wait ? 0 : WNOHANG) != m_pid) {
        return false;
    }
    m_status = status;
    return true;
}

bool NotificationQuestion::reap_soon() {
    for (int tries = 0; tries < 20; ++tries) { // up to 0.2 s
        if (reap(false)) {
            return true;
        }
        ::usleep(10'000);
    }
    return reap(false);
}

std::string NotificationQuestion::failure() {
    if (!m_problem.empty() || m_pid <= 0) {
        return m_problem;
    }
    if (!reap_soon()) { // asked once its output has ended: notify-send is ending
        return {};
    }
    if (!WIFEXITED(m_status) || WEXITSTATUS(m_status) != 0) {
        return "notify-send failed (is a notification service running?)";
    }
    return {};
}

} // namespace br::runner
