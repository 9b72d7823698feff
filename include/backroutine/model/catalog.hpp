#pragma once
#include <backroutine/model/exercise.hpp>
#include <backroutine/model/routine.hpp>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace br::model {

/// Exercises, routines and safety notes; ids are unique within each kind.
class Catalog {
public:
    /// Adds or replaces (same id) an exercise; a replaced entry keeps its place.
    void put(Exercise exercise);
    /// Adds or replaces (same id) a routine.
    void put(Routine routine);

    /// Makes room for this many entries of each kind without reallocating.
    void reserve(std::size_t exercises, std::size_t routines);

    [[nodiscard]] const Exercise* find_exercise(std::string_view id) const;
    [[nodiscard]] const Routine* find_routine(std::string_view id) const;

    [[nodiscard]] const std::vector<Exercise>& exercises() const { return m_exercises; }
    [[nodiscard]] const std::vector<Routine>& routines() const { return m_routines; }
    [[nodiscard]] std::vector<std::string> exercise_ids() const;
    [[nodiscard]] std::vector<std::string> routine_ids() const;

    /// Adds or replaces (same id) a source.
    void put(Source source);
    [[nodiscard]] const std::vector<Source>& sources() const { return m_sources; }
    /// The listed article with this id, or null.
    [[nodiscard]] const Source* find_source(std::string_view id) const;
    /// How a source is named to readers: "Publisher — Title", the title
    /// alone, or `id` as written when the catalog does not know it (a user
    /// entry may cite a book or an address).
    [[nodiscard]] std::string source_name(std::string_view id) const;
    /// The sources of entries, named, each once, in first-seen order.
    [[nodiscard]] std::vector<std::string> source_names(const std::vector<std::string>& ids) const;

    Safety safety;

private:
    std::vector<Exercise> m_exercises;
    std::vector<Routine> m_routines;
    std::vector<Source> m_sources;                                 // a handful: found by a linear search
    std::unordered_map<std::string, std::size_t> m_exercise_index; // id -> position
    std::unordered_map<std::string, std::size_t> m_routine_index;
};

} // namespace br::model
