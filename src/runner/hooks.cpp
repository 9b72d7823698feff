#include <backroutine/runner/hooks.hpp>
#include <backroutine/runner/spawn.hpp>
#include <backroutine/util/text.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/wait.h>

namespace br::runner {

Hooks::~Hooks() {
    reap(); // what is still running finishes on its own; init reaps it
}

void Hooks::fire(std::string_view event, const HookVars& vars) {
    reap();
    const auto found = m_commands.find(std::string(event));
    if (found == m_commands.end() || found->second.empty()) {
        return;
    }
    std::vector<std::string> env{"BACKROUTINE_EVENT=" + std::string(event)};
    for (const auto& [name, value] : vars) {
        env.push_back(name + "=" + value);
    }
    const Spawned child = spawn_quiet(found->second, env);
    if (child.error != 0) {
        problem(found->first,
                "cannot start '" + util::sanitize(found->second.front()) + "' (" + std::strerror(child.error) + ")");
        return;
    }
    m_running.emplace_back(child.pid, found->first);
}

std::vector<std::string> Hooks::take_problems() {
    reap();
    return std::exchange(m_problems, {});
}

std::size_t Hooks::running() {
    reap();
    return m_running.size();
}

// Collects the hooks that have ended; one that failed is a problem.
void Hooks::reap() {
    for (auto it = m_running.begin(); it != m_running.end();) {
        int status = 0;
        const int got = ::waitpid(it->first, &status, WNOHANG);
        if (got == 0 || (got < 0 && errno == EINTR)) {
            ++it;
            continue;
        }
        if (got == it->first && WIFEXITED(status) && WEXITSTATUS(status) != 0) {
            problem(it->second, "exited with status " + std::to_string(WEXITSTATUS(status)));
        } else if (got == it->first && WIFSIGNALED(status)) {
            problem(it->second, std::string("was killed by signal ") + std::to_string(WTERMSIG(status)));
        }
        it = m_running.erase(it);
    }
}

void Hooks::problem(const std::string& event, const std::string& text) {
    if (std::find(m_said.begin(), m_said.end(), event) != m_said.end()) {
        return;
    }
    m_said.push_back(event);
    m_problems.push_back("the " + event + " hook " + text + "; it is not said again");
}

} // namespace br::runner
