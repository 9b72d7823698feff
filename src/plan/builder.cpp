#include <backroutine/error.hpp>
#include <backroutine/plan/builder.hpp>
#include <backroutine/util/text.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <random>

namespace br::plan {
namespace {

using model::Category;

constexpr int k_most_sets = 3; // the articles' "3 sets of 12"

constexpr std::array<std::string_view, 6> k_focus_names{"relief",   "prevention", "mobility",
                                                        "strength", "stretch",    "release"};

// The seeds' order of approach: warm up, release tension, mobilise, stretch, strengthen.
constexpr std::array<Category, 5> k_phases{Category::warm_up, Category::release, Category::mobility, Category::stretch,
                                           Category::strength};

// Share of each phase for a focus, in the order of k_phases.
std::array<int, 5> weights(Focus focus) {
    switch (focus) {
    case Focus::relief:
        return {0, 3, 3, 3, 1};
    case Focus::prevention:
        return {1, 1, 2, 2, 3};
    case Focus::mobility:
        return {1, 1, 4, 2, 0};
    case Focus::strength:
        return {1, 0, 1, 1, 4};
    case Focus::stretch:
        return {0, 1, 2, 4, 0};
    case Focus::release:
        return {0, 4, 1, 2, 0};
    }
    return {1, 1, 1, 1, 1};
}

std::string frequency_for(Focus focus, bool acute) {
    if (acute || focus == Focus::relief) {
        return "when pain is present";
    }
    return focus == Focus::prevention ? "daily or most days" : "3x per week";
}

std::size_t phase_of(Category category) {
    return static_cast<std::size_t>(std::find(k_phases.begin(), k_phases.end(), category) - k_phases.begin());
}

// Rank of a position from standing down to lying, so a phase can be walked
// in an order that keeps the user from getting up and down.
int level(model::Position position) {
    switch (position) {
    case model::Position::standing:
        return 0;
    case model::Position::seated:
        return 1;
    case model::Position::kneeling:
        return 2;
    case model::Position::quadruped:
        return 3;
    case model::Position::prone:
        return 4;
    case model::Position::side_lying:
        return 5;
    case model::Position::supine:
        return 6;
    }
    return 0;
}

bool allowed(const model::Exercise& exercise, const BuildRequest& request) {
    if (request.acute && avoid_when_acute(exercise)) {
        return false;
    }
    // Relief is for the moment it hurts: gentle exercises only, as Quick Relief has.
    if (request.focus == Focus::relief && exercise.intensity != model::Effort::gentle) {
        return false;
    }
    if (request.equipment && !model::fits_kit(exercise, *request.equipment)) {
        return false;
    }
    if (!request.positions.empty()) {
        // The usual position must be allowed: that is the one the timeline sets up.
        if (std::find(request.positions.begin(), request.positions.end(), exercise.position()) ==
            request.positions.end()) {
            return false;
        }
    }
    return true;
}

// A family is an exercise and its variants; a routine takes one of each.
std::string family(const model::Exercise& exercise) {
    return exercise.variant_of.empty() ? exercise.id : exercise.variant_of;
}

// True when `a` and `b` are one exercise for the person doing it: one family,
// or a user's copy of the other under a new id (the same name or steps).
bool same_exercise(const model::Exercise& a, const model::Exercise& b) {
    return family(a) == family(b) || util::lower(a.name) == util::lower(b.name) || a.steps == b.steps;
}

// Orders one stretch of exercises by phase, and inside a phase by position,
// walking up or down from `last_level` (where the stretch before it ended).
void arrange_block(std::vector<const model::Exercise*>::iterator first,
                   std::vector<const model::Exercise*>::iterator last, int& last_level) {
    std::stable_sort(first, last,
                     [](const auto* a, const auto* b) { return phase_of(a->category) < phase_of(b->category); });
    auto begin = first;
    while (begin != last) {
        auto end = std::find_if(begin, last,
                                [&](const auto* e) { return phase_of(e->category) != phase_of((*begin)->category); });
        int low = 99;
        int high = -1;
        for (auto it = begin; it != end; ++it) {
            low = std::min(low, level((*it)->position()));
            high = std::max(high, level((*it)->position()));
        }
        const bool descending = std::abs(last_level - high) < std::abs(last_level - low);
        std::stable_sort(begin, end, [descending](const auto* a, const auto* b) {
            return descending ? level(a->position()) > level(b->position())
                              : level(a->position()) < level(b->position());
        });
        last_level = level((*(end - 1))->position());
        begin = end;
    }
}

// Orders the chosen steps in at most three stretches, so the person gets
// down to the floor and back up at most once: the upright warm-up, then
// everything done on the floor, then the rest upright; each stretch in the
// seeds' order of phases.
void arrange(std::vector<const model::Exercise*>& chosen) {
    auto stretch_of = [](const model::Exercise* e) {
        if (model::on_floor(e->position())) {
            return 1;
        }
        return e->category == Category::warm_up ? 0 : 2;
    };
    std::stable_sort(chosen.begin(), chosen.end(),
                     [&](const auto* a, const auto* b) { return stretch_of(a) < stretch_of(b); });
    int last_level = 0;
    auto begin = chosen.begin();
    while (begin != chosen.end()) {
        auto end =
            std::find_if(begin, chosen.end(), [&](const auto* e) { return stretch_of(e) != stretch_of(*begin); });
        arrange_block(begin, end, last_level);
        begin = end;
    }
}

// The id a name gives: lowercase letters and digits, the rest hyphens
// ("Morning stretch" → "morning-stretch"); empty when nothing is left.
std::string id_from_name(const std::string& name) {
    std::string id;
    for (const char c : name) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) != 0 && byte < 0x80) {
            id += static_cast<char>(std::tolower(byte));
        } else if (!id.empty() && id.back() != '-') {
            id += '-';
        }
    }
    while (!id.empty() && id.back() == '-') {
        id.pop_back();
    }
    return id;
}

