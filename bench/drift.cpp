// Measures, on the real clock at 1x, how late a routine ends against its
// plan and how much CPU the run loop uses while it waits.
// Usage: bench_drift SECONDS [RUNS]   (prints one line per run, then medians)
#include <backroutine/runner/presenter.hpp>
#include <backroutine/runner/run_loop.hpp>
#include <backroutine/runner/terminal.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>

namespace {

using namespace br;

// A routine of `seconds`, in 10-second holds like a real one's boundaries.
model::Timeline synthetic(int seconds) {
    model::Timeline timeline;
    timeline.id = "bench";
    timeline.name = "Bench";
    model::TimelineStep step;
    step.exercise = "bench";
    step.name = "Bench";
    step.seconds = seconds;
    timeline.steps.push_back(step);
    int now = 0;
    while (now < seconds) {
        model::Segment segment;
        segment.kind = model::SegmentKind::hold;
        segment.start = now;
        segment.duration = std::min(10, seconds - now);
        segment.step = 0;
        segment.name = "Bench";
        timeline.segments.push_back(segment);
        now += segment.duration;
    }
    model::Segment done;
    done.kind = model::SegmentKind::done;
    done.start = now;
    timeline.segments.push_back(done);
    timeline.total = now;
    return timeline;
}

// Records when the finish happened.
class Stopwatch final : public runner::Presenter {
public:
    explicit Stopwatch(const runner::Clock& clock) : m_clock(clock) {}
    void update(const runner::Session&, const std::vector<runner::Event>& events, runner::Time) override {
        for (const auto& event : events) {
            if (event.kind == runner::Event::Kind::finish) {
                finished = m_clock.now();
            }
        }
    }
    void finish(const runner::Session&, runner::Ending, runner::Time) override {}
    runner::Time finished{0};

private:
    const runner::Clock& m_clock;
};

double cpu_seconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_drift SECONDS [RUNS]\n");
        return 2;
    }
    const int seconds = std::atoi(argv[1]);
    const int runs = argc > 2 ? std::atoi(argv[2]) : 3;
    std::vector<double> drifts;
    std::vector<double> cpu;
    for (int run = 0; run < runs; ++run) {
        const model::Timeline timeline = synthetic(seconds);
        runner::Session session(timeline);
        runner::SteadyClock clock;
        runner::SignalPipe signals;
        runner::TerminalInput input(clock, signals, -1);
        Stopwatch stopwatch(clock);
        const double cpu_before = cpu_seconds();
        const runner::Time start = clock.now();
        runner::run_loop(session, clock, input, stopwatch);
        // The session starts at its first call to the clock, a few microseconds after `start`.
        const double drift_ms =
            static_cast<double>((stopwatch.finished - start - runner::Time(seconds * 1'000'000LL)).count()) / 1000.0;
        const double cpu_share = (cpu_seconds() - cpu_before) / seconds * 100.0;
        drifts.push_back(drift_ms);
        cpu.push_back(cpu_share);
        std::printf("run %d: %d s routine, ended %.3f ms late, CPU %.4f %% of a core\n", run + 1, seconds, drift_ms,
                    cpu_share);
    }
    std::printf("median: %d s routine, drift %.3f ms, CPU %.4f %% of a core (%d runs)\n", seconds, median(drifts),
                median(cpu), runs);
    return 0;
}
