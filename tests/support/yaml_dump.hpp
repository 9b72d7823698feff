#pragma once
// Helpers to compare YAML parses exactly: a text form of a node tree with
// every position, and a sink that writes down each item it receives.
#include <backroutine/catalog/yaml_tree.hpp>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace br::test {

/// The whole subtree with kinds, positions, quoting, values and streamed counts.
std::string dump_yaml(const catalog::YamlNode* node);

/// Records the items of `exercises` and `routines` in the order received.
class RecordingSink final : public catalog::ItemSink {
public:
    [[nodiscard]] bool wants(std::string_view key) const override;
    void item(std::string_view key, const catalog::YamlNode& node) override;
    [[nodiscard]] std::unique_ptr<catalog::ItemSink> fork() const override;
    void append(catalog::ItemSink& part) override;

    std::string log;
    std::size_t count = 0;
};

/// Everything one parse produced, as text.
struct ParseRecord {
    std::string tree;
    std::string items;
    std::string diagnostics;
    unsigned threads = 1;

    /// The same result, however many threads each took.
    [[nodiscard]] bool same_result(const ParseRecord& other) const {
        return tree == other.tree && items == other.items && diagnostics == other.diagnostics;
    }
};

/// Parses `text` with a RecordingSink on up to `threads` threads, cutting
/// even small texts.
ParseRecord record_parse(std::string_view text, unsigned threads);

} // namespace br::test
