#include <backroutine/runner/local_time.hpp>

#include <cmath>
#include <ctime>

namespace br::runner {
namespace {

constexpr double k_micro = 1e6;

} // namespace

std::int64_t SystemLocalTime::now() const {
    return static_cast<std::int64_t>(std::time(nullptr)) + utc_offset();
}

std::int64_t SystemLocalTime::utc_offset() const {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return local.tm_gmtoff;
}

Time SystemLocalTime::when(std::int64_t local) const {
    return m_clock.now() + std::chrono::seconds(local - now());
}

ScaledLocalTime::ScaledLocalTime(const Clock& clock, std::int64_t origin, double speed, std::int64_t offset)
    : m_clock(clock), m_origin(origin), m_start(clock.now()), m_speed(speed), m_offset(offset) {}

std::int64_t ScaledLocalTime::now() const {
    const double elapsed = static_cast<double>((m_clock.now() - m_start).count()) / k_micro * m_speed;
    return m_origin + m_jumped + static_cast<std::int64_t>(std::floor(elapsed));
}

Time ScaledLocalTime::when(std::int64_t local) const {
    const double seconds = static_cast<double>(local - m_origin - m_jumped) / m_speed;
    return m_start + Time(static_cast<std::int64_t>(std::ceil(seconds * k_micro)));
}

} // namespace br::runner
