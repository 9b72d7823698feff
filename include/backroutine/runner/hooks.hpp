#pragma once
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace br::runner {

/// Details handed to a hook in its environment, as NAME and value.
using HookVars = std::vector<std::pair<std::string, std::string>>;

/// The user's commands for events (termdown's --exec-cmd, the hooks of a
/// pomodoro timer): started without a shell, with stdin and output on
/// /dev/null and BACKROUTINE_EVENT plus the event's details in their
/// environment; never waited for, so a slow hook cannot hold the timer up.
/// A hook that cannot start or that fails is said once, not at every event.
class Hooks {
public:
    explicit Hooks(std::map<std::string, std::vector<std::string>> commands) : m_commands(std::move(commands)) {}
    ~Hooks();
    Hooks(const Hooks&) = delete;
    Hooks& operator=(const Hooks&) = delete;

    /// Starts the command set for `event`, if any.
    void fire(std::string_view event, const HookVars& vars);
    /// What went wrong since the last call, each hook's first problem only.
    std::vector<std::string> take_problems();
    /// How many hooks started are still running.
    [[nodiscard]] std::size_t running();

private:
    void reap();
    void problem(const std::string& event, const std::string& text);

    std::map<std::string, std::vector<std::string>> m_commands;
    std::vector<std::pair<int, std::string>> m_running; // pid and event of hooks not yet reaped
    std::vector<std::string> m_said;                    // events whose problem has been said
    std::vector<std::string> m_problems;
};

} // namespace br::runner
