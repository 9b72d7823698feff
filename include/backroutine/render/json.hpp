#pragma once
#include <backroutine/model/catalog.hpp>

#include <nlohmann/json.hpp>

namespace br::render {

/// A dose with the catalog's keys: single values as numbers (durations in
/// seconds), ranges as [low, high], plus `text` in plain words.
nlohmann::json to_json(const model::Dose& dose);

/// Every field of an exercise, keyed by the catalog's names, plus
/// `source_file`; `sources` are objects naming each article (id, name, and
/// title, publisher and date where `catalog` lists it).
nlohmann::json to_json(const model::Exercise& exercise, const model::Catalog& catalog);

/// Every field of a routine, keyed by the catalog's names, plus `source_file`;
/// `sources` as for an exercise.
nlohmann::json to_json(const model::Routine& routine, const model::Catalog& catalog);

/// The safety notes; `sources` as for an exercise.
nlohmann::json to_json(const model::Safety& safety, const model::Catalog& catalog);

} // namespace br::render

namespace br::render {

/// Serialises `value` (indented when `pretty`), replacing invalid UTF-8
/// rather than throwing: catalog text may come from anyone.
std::string dump(const nlohmann::json& value, bool pretty = true);

} // namespace br::render
