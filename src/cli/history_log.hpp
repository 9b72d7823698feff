#pragma once
// Recording runs in the history: shared by run and remind.
#include <backroutine/cli/context.hpp>
#include <backroutine/model/timeline.hpp>
#include <backroutine/runner/presenter.hpp>
#include <backroutine/runner/session.hpp>
#include <backroutine/store/history.hpp>

#include <memory>
#include <optional>

namespace br::cli {

/// The history database of this user, or null (with a warning printed) when
/// it cannot be used; a run goes on without it.
std::unique_ptr<store::History> open_history(Context& ctx);

/// Records a run from its start to its end; does nothing without a history.
class RunLog {
public:
    RunLog(store::History* history, const model::Timeline& timeline, std::optional<int> pain_before);
    /// Writes how the run ended and its figures.
    void finish(const runner::Summary& summary, runner::Ending ending, std::optional<int> pain_after);

private:
    store::History* m_history;
    store::SessionRecord m_record;
};

} // namespace br::cli
