#include <backroutine/catalog/yaml_tree.hpp>

#include "yaml_piece.hpp"

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

// A std::streambuf reading `prefix`, then `text` in place, so that yaml-cpp
// needs no copy of the text.
class ViewBuffer final : public std::streambuf {
public:
    ViewBuffer(std::string_view prefix, std::string_view text) : m_prefix(prefix), m_text(text) { serve(m_prefix); }

protected:
    int_type underflow() override {
        if (!m_on_text) {
            m_on_text = true;
            serve(m_text);
        }
        return gptr() < egptr() ? traits_type::to_int_type(*gptr()) : traits_type::eof();
    }

private:
    void serve(std::string_view part) {
        // The get area is only read; streambuf's interface takes char*.
        char* begin = const_cast<char*>(part.data()); // NOLINT(cppcoreguidelines-pro-type-const-cast)
        setg(begin, begin, begin + part.size());
    }

    std::string m_prefix;
    std::string_view m_text;
    bool m_on_text = false;
};

// Thrown at the first node at or after PieceContext::stop_at.
struct Stop {
    int line = 0;
};

class TreeBuilder final : public YAML::EventHandler {
public:
    TreeBuilder(std::string_view text, ItemSink* sink, const PieceContext& context)
        : m_text(text), m_sink(sink), m_context(context) {}
    NodePtr root() const { return m_root; }
    // True when this piece's result may not be what a whole parse gives:
    // it met an alias (its anchor may sit in another piece), an empty node
    // at its stop (yaml-cpp places an empty item at the next '-'), or a
    // key that never got its ':' (yaml-cpp then treats later lines, maybe
    // in the next piece, differently).
    bool doubtful() const { return m_doubtful; }
    std::size_t depth() const { return m_stack.size(); }

    // After a Stop: closes what is open, as if the text ended there.
    NodePtr close_all() {
        while (!m_stack.empty()) {
            close();
        }
        return m_root;
    }

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        if (at_stop(mark)) {
            m_doubtful = true; // an empty item marked at the next item's '-'
        }
        check_stop(mark);
        add(make(YamlNode::Kind::null, mark), anchor);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        check_stop(mark);
        m_doubtful = true;
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
        check_stop(mark);
        const bool plain = tag == "?";
        // yaml-cpp 0.7 lets a quoted string run silently to the end of the file.
        const auto offset = text_offset(mark);
        const auto pos = offset >= 0 ? skip_properties(m_text, static_cast<std::size_t>(offset)) : m_text.size();
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
        check_stop(mark);
        open(make(YamlNode::Kind::sequence, mark), anchor, mark);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override {
        check_stop(mark);
        open(make(YamlNode::Kind::map, mark), anchor, mark);
        m_stack.back().block = style != YAML::EmitterStyle::Flow;
    }
    void OnMapEnd() override { close(); }

    Diagnostic at(const YAML::Mark& mark, std::string message) const {
        return {{}, mark.line + 1 + m_context.line_offset, mark.column + 1, std::move(message)};
    }

private:
    // The mark's offset into the piece's text (negative inside the prefix).
    std::ptrdiff_t text_offset(const YAML::Mark& mark) const {
        return static_cast<std::ptrdiff_t>(mark.pos) - static_cast<std::ptrdiff_t>(m_context.prefix.size());
    }

    bool at_stop(const YAML::Mark& mark) const {
        const auto offset = text_offset(mark);
        return offset >= 0 && static_cast<std::size_t>(offset) >= m_context.stop_at;
    }

    void check_stop(const YAML::Mark& mark) const {
        if (at_stop(mark)) {
            throw Stop{mark.line + 1 + m_context.line_offset};
        }
    }

    struct Frame {
        Built built;
        YAML::anchor_t anchor = 0;
        std::optional<Built> key;
        std::string stream_key; // non-empty: items go to the sink under this key
        bool block = false;     // a block mapping
    };

    Built make(YamlNode::Kind kind, const YAML::Mark& mark) const {
        auto node = std::make_shared<YamlNode>();
        node->kind = kind;
        node->line = mark.line + 1 + m_context.line_offset;
        node->column = mark.column + 1;
        return {node, 1};
    }

