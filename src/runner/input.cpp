#include <backroutine/runner/input.hpp>

namespace br::runner {

std::optional<Command> command_for_key(char key) {
    switch (key) {
    case ' ':
    case 'p':
        return Command::toggle_pause;
    case 'n':
        return Command::next;
    case '\r':
    case '\n':
        return Command::start_now;
    case 'b':
        return Command::back;
    case '+':
    case '=':
        return Command::add_time;
    case '-':
    case '_':
        return Command::take_time;
    case 'm':
        return Command::toggle_mute;
    case 'q':
    case 'Q':
        return Command::quit;
    default:
        return std::nullopt;
    }
}

Input ScriptedInput::wait(Time deadline) {
    if (!m_script.empty() && m_script.front().first <= deadline) {
        auto [when, input] = m_script.front();
        m_script.pop_front();
        m_clock.sleep_until(when);
        return input;
    }
    m_clock.sleep_until(deadline);
    return {};
}

} // namespace br::runner
