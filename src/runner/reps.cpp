#include <backroutine/runner/reps.hpp>

#include <algorithm>
#include <cmath>

namespace br::runner {

Time scaled_millis(long long millis, double speed) {
    return Time(std::llround(static_cast<double>(millis) * 1e3 / speed));
}

Time rep_length(const model::Segment& segment, double speed) {
    return std::max(Time(1), scaled_millis(static_cast<long long>(segment.rep_seconds) * 1000, speed));
}

RepMoment rep_moment(const model::Segment& segment, int reps, Time into, double speed) {
    RepMoment moment;
    const Time length = rep_length(segment, speed);
    const int count = std::max(1, reps) * (segment.alternate ? 2 : 1);
    moment.index = static_cast<int>(std::clamp<std::int64_t>(into / length, 0, count - 1));
    moment.rep = segment.alternate ? moment.index / 2 + 1 : moment.index + 1;
    if (segment.alternate) {
        moment.side = moment.index % 2 == 0 ? model::Side::left : model::Side::right;
    }
    const Time rep_start = length * moment.index;
    const Time within = into - rep_start;
    // Phase ends are placed by their cumulative milliseconds, so rounding never drifts within a rep.
    long long millis = 0;
    Time start = rep_start;
    for (std::size_t i = 0; i < segment.phases.size(); ++i) {
        millis += segment.phases[i].millis;
        const Time end = i + 1 == segment.phases.size() ? rep_start + length : rep_start + scaled_millis(millis, speed);
        if (within < end - rep_start || i + 1 == segment.phases.size()) {
            moment.phase = i;
            moment.phase_start = start;
            moment.phase_end = end;
            return moment;
        }
        start = end;
    }
    moment.phase_start = rep_start;
    moment.phase_end = rep_start + length;
    return moment;
}

} // namespace br::runner
