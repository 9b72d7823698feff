#include "break_notifier.hpp"

#include <backroutine/runner/spawn.hpp>

#include <cerrno>
#include <cstring>
#include <sys/wait.h>
#include <unistd.h>

namespace br::cli {

bool BreakNotifier::announce(const std::string& body) {
    if (m_broken) {
        return false;
    }
    if (m_ask) {
        m_question = std::make_unique<runner::NotificationQuestion>("backroutine", body);
        if (m_question->fd() >= 0) {
            m_input.answers_from(m_question->fd());
            return true;
        }
        warn_once(m_question->failure(), false);
        m_question.reset();
        return false;
    }
    if (const std::string problem = runner::notify("backroutine", body); !problem.empty()) {
        warn_once(problem, false);
    }
    return false;
}

void BreakNotifier::withdraw() {
    m_input.answers_from(-1);
    if (!m_question) {
        return;
    }
    // notify-send that ended at once with an error found no server to ask.
    if (const std::string problem = m_question->failure(); !problem.empty()) {
        warn_once(problem, true);
    }
    m_question.reset(); // closes the notification if it is still up
}

void BreakNotifier::warn_once(const std::string& problem, bool ask_again) {
    if (ask_again && m_ask) {
        m_ask = false; // try once more without buttons before giving up
        m_ctx.err() << "backroutine: warning: " << problem << "; notifying without buttons\n";
        return;
    }
    m_broken = true;
    m_ctx.err() << "backroutine: warning: " << problem << "; reminding here only\n";
}

std::string BreakNotifier::run_in_new_terminal(const std::string& routine) {
    reap_windows();
    char self[4096];
    const ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1);
    const std::string program = n > 0 ? std::string(self, static_cast<std::size_t>(n)) : "backroutine";
    const runner::Spawned child = runner::spawn_quiet({"x-terminal-emulator", "-e", program, "run", routine});
    if (child.error != 0) {
        return std::string("cannot open a terminal for the break: x-terminal-emulator (") + std::strerror(child.error) +
               ")";
    }
    m_windows.push_back(child.pid);
    return {};
}

void BreakNotifier::reap_windows() {
    std::erase_if(m_windows, [](int pid) {
        int status = 0;
        return ::waitpid(pid, &status, WNOHANG) != 0;
    });
}

} // namespace br::cli
