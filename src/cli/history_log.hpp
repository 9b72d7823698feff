#pragma once
// Recording runs in the history and asking how they felt: shared by run and remind.
#include <backroutine/cli/context.hpp>
#include <backroutine/model/timeline.hpp>
#include <backroutine/runner/presenter.hpp>
#include <backroutine/runner/session.hpp>
#include <backroutine/store/history.hpp>

#include <memory>
#include <optional>
#include <string>

namespace br::cli {

/// The history database of this user, or null (with a warning printed) when
/// it cannot be used; a run goes on without it.
std::unique_ptr<store::History> open_history(Context& ctx);

/// The history to read advice from, when one exists (it is never created
/// here); null otherwise.
std::unique_ptr<store::History> existing_history(Context& ctx);

/// The advice to see a professional from the history and the rating just
/// given; empty when there is none.
std::string professional_advice(const store::History* history, std::optional<int> rating);

/// Asks on the terminal (answers read from `in`, the question written to
/// `out`) for a pain rating 0-10 until the answer is one; Enter or the end of
/// input skips.
std::optional<int> ask_pain(int in, int out, const std::string& when);

/// How a run that ended early felt: the pain now and whether it stopped
/// because it hurt.
struct EarlyEnd {
    std::optional<int> pain;
    bool hurt = false;
};
EarlyEnd ask_early_end(int in, int out);

/// Records a run from its start to its end; does nothing without a history.
/// A history that fails mid-way is warned about once, and the run goes on.
class RunLog {
public:
    RunLog(store::History* history, const model::Timeline& timeline, std::optional<int> pain_before, std::ostream& err);
    /// Writes how the run ended and its figures: a run whose steps were all
    /// skipped is recorded as `skipped`.
    void finish(const runner::Summary& summary, runner::Ending ending, std::optional<int> pain_after,
                bool stopped_for_pain = false);

private:
    void write(bool first);

    store::History* m_history;
    store::SessionRecord m_record;
    std::ostream& m_err;
};

} // namespace br::cli
