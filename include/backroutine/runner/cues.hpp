#pragma once
#include <backroutine/runner/session.hpp>

#include <optional>
#include <string>
#include <vector>

namespace br::runner {

/// Whether `event` rings the bell: the start of an exercise's work, switch
/// sides, rest, each of the last three seconds, and the end.
bool rings(const Event& event, const model::Timeline& timeline);

/// The words spoken for `event` with --voice, if any.
std::optional<std::string> spoken(const Event& event, const model::Timeline& timeline);

/// Speaks through a command (espeak-ng by default), started without a shell
/// and never waited for; a missing or failing command is reported once.
class Voice {
public:
    explicit Voice(std::vector<std::string> command);
    ~Voice();
    Voice(const Voice&) = delete;
    Voice& operator=(const Voice&) = delete;

    void say(const std::string& text);
    /// A problem to tell the user about, once; empty when there is none.
    std::string take_problem();

private:
    void reap();

    std::vector<std::string> m_command;
    std::vector<int> m_children;
    bool m_broken = false;
    std::string m_problem;
};

} // namespace br::runner
