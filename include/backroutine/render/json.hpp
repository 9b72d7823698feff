#pragma once
#include <backroutine/model/catalog.hpp>

#include <nlohmann/json.hpp>

namespace br::render {

/// A dose with the catalog's keys: single values as numbers (durations in
/// seconds), ranges as [low, high], plus `text` in plain words.
nlohmann::json to_json(const model::Dose& dose);

/// Every field of an exercise, keyed by the catalog's names, plus `source_file`.
nlohmann::json to_json(const model::Exercise& exercise);

/// Every field of a routine, keyed by the catalog's names, plus `source_file`.
nlohmann::json to_json(const model::Routine& routine);

/// The safety notes.
nlohmann::json to_json(const model::Safety& safety);

} // namespace br::render

namespace br::render {

/// Serialises `value` (indented when `pretty`), replacing invalid UTF-8
/// rather than throwing: catalog text may come from anyone.
std::string dump(const nlohmann::json& value, bool pretty = true);

} // namespace br::render
