#pragma once
#include <backroutine/runner/clock.hpp>

#include <cstdint>

namespace br::runner {

/// Local wall-clock time in whole seconds (Unix time plus the UTC offset),
/// tied to the monotonic clock the waiting is done on. Reminder windows
/// follow the clock on the wall; a jump of the wall clock past the monotonic
/// one (a suspend) shows as a gap.
class LocalTime {
public:
    virtual ~LocalTime() = default;
    [[nodiscard]] virtual std::int64_t now() const = 0;
    /// The monotonic time at which local second `local` comes.
    [[nodiscard]] virtual Time when(std::int64_t local) const = 0;
    /// Seconds the local time is ahead of UTC now (Unix time = local - offset).
    [[nodiscard]] virtual std::int64_t utc_offset() const = 0;
};

/// The system's clock and time zone.
class SystemLocalTime final : public LocalTime {
public:
    explicit SystemLocalTime(const Clock& clock) : m_clock(clock) {}
    [[nodiscard]] std::int64_t now() const override;
    [[nodiscard]] Time when(std::int64_t local) const override;
    [[nodiscard]] std::int64_t utc_offset() const override;

private:
    const Clock& m_clock;
};

/// Local time running `speed` times faster than `clock` from `origin`: the
/// fake clock's local time in tests (with `jump` for a suspend), and
/// `remind --speed` for previews.
class ScaledLocalTime final : public LocalTime {
public:
    ScaledLocalTime(const Clock& clock, std::int64_t origin, double speed = 1.0, std::int64_t offset = 0);
    [[nodiscard]] std::int64_t now() const override;
    [[nodiscard]] Time when(std::int64_t local) const override;
    [[nodiscard]] std::int64_t utc_offset() const override { return m_offset; }
    /// Moves the wall clock on without the monotonic one (the machine slept).
    void jump(std::int64_t seconds) { m_jumped += seconds; }

private:
    const Clock& m_clock;
    std::int64_t m_origin;
    Time m_start;
    double m_speed;
    std::int64_t m_offset;
    std::int64_t m_jumped = 0;
};

} // namespace br::runner
