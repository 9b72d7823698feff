#pragma once
#include <backroutine/catalog/diagnostic.hpp>
#include <backroutine/catalog/yaml_tree.hpp>
#include <backroutine/model/exercise.hpp>
#include <backroutine/model/quantity.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace br::catalog {

/// The keys of one YAML mapping, checked against the allowed ones: duplicate
/// and unknown keys (with a suggestion) are reported as they are read.
class Fields {
public:
    Fields(const YamlNode& map, std::initializer_list<std::string_view> allowed, std::string_view what,
           Diagnostics& out);

    /// The value of `key`, or null when absent.
    [[nodiscard]] const YamlNode* get(std::string_view key) const;
    /// Reports, in one diagnostic, every key of `keys` that is absent.
    void require(std::initializer_list<std::string_view> keys);
    [[nodiscard]] const YamlNode& node() const { return m_map; }

private:
    const YamlNode& m_map;
    std::string m_what;
    std::vector<std::pair<std::string, const YamlNode*>> m_values;
    Diagnostics& m_out;
};

/// Adds a diagnostic at `node`; inside an alias's copy, at the alias, saying
/// where the anchor is.
void report(Diagnostics& out, const YamlNode& node, std::string message);

/// True when `node` is a mapping; otherwise reports what it should be.
bool expect_map(const YamlNode& node, std::string_view what, Diagnostics& out);

/// Non-empty text.
std::optional<std::string> read_text(const YamlNode& node, std::string_view key, Diagnostics& out);
/// A list of non-empty texts; an absent list is empty.
std::vector<std::string> read_text_list(const YamlNode* node, std::string_view key, Diagnostics& out,
                                        bool allow_empty = true);
/// A kebab-case id.
std::optional<std::string> read_id(const YamlNode& node, std::string_view key, Diagnostics& out);
/// `true` or `false`.
std::optional<bool> read_bool(const YamlNode& node, std::string_view key, Diagnostics& out);
/// One of `names`, returned as its index.
std::optional<std::size_t> read_choice(const YamlNode& node, std::string_view key,
                                       const std::vector<std::string>& names, Diagnostics& out);
/// One of an enum's names (`model::names_of<E>()`).
template <typename E>
std::optional<E> read_enum(const YamlNode& node, std::string_view key, Diagnostics& out) {
    auto index = read_choice(node, key, model::names_of<E>(), out);
    if (!index) {
        return std::nullopt;
    }
    return static_cast<E>(*index);
}
/// A whole count (or range) from 1 to `max`.
std::optional<model::Range> read_count(const YamlNode& node, std::string_view key, int max, bool allow_range,
                                       Diagnostics& out);
/// A duration in seconds.
std::optional<int> read_duration(const YamlNode& node, std::string_view key, Diagnostics& out);
/// A duration or a range of durations.
std::optional<model::Range> read_duration_range(const YamlNode& node, std::string_view key, Diagnostics& out);

} // namespace br::catalog
