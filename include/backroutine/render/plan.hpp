#pragma once
#include <backroutine/model/timeline.hpp>
#include <backroutine/render/style.hpp>

#include <nlohmann/json.hpp>

#include <string>

namespace br::render {

/// `plan` as text: one line per segment (start, what, side, set, duration) and the total;
/// WHAT wraps under itself past `columns` (0: no limit).
std::string plan_text(const model::Timeline& timeline, const Style& style, std::size_t columns = 0);

/// `plan --format json`: id, name, total_seconds, steps and segments.
nlohmann::json plan_json(const model::Timeline& timeline);

/// One segment as JSON, with the keys of `plan --format json`.
nlohmann::json segment_json(const model::Segment& segment);

} // namespace br::render