model::Routine make_routine(const std::vector<const model::Exercise*>& chosen, const std::map<std::string, int>& sets,
                            const BuildRequest& request) {
    model::Routine routine;
    routine.name = request.name.empty()
                       ? std::to_string(request.minutes) + "-minute " + std::string(name_of(request.focus)) + " routine"
                       : request.name;
    // Without a name the seed is part of the id, so two saved builds never clash.
    routine.id = id_from_name(request.name);
    if (routine.id.empty()) {
        routine.id = "built-" + std::to_string(request.minutes) + "-min-" + std::string(name_of(request.focus)) + "-" +
                     std::to_string(request.seed);
    }
    routine.description = "Built by backroutine for " + std::to_string(request.minutes) + " minutes, focus " +
                          std::string(name_of(request.focus)) + (request.acute ? ", for acute pain" : "") + " (seed " +
                          std::to_string(request.seed) + ").";
    routine.frequency = frequency_for(request.focus, request.acute);
    routine.intensity = request.acute ? model::RoutineIntensity::gentle : request.intensity;
    for (const auto* exercise : chosen) {
        model::RoutineStep step;
        step.exercise = exercise->id;
        if (const auto found = sets.find(exercise->id); found != sets.end() && found->second > 1) {
            model::Dose dose;
            dose.sets = model::Range{found->second, found->second};
            step.dose = dose;
        }
        routine.steps.push_back(std::move(step));
    }
    return routine;
}

} // namespace

std::string_view name_of(Focus focus) {
    return k_focus_names.at(static_cast<std::size_t>(focus));
}

std::vector<std::string> focus_names() {
    return {k_focus_names.begin(), k_focus_names.end()};
}

std::optional<Focus> parse_focus(std::string_view text) {
    const auto found = std::find(k_focus_names.begin(), k_focus_names.end(), text);
    if (found == k_focus_names.end()) {
        return std::nullopt;
    }
    return static_cast<Focus>(found - k_focus_names.begin());
}

int routine_seconds(const model::Catalog& catalog, const model::Routine& routine, const model::Timing& timing,
                    bool acute) {
    PlanOptions options;
    options.timing = timing;
    options.acute = acute;
    return expand(catalog, routine, options).total;
}

namespace {

using Pools = std::array<std::vector<const model::Exercise*>, k_phases.size()>;

// The allowed exercises per phase, in a shuffled order fixed by the seed.
Pools shuffled_pools(const model::Catalog& catalog, const BuildRequest& request) {
    std::mt19937_64 random(request.seed);
    Pools pools;
    for (const auto& exercise : catalog.exercises()) {
        if (allowed(exercise, request)) {
            pools[phase_of(exercise.category)].push_back(&exercise);
        }
    }
    for (auto& pool : pools) {
        for (std::size_t i = pool.size(); i > 1; --i) {
            std::swap(pool[i - 1], pool[static_cast<std::size_t>(random() % i)]);
        }
    }
    return pools;
}

// A routine being built: what is chosen, extra sets, and how long it runs.
class Draft {
public:
    Draft(const model::Catalog& catalog, const BuildRequest& request, const model::Timing& timing)
        : m_catalog(catalog), m_request(request), m_timing(timing) {}

