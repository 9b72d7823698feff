#include <backroutine/runner/clock.hpp>

#include <thread>

namespace br::runner {

Time SteadyClock::now() const {
    return std::chrono::duration_cast<Time>(std::chrono::steady_clock::now().time_since_epoch());
}

void SteadyClock::sleep_until(Time deadline) {
    std::this_thread::sleep_until(std::chrono::steady_clock::time_point(deadline));
}

void FakeClock::sleep_until(Time deadline) {
    if (deadline > m_now) {
        m_now = deadline;
    }
}

} // namespace br::runner
