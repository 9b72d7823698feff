#include <backroutine/catalog/yaml_tree.hpp>

#include "yaml_text.hpp"

#include <algorithm>

namespace br::catalog {
namespace {

constexpr std::size_t k_max_flow_depth = 2 * YamlLimits::k_max_depth;

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\r';
}

} // namespace

// In block context a bracket opens a flow collection only where a value
// starts (at the start of a line, after "key:", "- ", "? " or a property);
// elsewhere it is text. A block scalar's lines may make this count a few
// brackets too many, which only matters far beyond any real nesting.
std::optional<Diagnostic> check_flow_depth(std::string_view text) {
    std::size_t depth = 0;
    int line = 1;
    std::size_t line_start = 0;
    char quote = 0;
    bool value_start = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
            line_start = i + 1;
            value_start = true;
            continue;
        }
        if (quote != 0) {
            if (quote == '"' && c == '\\') {
                ++i;
            } else if (c == quote) {
                quote = 0;
            }
            continue;
        }
        if (is_space(c)) {
            continue;
        }
        const bool after_space = i == line_start || is_space(text[i - 1]);
        const bool before_space = i + 1 == text.size() || is_space(text[i + 1]) || text[i + 1] == '\n';
        if (c == '#' && after_space) {
            i = std::min(text.find('\n', i), text.size()) - 1;
        } else if ((c == '"' || c == '\'') && (value_start || (depth > 0 && after_space))) {
            quote = c;
        } else if ((c == '[' || c == '{') && (value_start || depth > 0)) {
            if (++depth > k_max_flow_depth) {
                return Diagnostic{{},
                                  line,
                                  static_cast<int>(i - line_start) + 1,
                                  "nesting is deeper than " + std::to_string(YamlLimits::k_max_depth) + " levels"};
            }
            value_start = true;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
            value_start = false;
        } else if ((depth == 0 && (c == '-' || c == '?' || c == ':') && before_space) ||
                   (depth > 0 && (c == ',' || c == ':'))) {
            value_start = true;
        } else if ((c == '&' || c == '!') && value_start) {
            while (i + 1 < text.size() && !is_space(text[i + 1]) && text[i + 1] != '\n') {
                ++i;
            }
        } else {
            value_start = false;
        }
    }
    return std::nullopt;
}

std::string normalise_line_ends(std::string_view text) {
    bool lone = false;
    for (std::size_t i = text.find('\r'); i != std::string_view::npos && !lone; i = text.find('\r', i + 1)) {
        lone = i + 1 == text.size() || text[i + 1] != '\n';
    }
    if (!lone) {
        return {};
    }
    std::string out(text);
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (out[i] == '\r' && (i + 1 == out.size() || out[i + 1] != '\n')) {
            out[i] = '\n';
        }
    }
    return out;
}

std::optional<Diagnostic> check_after_end(std::string_view text) {
    bool ended = false;
    int line = 1;
    for (std::size_t start = 0; start < text.size(); ++line) {
        const std::size_t stop = std::min(text.find('\n', start), text.size());
        const std::string_view content = text.substr(start, stop - start);
        start = stop + 1;
        if (ended && content.starts_with('%')) {
            return Diagnostic{{}, line, 1, "a second document starts here; a file holds exactly one"};
        }
        ended = ended || (content.starts_with("...") && (content.size() == 3 || is_space(content[3])));
    }
    return std::nullopt;
}

} // namespace br::catalog
