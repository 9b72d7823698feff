#include <backroutine/catalog/fields.hpp>
#include <backroutine/util/text.hpp>

#include <algorithm>

namespace br::catalog {
namespace {

std::string quoted(std::string_view key) {
    return "'" + std::string(key) + "'";
}

// A scalar that is plain text; reports the shape otherwise.
const YamlNode* scalar(const YamlNode& node, std::string_view key, std::string_view expected, Diagnostics& out) {
    if (node.kind == YamlNode::Kind::null) {
        report(out, node, quoted(key) + " is empty");
        return nullptr;
    }
    if (node.kind != YamlNode::Kind::scalar) {
        report(out, node,
               quoted(key) + " must be " + std::string(expected) + ", not " + std::string(describe_kind(node)));
        return nullptr;
    }
    return &node;
}

// A scalar that is a plain (unquoted) number-like value.
const YamlNode* number(const YamlNode& node, std::string_view key, std::string_view expected, Diagnostics& out) {
    const YamlNode* value = scalar(node, key, expected, out);
    if (value != nullptr && !value->plain) {
        report(out, node, quoted(key) + " must be " + std::string(expected) + ", not quoted text");
        return nullptr;
    }
    return value;
}

// True when `text` holds nothing a reader could see: ASCII white space,
// and the Unicode spaces, zero-width characters and byte order mark.
bool is_blank(std::string_view text) {
    static constexpr std::string_view k_invisible[] = {
        "\xC2\xA0",     "\xE1\x9A\x80", "\xE2\x80\x80", "\xE2\x80\x81", "\xE2\x80\x82", "\xE2\x80\x83",
        "\xE2\x80\x84", "\xE2\x80\x85", "\xE2\x80\x86", "\xE2\x80\x87", "\xE2\x80\x88", "\xE2\x80\x89",
        "\xE2\x80\x8A", "\xE2\x80\x8B", "\xE2\x80\x8C", "\xE2\x80\x8D", "\xE2\x80\xA8", "\xE2\x80\xA9",
        "\xE2\x80\xAF", "\xE2\x81\x9F", "\xE2\x81\xA0", "\xE3\x80\x80", "\xEF\xBB\xBF"};
    while (!text.empty()) {
        if (text.front() == ' ' || (text.front() >= '\t' && text.front() <= '\r')) {
            text.remove_prefix(1);
            continue;
        }
        const auto* found = std::find_if(std::begin(k_invisible), std::end(k_invisible),
                                         [&](std::string_view space) { return text.starts_with(space); });
        if (found == std::end(k_invisible)) {
            return false;
        }
        text.remove_prefix(found->size());
    }
    return true;
}

} // namespace

void report(Diagnostics& out, const YamlNode& node, std::string message) {
    if (node.anchor_line > 0) {
        message +=
            " (from the anchor at " + std::to_string(node.anchor_line) + ":" + std::to_string(node.anchor_column) + ")";
    }
    out.push_back({{}, std::max(node.line, 1), std::max(node.column, 1), std::move(message)});
}

bool expect_map(const YamlNode& node, std::string_view what, Diagnostics& out) {
    if (node.kind == YamlNode::Kind::map) {
        return true;
    }
    report(out, node,
           std::string(what) + " must be a mapping of keys to values, not " + std::string(describe_kind(node)));
    return false;
}

Fields::Fields(const YamlNode& map, std::initializer_list<std::string_view> allowed, std::string_view what,
               Diagnostics& out)
    : m_map(map), m_what(what), m_out(out) {
    std::vector<std::string> names(allowed.begin(), allowed.end());
    for (const auto& [key, value] : map.entries) {
        if (key->kind != YamlNode::Kind::scalar) {
            report(out, *key, "a key must be a plain name, not " + std::string(describe_kind(*key)));
            continue;
        }
        const auto seen = std::find_if(m_values.begin(), m_values.end(),
                                       [&name = key->value](const auto& entry) { return entry.first == name; });
        if (seen != m_values.end()) {
            report(out, *key,
                   "duplicate key " + quoted(util::sanitize(key->value)) + " (first given on line " +
                       std::to_string(seen->second->line) + ")");
            continue;
        }
        if (std::find(names.begin(), names.end(), key->value) == names.end()) {
            report(out, *key,
                   "unknown key " + quoted(util::sanitize(key->value)) + " in " + m_what +
                       util::did_you_mean(key->value, names));
            continue;
        }
        // A key with no value is kept as a null node at the key's position.
        if (value) {
            m_values.emplace_back(key->value, value.get());
        } else {
            m_values.emplace_back(key->value, key.get());
        }
    }
}

const YamlNode* Fields::get(std::string_view key) const {
    const auto found =
        std::find_if(m_values.begin(), m_values.end(), [&](const auto& entry) { return entry.first == key; });
    return found == m_values.end() ? nullptr : found->second;
}

void Fields::require(std::initializer_list<std::string_view> keys) {
    std::string missing;
    std::size_t count = 0;
    for (const auto key : keys) {
        if (get(key) == nullptr) {
            missing += (missing.empty() ? "" : ", ") + quoted(key);
            ++count;
        }
    }
    if (count > 0) {
        report(m_out, m_map, m_what + " is missing the required key" + (count > 1 ? "s " : " ") + missing);
    }
}

std::optional<std::string> read_text(const YamlNode& node, std::string_view key, Diagnostics& out) {
    const YamlNode* value = scalar(node, key, "text", out);
    if (value == nullptr) {
        return std::nullopt;
    }
    if (is_blank(value->value)) {
        report(out, node, quoted(key) + " is empty");
        return std::nullopt;
    }
    return util::clean_text(value->value);
}

std::vector<std::string> read_text_list(const YamlNode* node, std::string_view key, Diagnostics& out,
                                        bool allow_empty) {
    std::vector<std::string> items;
    if (node == nullptr) {
        return items;
    }
    if (node->kind == YamlNode::Kind::null && allow_empty) {
        return items;
    }
    if (node->kind != YamlNode::Kind::sequence) {
        report(out, *node, quoted(key) + " must be a list, not " + std::string(describe_kind(*node)));
        return items;
    }
    for (const auto& item : node->items) {
        if (auto text = read_text(*item, key, out)) {
            items.push_back(std::move(*text));
        }
    }
    if (items.empty() && node->items.empty() && !allow_empty) {
        report(out, *node, quoted(key) + " must not be an empty list");
    }
    return items;
}

std::optional<std::string> read_id(const YamlNode& node, std::string_view key, Diagnostics& out) {
    auto text = read_text(node, key, out);
    if (text && !util::is_kebab_case(*text)) {
        report(out, node,
               quoted(key) + " must be kebab-case (lowercase letters, digits and single hyphens), not '" +
                   util::sanitize(*text) + "'");
        return std::nullopt;
    }
    return text;
}

std::optional<bool> read_bool(const YamlNode& node, std::string_view key, Diagnostics& out) {
    const YamlNode* value = number(node, key, "true or false", out);
    if (value == nullptr) {
        return std::nullopt;
    }
    if (value->value == "true" || value->value == "True") {
        return true;
    }
    if (value->value == "false" || value->value == "False") {
        return false;
    }
    report(out, node, quoted(key) + " must be true or false, not '" + util::sanitize(value->value) + "'");
    return std::nullopt;
}

std::optional<std::size_t> read_choice(const YamlNode& node, std::string_view key,
                                       const std::vector<std::string>& names, Diagnostics& out) {
    auto text = read_text(node, key, out);
    if (!text) {
        return std::nullopt;
    }
    const auto found = std::find(names.begin(), names.end(), *text);
    if (found != names.end()) {
        return static_cast<std::size_t>(found - names.begin());
    }
    std::string all;
    for (const auto& name : names) {
        all += (all.empty() ? "" : ", ") + name;
    }
    const std::string hint = util::did_you_mean(*text, names);
    report(out, node,
           quoted(key) + " has an unknown value '" + util::sanitize(*text) + "'" +
               (hint.empty() ? " (one of: " + all + ")" : hint));
    return std::nullopt;
}

std::optional<model::Range> read_count(const YamlNode& node, std::string_view key, int max, bool allow_range,
                                       Diagnostics& out) {
    const YamlNode* value = number(node, key, allow_range ? "a whole number or a range" : "a whole number", out);
    if (value == nullptr) {
        return std::nullopt;
    }
    auto parsed = model::parse_count(value->value, max, allow_range);
    if (!parsed) {
        report(out, node, quoted(key) + " " + parsed.error);
    }
    return parsed.value;
}

std::optional<int> read_duration(const YamlNode& node, std::string_view key, Diagnostics& out) {
    const YamlNode* value = number(node, key, "a duration", out);
    if (value == nullptr) {
        return std::nullopt;
    }
    auto parsed = model::parse_duration(value->value);
    if (!parsed) {
        report(out, node, quoted(key) + " " + parsed.error);
    }
    return parsed.value;
}

std::optional<model::Range> read_duration_range(const YamlNode& node, std::string_view key, Diagnostics& out) {
    const YamlNode* value = number(node, key, "a duration or a range", out);
    if (value == nullptr) {
        return std::nullopt;
    }
    auto parsed = model::parse_duration_range(value->value);
    if (!parsed) {
        report(out, node, quoted(key) + " " + parsed.error);
    }
    return parsed.value;
}

} // namespace br::catalog
