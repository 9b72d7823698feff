#pragma once
#include <chrono>

namespace br::runner {

/// Time on a monotonic clock, in microseconds since the clock's origin.
using Time = std::chrono::microseconds;

/// The clock the run is timed by; injected so tests run on a fake one.
class Clock {
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual Time now() const = 0;
    virtual void sleep_until(Time deadline) = 0;
};

/// std::chrono::steady_clock.
class SteadyClock final : public Clock {
public:
    [[nodiscard]] Time now() const override;
    void sleep_until(Time deadline) override;
};

/// A clock that moves only when told to; sleeping jumps to the deadline.
class FakeClock final : public Clock {
public:
    [[nodiscard]] Time now() const override { return m_now; }
    void sleep_until(Time deadline) override;
    void advance(Time by) { m_now += by; }
    void set(Time to) { m_now = to; }

private:
    Time m_now{0};
};

} // namespace br::runner
