#include "history_log.hpp"

#include <backroutine/error.hpp>

#include <ctime>
#include <ostream>

namespace br::cli {

std::unique_ptr<store::History> open_history(Context& ctx) {
    const auto path = store::state_dir(ctx.env()) / "history.sqlite3";
    try {
        return std::make_unique<store::History>(path);
    } catch (const Error& error) {
        ctx.err() << "backroutine: warning: " << error.what() << "; this run is not recorded\n";
        return nullptr;
    }
}

RunLog::RunLog(store::History* history, const model::Timeline& timeline, std::optional<int> pain_before)
    : m_history(history) {
    m_record.started_at = static_cast<std::int64_t>(std::time(nullptr));
    m_record.routine_id = timeline.id;
    m_record.routine_name = timeline.name;
    m_record.planned_seconds = timeline.total;
    m_record.steps_total = static_cast<int>(timeline.steps.size());
    m_record.pain_before = pain_before;
    if (m_history != nullptr) {
        m_record.id = m_history->start(m_record);
    }
}

void RunLog::finish(const runner::Summary& summary, runner::Ending ending, std::optional<int> pain_after) {
    if (m_history == nullptr) {
        return;
    }
    m_record.actual_seconds = summary.active_seconds;
    m_record.steps_done = summary.steps_done;
    m_record.steps_skipped = summary.steps_skipped;
    m_record.ending = ending == runner::Ending::output_closed ? "interrupted" : std::string(runner::name_of(ending));
    m_record.pain_after = pain_after;
    m_history->finish(m_record);
}

} // namespace br::cli
