#pragma once
#include <backroutine/runner/presenter.hpp>
#include <backroutine/store/run_state.hpp>

#include <filesystem>

namespace br::cli {

/// What `status` is told of `session` at `now`.
store::RunState run_state(const runner::Session& session, runner::Time now, int pid);

/// Shows a run through `inner` and keeps its state file for `status` in
/// `dir` beside it: written at the start, when a segment starts, on pause,
/// resume and +/-, and removed when the run finishes or this goes out of
/// scope, however the run ends. A presenter, because the run loop tells its
/// presenter of every one of those moments (the pause before a Ctrl-Z stop
/// included) and of every ending.
class RunPublisher final : public runner::ForwardingPresenter {
public:
    RunPublisher(runner::Presenter& inner, std::filesystem::path dir, int pid);
    ~RunPublisher() override;
    RunPublisher(const RunPublisher&) = delete;
    RunPublisher& operator=(const RunPublisher&) = delete;

    void update(const runner::Session& session, const std::vector<runner::Event>& events, runner::Time now) override;
    void finish(const runner::Session& session, runner::Ending ending, runner::Time now) override;

private:
    std::filesystem::path m_dir;
    int m_pid;
    bool m_published = false;
};

} // namespace br::cli