    // Seconds the draft would run with `exercises` chosen, as expand()
    // counts them: the lead-in, then for each step its setup (which depends
    // on the step before) and its own length once set up (which does not,
    // so it is expanded once per exercise and number of sets, not again for
    // every draft).
    [[nodiscard]] int seconds_with(const std::vector<const model::Exercise*>& exercises) const {
        auto ordered = exercises;
        arrange(ordered);
        int seconds = m_timing.lead_in;
        model::Position position = model::Position::standing;
        const model::Exercise* previous = nullptr;
        for (const auto* exercise : ordered) {
            const auto own = own_seconds(*exercise);
            if (!own) {
                continue; // left out (acute pain), as expand leaves it out
            }
            seconds += setup_seconds(position, exercise->position(), m_timing) +
                       equipment_seconds(previous, *exercise, m_timing) + *own;
            position = exercise->position();
            previous = exercise;
        }
        return seconds;
    }
    [[nodiscard]] model::Routine routine() const {
        auto ordered = chosen;
        arrange(ordered);
        return make_routine(ordered, sets, m_request);
    }

    std::vector<const model::Exercise*> chosen;
    std::map<std::string, int> sets;
    int total = 0;

private:
    // An exercise's length at its sets once set up; none when expand leaves it out.
    [[nodiscard]] std::optional<int> own_seconds(const model::Exercise& exercise) const {
        const auto found = sets.find(exercise.id);
        const std::string key = exercise.id + "/" + std::to_string(found != sets.end() ? found->second : 1);
        if (const auto known = m_own.find(key); known != m_own.end()) {
            return known->second;
        }
        PlanOptions options;
        options.timing = m_timing;
        options.acute = m_request.acute;
        const auto alone = expand(m_catalog, make_routine({&exercise}, sets, m_request), options);
        std::optional<int> own;
        if (!alone.steps.empty()) {
            own = alone.steps.front().seconds - alone.segments.at(1).duration; // less its setup from standing
        }
        return m_own[key] = own;
    }

    const model::Catalog& m_catalog;
    const BuildRequest& m_request;
    const model::Timing& m_timing;
    mutable std::map<std::string, std::optional<int>> m_own; // by "id/sets"
};

// Takes exercises phase by phase in proportion to the focus, skipping any
// that would overshoot `high` or repeat one chosen, until `enough`.
void fill_by_phase(Draft& draft, Pools pools, Focus focus, int enough, int high) {
    const auto share = weights(focus);
    std::array<int, k_phases.size()> taken{};
    while (draft.total < enough) {
        std::size_t best = k_phases.size();
        double best_need = -1;
        for (std::size_t p = 0; p < k_phases.size(); ++p) {
            const double need = static_cast<double>(share[p]) / (taken[p] + 1);
            if (share[p] != 0 && !pools[p].empty() && need > best_need) {
                best_need = need;
                best = p;
            }
        }
        if (best == k_phases.size()) {
            return;
        }
        const model::Exercise* next = pools[best].front();
        pools[best].erase(pools[best].begin());
        if (std::any_of(draft.chosen.begin(), draft.chosen.end(),
                        [&](const auto* e) { return same_exercise(*e, *next); })) {
            continue;
        }
        auto trial = draft.chosen;
        trial.push_back(next);
        if (const int seconds = draft.seconds_with(trial); seconds <= high) {
            draft.chosen = std::move(trial);
            ++taken[best];
            draft.total = seconds;
        }
    }
}

// Still short: more sets of what was chosen, a set at a time round the
// routine, up to the articles' three; only of counted work (reps or holds)
// past the warm-up: sets of "walk around" or neck rolls pad, not train.
void add_sets(Draft& draft, int low, int high) {
    for (int round = 2; round <= k_most_sets && draft.total < low; ++round) {
        for (const auto* exercise : draft.chosen) {
            const int own = exercise->dose.sets ? exercise->dose.sets->high : 1;
            if (draft.total >= low || round <= own || exercise->category == Category::warm_up ||
                exercise->dose.work() == model::WorkKind::duration) {
                continue;
            }
            const int before = draft.sets[exercise->id];
            draft.sets[exercise->id] = round;
            if (const int seconds = draft.seconds_with(draft.chosen); seconds > high) {
                draft.sets[exercise->id] = before;
            } else {
                draft.total = seconds;
            }
        }
    }
}

} // namespace

model::Routine build(const model::Catalog& catalog, const BuildRequest& request, const model::Timing& timing) {
    if (request.minutes < 5 || request.minutes > 60) {
        throw Error("--minutes must be from 5 to 60", ExitCode::usage);
    }
    const int budget = request.minutes * 60;
    const int low = budget * 9 / 10;
    const int high = budget * 11 / 10;
    Draft draft(catalog, request, timing);
    fill_by_phase(draft, shuffled_pools(catalog, request), request.focus, budget - budget / 20, high);
    add_sets(draft, low, high);
    if (draft.chosen.empty() || draft.total < low) {
        throw Error("cannot fill " + std::to_string(request.minutes) +
                        " minutes with the exercises these limits allow (" + std::to_string(draft.chosen.size()) +
                        " fit, about " + std::to_string((draft.total + 30) / 60) +
                        " min); allow more equipment or positions, or ask for fewer minutes",
                    ExitCode::failure);
    }
    return draft.routine();
}

} // namespace br::plan
