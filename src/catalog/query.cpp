#include <backroutine/catalog/query.hpp>
#include <backroutine/util/text.hpp>

#include <algorithm>

namespace br::catalog {
namespace {

bool contains(const std::string& haystack, const std::string& needle) {
    return util::lower(haystack).find(needle) != std::string::npos;
}

// Score of one word against weighted fields; 0 when no field contains it.
int score_word(const std::string& word, const std::vector<std::pair<const std::string*, int>>& fields) {
    int best = 0;
    for (const auto& [field, weight] : fields) {
        if (contains(*field, word)) {
            best = std::max(best, weight);
        }
    }
    return best;
}

int score(const std::vector<std::string>& words, const std::vector<std::pair<const std::string*, int>>& fields) {
    int total = 0;
    for (const auto& word : words) {
        const int one = score_word(word, fields);
        if (one == 0) {
            return 0;
        }
        total += one;
    }
    return total;
}

} // namespace

bool matches(const model::Exercise& exercise, const Filter& filter) {
    if (filter.category && exercise.category != *filter.category) {
        return false;
    }
    if (filter.position &&
        std::find(exercise.positions.begin(), exercise.positions.end(), *filter.position) == exercise.positions.end()) {
        return false;
    }
    if (filter.equipment && !model::fits_kit(exercise, *filter.equipment)) {
        return false;
    }
    if (filter.target &&
        std::find(exercise.targets.begin(), exercise.targets.end(), *filter.target) == exercise.targets.end()) {
        return false;
    }
    return true;
}

std::vector<const model::Exercise*> filter_exercises(const model::Catalog& catalog, const Filter& filter) {
    std::vector<const model::Exercise*> out;
    for (const auto& exercise : catalog.exercises()) {
        if (matches(exercise, filter)) {
            out.push_back(&exercise);
        }
    }
    return out;
}

std::vector<Hit> search(const model::Catalog& catalog, const std::vector<std::string>& words) {
    std::vector<std::string> lowered;
    for (const auto& word : words) {
        if (!word.empty()) {
            lowered.push_back(util::lower(word));
        }
    }
    std::vector<Hit> hits;
    if (lowered.empty()) {
        return hits;
    }
    for (const auto& exercise : catalog.exercises()) {
        std::vector<std::pair<const std::string*, int>> fields{{&exercise.id, 10}, {&exercise.name, 10}};
        for (const auto& alias : exercise.aliases) {
            fields.emplace_back(&alias, 8);
        }
        for (const auto& target : exercise.targets) {
            fields.emplace_back(&target, 5);
        }
        fields.emplace_back(&exercise.why, 2);
        if (const int s = score(lowered, fields); s > 0) {
            hits.push_back({&exercise, nullptr, s});
        }
    }
    for (const auto& routine : catalog.routines()) {
        const std::vector<std::pair<const std::string*, int>> fields{
            {&routine.id, 10}, {&routine.name, 10}, {&routine.description, 2}};
        if (const int s = score(lowered, fields); s > 0) {
            hits.push_back({nullptr, &routine, s});
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.score > b.score; });
    return hits;
}

} // namespace br::catalog
