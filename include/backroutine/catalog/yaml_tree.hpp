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
    /// An empty sink of the same kind, for a part parsed on another thread.
    [[nodiscard]] virtual std::unique_ptr<ItemSink> fork() const = 0;
    /// Takes what `part` (made by fork) received, after what this one holds.
    virtual void append(ItemSink& part) = 0;
};

/// Limits that keep hostile input from hanging or exhausting memory.
struct YamlLimits {
    static constexpr std::size_t k_max_depth = 32;
    static constexpr std::size_t k_max_alias_nodes = 10'000;
};

struct YamlOptions {
    ItemSink* sink = nullptr;
    /// Parts parsed at once; 0 means one per core the process may run on
    /// (its affinity), up to 4. A large list is cut at its items and the
    /// pieces parsed on separate threads (see parse_yaml); 1 parses on the
    /// calling thread only.
    unsigned threads = 0;
    /// Smaller texts are parsed on one thread.
    std::size_t split_from_bytes = std::size_t{64} * 1024;
};

/// Result of parsing one YAML document; diagnostics carry no file name.
struct YamlParse {
    NodePtr root; // null when the text is empty or could not be parsed
    Diagnostics diagnostics;
    unsigned threads = 1; // threads the text was parsed on
};

/// Parses `text` as exactly one YAML document, rejecting tabs in
/// indentation, second documents, undefined, cyclic or exploding aliases
/// and deep nesting, each with its position.
///
/// With a sink, a large file whose biggest top-level list is written in
/// block style is parsed in pieces at once: the part before a cut in that
/// list, the slices of the list, and the rest of the file after it. Each
/// piece reads on past its end and must stop exactly where the next one
/// starts; the pieces are accepted only when each also parsed cleanly,
/// without aliases, into the expected shape. Otherwise (and for every
/// error) the whole text is parsed again on one thread, so the result, the
/// items the sink receives and every diagnostic are those of a plain parse.
YamlParse parse_yaml(std::string_view text, const YamlOptions& options = {});

/// "a mapping", "a list", "a string" or "nothing", for messages.
std::string_view describe_kind(const YamlNode& node);

} // namespace br::catalog
