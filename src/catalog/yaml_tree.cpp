#include <backroutine/catalog/yaml_tree.hpp>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <sstream>

namespace br::catalog {
namespace {

// Thrown from the event handler to stop yaml-cpp before it recurses further.
struct Abort {
    Diagnostic diagnostic;
};

Diagnostic at(const YAML::Mark& mark, std::string message) {
    return {{}, mark.line + 1, mark.column + 1, std::move(message)};
}

struct Built {
    std::shared_ptr<YamlNode> node;
    std::size_t weight = 1; // nodes in the subtree once aliases are expanded
};

// True when the quoted scalar starting at `pos` (at its quote) has a closing quote.
bool quote_closed(std::string_view text, std::size_t pos) {
    const char quote = text[pos];
    for (std::size_t i = pos + 1; i < text.size(); ++i) {
        if (quote == '"' && text[i] == '\\') {
            ++i;
        } else if (text[i] == quote) {
            if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
                ++i;
            } else {
                return true;
            }
        }
    }
    return false;
}

// A node's mark points at its first property (`&anchor`, `!tag`) when it has
// any; the offset of the node's own text, past those properties.
std::size_t skip_properties(std::string_view text, std::size_t pos) {
    while (pos < text.size() && (text[pos] == '&' || text[pos] == '!')) {
        pos = text.find_first_of(" \t\r\n", pos);
        pos = pos == std::string_view::npos ? text.size() : text.find_first_not_of(" \t\r\n", pos);
        if (pos == std::string_view::npos) {
            return text.size();
        }
    }
    return pos;
}

class TreeBuilder final : public YAML::EventHandler {
public:
    explicit TreeBuilder(std::string_view text) : m_text(text) {}
    NodePtr root() const { return m_root; }

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        add(make(YamlNode::Kind::null, mark), anchor);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        if (m_open_anchors.contains(anchor)) {
            throw Abort{at(mark, "alias refers to a node that contains it (a cycle)")};
        }
        const auto found = m_anchors.find(anchor);
        if (found == m_anchors.end()) {
            throw Abort{at(mark, "alias to an undefined anchor")};
        }
        m_alias_nodes += found->second.weight;
        if (m_alias_nodes > YamlLimits::k_max_alias_nodes) {
            throw Abort{
                at(mark, "aliases expand to more than " + std::to_string(YamlLimits::k_max_alias_nodes) + " nodes")};
        }
        add(found->second, 0);
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        const bool plain = tag == "?";
        // yaml-cpp 0.7 lets a quoted string run silently to the end of the file.
        const auto pos = mark.pos >= 0 ? skip_properties(m_text, static_cast<std::size_t>(mark.pos)) : m_text.size();
        if (!plain && pos < m_text.size() && (m_text[pos] == '"' || m_text[pos] == '\'') &&
            !quote_closed(m_text, pos)) {
            throw Abort{at(mark, "unclosed quote: the string runs to the end of the file")};
        }
        auto built = make(YamlNode::Kind::scalar, mark);
        if (plain && (value == "~" || value == "null" || value == "Null" || value == "NULL")) {
            built.node->kind = YamlNode::Kind::null;
        }
        built.node->value = value;
        built.node->plain = plain;
        add(built, anchor);
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        open(make(YamlNode::Kind::sequence, mark), anchor, mark);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        open(make(YamlNode::Kind::map, mark), anchor, mark);
    }
    void OnMapEnd() override { close(); }

private:
    struct Frame {
        Built built;
        YAML::anchor_t anchor = 0;
        std::optional<Built> key;
    };

    static Built make(YamlNode::Kind kind, const YAML::Mark& mark) {
        auto node = std::make_shared<YamlNode>();
        node->kind = kind;
        node->line = mark.line + 1;
        node->column = mark.column + 1;
        return {node, 1};
    }

    void open(Built built, YAML::anchor_t anchor, const YAML::Mark& mark) {
        if (m_stack.size() >= YamlLimits::k_max_depth) {
            throw Abort{at(mark, "nesting is deeper than " + std::to_string(YamlLimits::k_max_depth) + " levels")};
        }
        if (anchor != 0) {
            m_open_anchors.insert(anchor);
        }
        m_stack.push_back({std::move(built), anchor, std::nullopt});
    }

    void close() {
        Frame frame = std::move(m_stack.back());
        m_stack.pop_back();
        if (frame.key) { // a key without a value cannot come from yaml-cpp, but stay safe
            frame.built.node->entries.emplace_back(frame.key->node, nullptr);
        }
        m_open_anchors.erase(frame.anchor);
        add(frame.built, frame.anchor);
    }

