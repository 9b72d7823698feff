#pragma once
#include <backroutine/model/catalog.hpp>

#include <optional>
#include <string>
#include <vector>

namespace br::catalog {

/// Which exercises `list` shows; an unset field matches everything.
struct Filter {
    std::optional<model::Category> category;
    std::optional<model::Position> position;
    std::optional<std::vector<model::Equipment>> equipment; // allowed kit; empty = needs none
    std::optional<std::string> target;
};

/// True when `exercise` passes every part of `filter`. With `equipment`, an
/// exercise passes when everything it needs is in the list.
bool matches(const model::Exercise& exercise, const Filter& filter);

/// Exercises that pass `filter`, in catalog order.
std::vector<const model::Exercise*> filter_exercises(const model::Catalog& catalog, const Filter& filter);

/// A search hit: an exercise or a routine, best first.
struct Hit {
    const model::Exercise* exercise = nullptr;
    const model::Routine* routine = nullptr;
    int score = 0;
};

/// Exercises and routines whose id, name, aliases, targets or why contain
/// every word (case-insensitive), best first: names over aliases over text.
std::vector<Hit> search(const model::Catalog& catalog, const std::vector<std::string>& words);

} // namespace br::catalog
