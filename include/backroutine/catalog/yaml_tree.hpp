#pragma once
#include <backroutine/catalog/diagnostic.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace br::catalog {

/// A YAML node with its 1-based position, as the loader needs it: scalars
/// keep whether they were quoted, maps keep every entry (duplicates too).
struct YamlNode {
    enum class Kind { null, scalar, sequence, map };
    Kind kind = Kind::null;
    std::string value; // scalars only
    bool plain = true; // written without quotes or block indicators
    int line = 0;
    int column = 0;
    std::vector<std::shared_ptr<const YamlNode>> items;
    std::vector<std::pair<std::shared_ptr<const YamlNode>, std::shared_ptr<const YamlNode>>> entries;
};
using NodePtr = std::shared_ptr<const YamlNode>;

/// Limits that keep hostile input from hanging or exhausting memory.
struct YamlLimits {
    static constexpr std::size_t k_max_depth = 32;
    static constexpr std::size_t k_max_alias_nodes = 10'000;
};

/// Result of parsing one YAML document; diagnostics carry no file name.
struct YamlParse {
    NodePtr root; // null when the text is empty or could not be parsed
    Diagnostics diagnostics;
};

/// Parses `text` as exactly one YAML document, rejecting tabs in
/// indentation, second documents, undefined, cyclic or exploding aliases
/// and deep nesting, each with its position.
YamlParse parse_yaml(std::string_view text);

/// "a mapping", "a list", "a string" or "nothing", for messages.
std::string_view describe_kind(const YamlNode& node);

} // namespace br::catalog