    void add(const Built& built, YAML::anchor_t anchor) {
        if (anchor != 0) {
            m_anchors[anchor] = built;
        }
        if (m_stack.empty()) {
            m_root = built.node;
            return;
        }
        Frame& top = m_stack.back();
        top.built.weight += built.weight;
        auto& parent = *top.built.node;
        if (parent.kind == YamlNode::Kind::sequence) {
            parent.items.push_back(built.node);
        } else if (!top.key) {
            top.key = built;
        } else {
            parent.entries.emplace_back(top.key->node, built.node);
            top.key.reset();
        }
    }

    std::string_view m_text;
    std::vector<Frame> m_stack;
    std::map<YAML::anchor_t, Built> m_anchors;
    std::set<YAML::anchor_t> m_open_anchors;
    std::size_t m_alias_nodes = 0;
    NodePtr m_root;
};

// Tabs in the leading whitespace of a line; YAML forbids them for indentation.
void check_tabs(std::string_view text, Diagnostics& out) {
    int line = 1;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        for (std::size_t i = start; i < end && (text[i] == ' ' || text[i] == '\t'); ++i) {
            if (text[i] == '\t') {
                out.push_back({{}, line, static_cast<int>(i - start) + 1, "tab used for indentation (use spaces)"});
                break;
            }
        }
        ++line;
        start = end + 1;
    }
}

// yaml-cpp's messages, reworded for a person editing a catalog.
std::string reword(const std::string& message) {
    static const std::map<std::string, std::string, std::less<>> k_words{
        {YAML::ErrorMsg::END_OF_MAP_FLOW, "a '{' is never closed with '}'"},
        {YAML::ErrorMsg::END_OF_SEQ_FLOW, "a '[' is never closed with ']'"},
        {YAML::ErrorMsg::END_OF_MAP, "expected a key (the indentation may be off)"},
        {YAML::ErrorMsg::END_OF_SEQ, "expected a list item '- ' (the indentation may be off)"},
        {YAML::ErrorMsg::FLOW_END, "unexpected ']' or '}' with nothing open"},
        {YAML::ErrorMsg::BLOCK_ENTRY, "a list item '- ' is not allowed here (check the indentation)"},
        {YAML::ErrorMsg::MAP_KEY, "a key is not allowed here (check the indentation)"},
        {YAML::ErrorMsg::MAP_VALUE, "a ':' is not allowed here (quote text that contains ': ')"},
        {YAML::ErrorMsg::UNKNOWN_ANCHOR, "alias to an undefined anchor"},
        {YAML::ErrorMsg::EOF_IN_SCALAR, "unclosed quote: the string runs to the end of the file"},
        {YAML::ErrorMsg::DOC_IN_SCALAR, "a document marker inside a string"},
        {YAML::ErrorMsg::CHAR_IN_SCALAR, "unexpected character in a string"},
        {YAML::ErrorMsg::TAB_IN_INDENTATION, "tab used for indentation (use spaces)"},
    };
    const auto found = k_words.find(message);
    if (found != k_words.end()) {
        return found->second;
    }
    return "invalid YAML: " + message;
}

} // namespace

std::string_view describe_kind(const YamlNode& node) {
    switch (node.kind) {
    case YamlNode::Kind::map:
        return "a mapping";
    case YamlNode::Kind::sequence:
        return "a list";
    case YamlNode::Kind::scalar:
        return "a value";
    case YamlNode::Kind::null:
        break;
    }
    return "nothing";
}

YamlParse parse_yaml(std::string_view text) {
    YamlParse result;
    check_tabs(text, result.diagnostics);
    if (!result.diagnostics.empty()) {
        return result;
    }
    if (text.find('\0') != std::string_view::npos) {
        const auto offset = text.find('\0');
        const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n');
        result.diagnostics.push_back({{}, static_cast<int>(line), 1, "the file contains a NUL byte (binary data?)"});
        return result;
    }
    // yaml-cpp skips a byte order mark without counting it in Mark::pos, so
    // drop it here to keep marks equal to offsets into `text`.
    if (text.starts_with("\xEF\xBB\xBF")) {
        text.remove_prefix(3);
    }
    std::istringstream stream{std::string(text)};
    try {
        YAML::Parser parser(stream);
        TreeBuilder builder(text);
        if (!parser.HandleNextDocument(builder)) {
            return result;
        }
        result.root = builder.root();
        // A second document, or anything after the end of the first.
        TreeBuilder rest(text);
        if (parser.HandleNextDocument(rest)) {
            const NodePtr extra = rest.root();
            const int line = extra ? extra->line : 1;
            const int column = extra ? extra->column : 1;
            result.diagnostics.push_back({{}, line, column, "a second document starts here; a file holds exactly one"});
        }
    } catch (const Abort& abort) {
        result.root = nullptr;
        result.diagnostics.push_back(abort.diagnostic);
    } catch (const YAML::Exception& error) {
        result.root = nullptr;
        result.diagnostics.push_back({{}, error.mark.line + 1, error.mark.column + 1, reword(error.msg)});
    }
    return result;
}

} // namespace br::catalog
