#pragma once
// Internal to the catalog area: checks on a YAML text made before yaml-cpp
// reads it, where waiting for its events would come too late.
#include <backroutine/catalog/diagnostic.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace br::catalog {

/// Where flow collections ('[' and '{') nest deeper than twice the depth
/// limit. yaml-cpp reads a flow collection whole before it hands over its
/// first event, so 15 MiB of '[' would take GBs before the event handler's
/// limit stops it; below this bound the handler names the exact place.
std::optional<Diagnostic> check_flow_depth(std::string_view text);

/// The text with lone carriage returns (old Mac line ends) made newlines,
/// which yaml-cpp does not take as line breaks; empty when there are none.
std::string normalise_line_ends(std::string_view text);

/// A line after the end marker `...` that starts with `%`: yaml-cpp takes
/// it as a directive of a document that never comes and says nothing.
std::optional<Diagnostic> check_after_end(std::string_view text);

} // namespace br::catalog
