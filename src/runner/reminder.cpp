#include <backroutine/runner/reminder.hpp>

#include <algorithm>

namespace br::runner {
namespace {

constexpr std::int64_t k_day = 86400;

} // namespace

ReminderSchedule::ReminderSchedule(std::int64_t every, std::optional<Window> between, std::int64_t snooze,
                                   std::int64_t now)
    : m_every(every), m_between(between), m_snooze(snooze), m_last_seen(now) {
    m_due = next_open(now) + m_every;
}

bool ReminderSchedule::inside(std::int64_t now) const {
    return !m_between || m_between->contains(static_cast<int>(model::second_of_day(now) / 60));
}

std::int64_t ReminderSchedule::next_open(std::int64_t now) const {
    if (inside(now)) {
        return now;
    }
    const std::int64_t midnight = now - model::second_of_day(now);
    std::int64_t open = midnight + static_cast<std::int64_t>(m_between->start) * 60;
    if (open <= now) {
        open += k_day;
    }
    return open;
}

ReminderSchedule::Noticed ReminderSchedule::observe(std::int64_t now, std::optional<double> idle) {
    const std::int64_t step = now - m_last_seen;
    Noticed noticed = Noticed::nothing;
    if (step > m_every || now < m_last_seen) {
        m_due = next_open(now) + m_every; // a gap counts as a break (or the clock was set back)
    } else if (!inside(now)) {
        m_due = std::max(m_due, next_open(now) + m_every);
    } else if (m_natural > 0 && idle) {
        const auto idle_seconds = static_cast<std::int64_t>(*idle);
        m_due += std::clamp<std::int64_t>(idle_seconds, 0, std::max<std::int64_t>(step, 0)); // idle time does not count
        if (idle_seconds >= m_natural && !m_natural_taken) {
            m_natural_taken = true;
            m_due = now + m_every;
            noticed = Noticed::natural_break;
        } else if (idle_seconds < m_natural) {
            m_natural_taken = false;
        }
    }
    m_last_seen = now;
    return noticed;
}

bool ReminderSchedule::due(std::int64_t now) const {
    return now >= m_due && inside(now);
}

void ReminderSchedule::restart(std::int64_t now) {
    m_last_seen = now;
    m_due = next_open(now) + m_every;
}

void ReminderSchedule::snooze(std::int64_t now) {
    m_last_seen = now;
    m_due = now + m_snooze;
}

std::int64_t ReminderSchedule::wake_at(std::int64_t now) const {
    return std::min(m_due, now + k_look_every);
}

} // namespace br::runner