    // The key whose items a sequence opened now should stream, or "".
    std::string stream_key() const {
        if (m_sink == nullptr || m_stack.size() != 1) {
            return {};
        }
        const Frame& root = m_stack.front();
        if (root.built.node->kind != YamlNode::Kind::map || !root.key ||
            root.key->node->kind != YamlNode::Kind::scalar || !m_sink->wants(root.key->node->value)) {
            return {};
        }
        const std::string& key = root.key->node->value;
        const auto& keys = m_context.root_keys;
        const auto& entries = root.built.node->entries;
        const bool repeated =
            std::find(keys.begin(), keys.end(), key) != keys.end() ||
            std::any_of(entries.begin(), entries.end(), [&](const auto& entry) { return entry.first->value == key; });
        return repeated ? std::string{} : key;
    }

    void open(Built built, YAML::anchor_t anchor, const YAML::Mark& mark) {
        if (m_stack.size() >= YamlLimits::k_max_depth) {
            throw Abort{at(mark, "nesting is deeper than " + std::to_string(YamlLimits::k_max_depth) + " levels")};
        }
        if (anchor != 0) {
            m_open_anchors.insert(anchor);
        }
        // An anchored list keeps its items: an alias may repeat it elsewhere.
        std::string key = built.node->kind == YamlNode::Kind::sequence && anchor == 0 ? stream_key() : std::string{};
        m_stack.push_back({std::move(built), anchor, std::nullopt, std::move(key)});
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
            // In block style an empty value at the key's own place is a key
            // written without ':'.
            const YamlNode& key = *top.key->node;
            if (top.block && built.node->kind == YamlNode::Kind::null && built.node->line == key.line &&
                built.node->column == key.column) {
                m_doubtful = true;
            }
            parent.entries.emplace_back(top.key->node, built.node);
            top.key.reset();
        }
    }

    std::string_view m_text;
    ItemSink* m_sink;
    const PieceContext& m_context;
    std::vector<Frame> m_stack;
    std::map<YAML::anchor_t, Built> m_anchors;
    std::set<YAML::anchor_t> m_open_anchors;
    std::size_t m_alias_nodes = 0;
    bool m_doubtful = false;
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

Piece parse_piece(std::string_view text, ItemSink* sink, const PieceContext& context) {
    Piece piece;
    ViewBuffer buffer(context.prefix, text);
    std::istream stream(&buffer);
    TreeBuilder builder(text, sink, context);
    try {
        YAML::Parser parser(stream);
        if (!parser.HandleNextDocument(builder)) {
            return piece;
        }
        piece.parse.root = builder.root();
        // A second document, or anything after the end of the first.
        TreeBuilder rest(text, nullptr, context);
        if (parser.HandleNextDocument(rest)) {
            const NodePtr extra = rest.root();
            const int line = extra ? extra->line : 1 + context.line_offset;
            const int column = extra ? extra->column : 1;
            piece.parse.diagnostics.push_back(
                {{}, line, column, "a second document starts here; a file holds exactly one"});
        }
    } catch (const Stop& stop) {
        piece.stopped = true;
        piece.stop_line = stop.line;
        piece.stop_depth = builder.depth();
        piece.parse.root = piece.stop_depth <= 2 ? builder.close_all() : nullptr;
    } catch (const Abort& abort) {
        piece.parse.root = nullptr;
        piece.parse.diagnostics.push_back(abort.diagnostic);
    } catch (const YAML::Exception& error) {
        piece.parse.root = nullptr;
        piece.parse.diagnostics.push_back(
            {{}, error.mark.line + 1 + context.line_offset, error.mark.column + 1, reword(error.msg)});
    }
    piece.doubtful = builder.doubtful();
    return piece;
}

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

YamlParse parse_yaml(std::string_view text, const YamlOptions& options) {
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
    if (options.sink != nullptr && text.size() >= options.split_from_bytes) {
        if (auto split = parse_in_pieces(text, *options.sink, options.threads)) {
            return std::move(*split);
        }
    }
    Piece whole = parse_piece(text, options.sink, {});
    return std::move(whole.parse);
}

} // namespace br::catalog
