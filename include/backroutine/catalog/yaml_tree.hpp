#pragma once
#include <backroutine/catalog/diagnostic.hpp>

#include <cstddef>
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
    // An alias repeats its anchor's node as a copy at the alias's position;
    // every node of the copy keeps where the anchored node is (0 elsewhere).
    int anchor_line = 0;
    int anchor_column = 0;
    std::vector<std::shared_ptr<const YamlNode>> items;
    std::vector<std::pair<std::shared_ptr<const YamlNode>, std::shared_ptr<const YamlNode>>> entries;
    std::size_t streamed = 0; // items handed to an ItemSink instead of kept in `items`
};
using NodePtr = std::shared_ptr<const YamlNode>;

/// Receives the items of a top-level list (`exercises:` in the root
/// mapping) one by one as each is parsed, so that a large file never holds
/// its whole tree in memory. Such a list keeps no items in the tree; its
/// node counts them in `streamed`. Only the first list under a key is
/// streamed: a repeated key stays in the tree for the schema to report.
class ItemSink {
public:
    ItemSink() = default;
    ItemSink(const ItemSink&) = delete;
    ItemSink& operator=(const ItemSink&) = delete;
    virtual ~ItemSink() = default;

    /// True when the items of the top-level list under `key` come here.
    [[nodiscard]] virtual bool wants(std::string_view key) const = 0;
    /// One item of the list under `key`, in document order.
    virtual void item(std::string_view key, const YamlNode& node) = 0;
};

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
/// and deep nesting, each with its position. With a sink, the items of the
/// top-level lists it wants go to it as each is parsed (see ItemSink).
YamlParse parse_yaml(std::string_view text, ItemSink* sink = nullptr);

/// "a mapping", "a list", "a string" or "nothing", for messages.
std::string_view describe_kind(const YamlNode& node);

} // namespace br::catalog
