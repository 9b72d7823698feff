#include <backroutine/catalog/yaml_tree.hpp>

#include "yaml_text.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <istream>
#include <map>
#include <optional>
#include <set>
#include <streambuf>

namespace br::catalog {
namespace {

// Thrown from the event handler to stop yaml-cpp before it recurses further.
struct Abort {
    Diagnostic diagnostic;
};

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

// `node` as an alias repeats it: every node of the copy at the alias's
// position, remembering the anchored node's, so that a problem inside it is
// reported where the alias uses it as well as at the anchor. The copies
// are bounded: aliases expand to at most YamlLimits::k_max_alias_nodes.
std::shared_ptr<YamlNode> copy_at(const YamlNode& node, const YAML::Mark& alias, const YamlNode& anchored) {
    auto copy = std::make_shared<YamlNode>(node);
    copy->line = alias.line + 1;
    copy->column = alias.column + 1;
    copy->anchor_line = anchored.line;
    copy->anchor_column = anchored.column;
    for (auto& item : copy->items) {
        item = copy_at(*item, alias, anchored);
    }
    for (auto& [key, value] : copy->entries) {
        key = copy_at(*key, alias, anchored);
        value = value ? copy_at(*value, alias, anchored) : nullptr;
    }
    return copy;
}

// A std::streambuf reading `text` in place, so that yaml-cpp needs no copy.
class ViewBuffer final : public std::streambuf {
public:
    explicit ViewBuffer(std::string_view text) {
        // The get area is only read; streambuf's interface takes char*.
        char* begin = const_cast<char*>(text.data()); // NOLINT(cppcoreguidelines-pro-type-const-cast)
        setg(begin, begin, begin + text.size());
    }
};

// A tab in the whitespace that starts the line of `mark`, up to the mark.
std::optional<Diagnostic> tab_in_indentation(std::string_view text, const YAML::Mark& mark) {
    const std::size_t pos = std::min(static_cast<std::size_t>(std::max(mark.pos, 0)), text.size());
    const std::size_t newline = pos == 0 ? std::string_view::npos : text.rfind('\n', pos - 1);
    const std::size_t begin = newline == std::string_view::npos ? 0 : newline + 1;
    for (std::size_t i = begin; i < text.size() && (text[i] == ' ' || text[i] == '\t'); ++i) {
        if (text[i] == '\t') {
            return Diagnostic{
                {}, mark.line + 1, static_cast<int>(i - begin) + 1, "tab used for indentation (use spaces)"};
        }
    }
    return std::nullopt;
}

class TreeBuilder final : public YAML::EventHandler {
public:
    TreeBuilder(std::string_view text, ItemSink* sink) : m_text(text), m_sink(sink) {}
    NodePtr root() const { return m_root; }

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        check_indentation(mark);
        add(make(YamlNode::Kind::null, mark), anchor);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        check_indentation(mark);
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
        const Built& anchored = found->second;
        add({copy_at(*anchored.node, mark, *anchored.node), anchored.weight}, 0);
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        check_indentation(mark);
        const bool plain = tag == "?";
        // yaml-cpp 0.7 lets a quoted string run silently to the end of the file.
        const auto pos = skip_properties(m_text, std::min(static_cast<std::size_t>(mark.pos), m_text.size()));
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
                         YAML::EmitterStyle::value style) override {
        check_indentation(mark);
        open(make(YamlNode::Kind::sequence, mark), anchor, mark, style == YAML::EmitterStyle::Flow);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override {
        check_indentation(mark);
        open(make(YamlNode::Kind::map, mark), anchor, mark, style == YAML::EmitterStyle::Flow);
    }
    void OnMapEnd() override { close(); }

    static Diagnostic at(const YAML::Mark& mark, std::string message) {
        return {{}, mark.line + 1, mark.column + 1, std::move(message)};
    }

private:
    struct Frame {
        Built built;
        YAML::anchor_t anchor = 0;
        std::optional<Built> key;
        std::string stream_key; // non-empty: items go to the sink under this key
        bool flow = false;
    };

    // The first node on a line in block context sets its indentation, which
    // YAML allows only in spaces. Lines without a node of their own (inside
    // a block scalar, quoted or plain text running over lines, a flow
    // collection) may hold tabs.
    void check_indentation(const YAML::Mark& mark) {
        if (mark.line == m_checked_line || m_flow_depth > 0) {
            return;
        }
        m_checked_line = mark.line;
        if (auto tab = tab_in_indentation(m_text, mark)) {
            throw Abort{*tab};
        }
    }

    static Built make(YamlNode::Kind kind, const YAML::Mark& mark) {
        auto node = std::make_shared<YamlNode>();
        node->kind = kind;
        node->line = mark.line + 1;
        node->column = mark.column + 1;
        return {node, 1};
    }

    // The key whose items a sequence opened now should stream, or "".
    std::string stream_key() {
        if (m_sink == nullptr || m_stack.size() != 1) {
            return {};
        }
        const Frame& root = m_stack.front();
        if (root.built.node->kind != YamlNode::Kind::map || !root.key ||
            root.key->node->kind != YamlNode::Kind::scalar || !m_sink->wants(root.key->node->value)) {
            return {};
        }
        // A key given again stays in the tree, where the schema reports it.
        const bool first = m_streamed_keys.insert(root.key->node->value).second;
        return first ? root.key->node->value : std::string{};
    }

    void open(Built built, YAML::anchor_t anchor, const YAML::Mark& mark, bool flow) {
        if (m_stack.size() >= YamlLimits::k_max_depth) {
            throw Abort{at(mark, "nesting is deeper than " + std::to_string(YamlLimits::k_max_depth) + " levels")};
        }
        if (anchor != 0) {
            m_open_anchors.insert(anchor);
        }
        // An anchored list keeps its items: an alias may repeat it elsewhere.
        std::string key = built.node->kind == YamlNode::Kind::sequence && anchor == 0 ? stream_key() : std::string{};
        m_flow_depth += flow ? 1 : 0;
        m_stack.push_back({std::move(built), anchor, std::nullopt, std::move(key), flow});
    }

    void close() {
        Frame frame = std::move(m_stack.back());
        m_stack.pop_back();
        m_flow_depth -= frame.flow ? 1 : 0;
        if (frame.key) { // a key without a value cannot come from yaml-cpp, but stay safe
            frame.built.node->entries.emplace_back(frame.key->node, nullptr);
        }
        m_open_anchors.erase(frame.anchor);
        add(frame.built, frame.anchor);
    }

    void add(const Built& built, YAML::anchor_t anchor) {
        if (anchor != 0) {
            m_anchors[anchor] = built; // keeps a streamed item alive for later aliases
        }
        if (m_stack.empty()) {
            m_root = built.node;
            return;
        }
        Frame& top = m_stack.back();
        top.built.weight += built.weight;
        auto& parent = *top.built.node;
        if (!top.stream_key.empty()) {
            m_sink->item(top.stream_key, *built.node);
            ++parent.streamed;
        } else if (parent.kind == YamlNode::Kind::sequence) {
            parent.items.push_back(built.node);
        } else if (!top.key) {
            top.key = built;
        } else {
            parent.entries.emplace_back(top.key->node, built.node);
            top.key.reset();
        }
    }

    std::string_view m_text;
    ItemSink* m_sink;
    std::vector<Frame> m_stack;
    std::map<YAML::anchor_t, Built> m_anchors;
    std::set<YAML::anchor_t> m_open_anchors;
    std::set<std::string, std::less<>> m_streamed_keys;
    std::size_t m_alias_nodes = 0;
    std::size_t m_flow_depth = 0;
    int m_checked_line = -1;
    NodePtr m_root;
};

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

YamlParse parse_yaml(std::string_view text, ItemSink* sink) {
    YamlParse result;
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(nul), '\n');
        result.diagnostics.push_back({{}, static_cast<int>(line), 1, "the file contains a NUL byte (binary data?)"});
        return result;
    }
    // yaml-cpp skips a byte order mark without counting it in Mark::pos, so
    // drop it here to keep marks equal to offsets into `text`.
    if (text.starts_with("\xEF\xBB\xBF")) {
        text.remove_prefix(3);
    }
    const std::string normalised = normalise_line_ends(text); // the same length: marks stay offsets
    if (!normalised.empty()) {
        text = normalised;
    }
    if (auto deep = check_flow_depth(text)) {
        result.diagnostics.push_back(*deep);
        return result;
    }
    ViewBuffer buffer(text);
    std::istream stream(&buffer);
    TreeBuilder builder(text, sink);
    try {
        YAML::Parser parser(stream);
        if (!parser.HandleNextDocument(builder)) {
            return result;
        }
        result.root = builder.root();
        // A second document, or anything after the end of the first.
        TreeBuilder rest(text, nullptr);
        if (parser.HandleNextDocument(rest)) {
            const NodePtr extra = rest.root();
            result.diagnostics.push_back({{},
                                          extra ? extra->line : 1,
                                          extra ? extra->column : 1,
                                          "a second document starts here; a file holds exactly one"});
        } else if (auto junk = check_after_end(text)) {
            result.diagnostics.push_back(*junk);
        }
    } catch (const Abort& abort) {
        result.root = nullptr;
        result.diagnostics.push_back(abort.diagnostic);
    } catch (const YAML::Exception& error) {
        // yaml-cpp's complaint about a line indented with a tab is about the tab.
        result.root = nullptr;
        result.diagnostics.push_back(
            tab_in_indentation(text, error.mark)
                .value_or(Diagnostic{{}, error.mark.line + 1, error.mark.column + 1, reword(error.msg)}));
    }
    return result;
}

} // namespace br::catalog
