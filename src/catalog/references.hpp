#pragma once
// Internal to the catalog area: the entries that references are checked
// against, by id, without a copy of them.
#include <backroutine/catalog/diagnostic.hpp>
#include <backroutine/model/exercise.hpp>
#include <backroutine/model/routine.hpp>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace br::catalog {

/// Entries by id; a later one with the same id takes the earlier one's place.
/// Every entry added must outlive the index.
class EntryIndex {
public:
    void add(const model::Exercise& exercise) { put(m_exercises, m_exercise_at, exercise); }
    void add(const model::Routine& routine) { put(m_routines, m_routine_at, routine); }

    [[nodiscard]] const model::Exercise* exercise(std::string_view id) const {
        return find(m_exercises, m_exercise_at, id);
    }
    [[nodiscard]] const model::Routine* routine(std::string_view id) const {
        return find(m_routines, m_routine_at, id);
    }
    [[nodiscard]] const std::vector<const model::Exercise*>& exercises() const { return m_exercises; }
    [[nodiscard]] const std::vector<const model::Routine*>& routines() const { return m_routines; }

private:
    template <typename T>
    static void put(std::vector<const T*>& items, std::unordered_map<std::string_view, std::size_t>& at,
                    const T& item) {
        const auto [found, inserted] = at.emplace(item.id, items.size());
        if (inserted) {
            items.push_back(&item);
        } else {
            items[found->second] = &item; // the key still views the first entry's id, which lives on
        }
    }
    template <typename T>
    static const T* find(const std::vector<const T*>& items,
                         const std::unordered_map<std::string_view, std::size_t>& at, std::string_view id) {
        const auto found = at.find(id);
        return found == at.end() ? nullptr : items[found->second];
    }

    std::vector<const model::Exercise*> m_exercises;
    std::vector<const model::Routine*> m_routines;
    std::unordered_map<std::string_view, std::size_t> m_exercise_at;
    std::unordered_map<std::string_view, std::size_t> m_routine_at;
};

/// Unknown exercise and routine ids (with suggestions), unknown `variant_of`
/// links, cycles between routines and routines beyond model::RoutineLimits.
Diagnostics check_references(const EntryIndex& index);

} // namespace br::catalog
