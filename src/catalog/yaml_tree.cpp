#include <backroutine/catalog/yaml_tree.hpp>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cctype>
#include <exception>
#include <istream>
#include <map>
#include <optional>
#include <sched.h>
#include <set>
#include <streambuf>
#include <system_error>
#include <thread>

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

// How a piece of the text is parsed: what stands before it, where it stops.
struct PieceContext {
    std::string prefix;                           // read first, in place of the text the piece skips
    int line_offset = 0;                          // added to the stream's lines to give lines of the whole text
    std::size_t stop_at = std::string_view::npos; // stop at the first node at or after this offset
    std::vector<std::string> root_keys;           // keys of the root mapping given before the piece
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

// The cores this process may run on (its affinity mask, which taskset and
// container cpusets narrow), or the machine's count when that is unknown.
unsigned usable_cores() {
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) == 0) {
        return static_cast<unsigned>(CPU_COUNT(&set));
    }
    return std::thread::hardware_concurrency();
}

// One piece of the text parsed on its own.
struct Piece {
    YamlParse parse;
    bool doubtful = false;      // see TreeBuilder::doubtful
    bool stopped = false;       // reached PieceContext::stop_at
    int stop_line = 0;          // line of the node it stopped at
    std::size_t stop_depth = 0; // collections open there
};

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

// Where to cut a file to parse it in pieces: inside the block list under
// the top-level `key`, at the starts of some of its items.
struct SplitPlan {
    std::string key;
    int indent = 0;                // column of the items' '-', from 0
    std::vector<std::size_t> cuts; // offsets of item lines where slices start
    std::size_t end = 0;           // offset of the first line after the list
};

bool is_item(std::string_view line) {
    return line.starts_with('-') && (line.size() == 1 || line[1] == ' ' || line[1] == '\r');
}

// An item whose node starts on the same line (`- id: x`, not `-` or `- # note`).
bool is_item_with_content(std::string_view line) {
    const auto content = line.find_first_not_of(' ', 1);
    return is_item(line) && content != std::string_view::npos && line[content] != '#' && line[content] != '\r';
}

// The key of a line `name: ...` at the start of the line (a plain name of
// letters, digits, '_' and '-'), or "".
std::string_view line_key(std::string_view line) {
    const auto colon = line.find(':');
    if (colon == 0 || colon == std::string_view::npos || line.front() == '-') {
        return {};
    }
    const auto name = line.substr(0, colon);
    const bool simple = std::all_of(name.begin(), name.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-';
    });
    const bool separated = colon + 1 == line.size() || line[colon + 1] == ' ' || line[colon + 1] == '\r';
    return simple && separated ? name : std::string_view{};
}

// The key of a line `name:` whose value starts on the next line (a comment
// may follow), or "".
std::string_view bare_key(std::string_view line) {
    const auto name = line_key(line);
    if (name.empty()) {
        return {};
    }
    auto rest = line.substr(name.size() + 1);
    rest.remove_prefix(std::min(rest.find_first_not_of(" \r"), rest.size()));
    return rest.empty() || rest.starts_with('#') ? name : std::string_view{};
}

// Finds the biggest block list under a top-level key the sink wants and
// cuts it so that each of `parts` threads gets about the same share of the
// text. Nothing when the file has no such list or looks unusual: a document
// marker or directive, or a top-level key given twice.
std::optional<SplitPlan> plan_split(std::string_view text, const ItemSink& sink, unsigned parts) {
    struct List {
        std::string key;
        int indent = -1;
        std::size_t first = 0;          // offset of the first item's line
        std::vector<std::size_t> items; // item lines after the first where a cut may go
        std::size_t end = 0;
    };
    std::optional<List> open;
    std::optional<List> best;
    std::vector<std::string_view> keys;
    // A list ends at the end of the text or at the next top-level key
    // (`name: ...`); after anything else the pieces could read differently.
    const auto finish = [&](std::size_t end, bool at_key) {
        if (open && open->indent >= 0 && at_key) {
            open->end = end;
            if (!best || open->end - open->first > best->end - best->first) {
                best = std::move(open);
            }
        }
        open.reset();
    };
    for (std::size_t begin = 0; begin < text.size();) {
        std::size_t stop = text.find('\n', begin);
        stop = stop == std::string_view::npos ? text.size() : stop;
        const std::string_view line = text.substr(begin, stop - begin);
        const std::size_t first = std::min(line.find_first_not_of(' '), line.size());
        const std::string_view content = line.substr(first);
        const int indent = static_cast<int>(first);
        const std::size_t here = begin;
        begin = stop + 1;
        if (content.empty() || content == "\r" || content.starts_with('#')) {
            continue;
        }
        if (open) {
            if (open->indent < 0 && is_item(content)) {
                open->indent = indent;
                open->first = here;
                continue;
            }
            if (open->indent >= 0 && indent > open->indent) {
                continue;
            }
            if (open->indent >= 0 && indent == open->indent && is_item(content)) {
                if (is_item_with_content(content)) {
                    open->items.push_back(here);
                }
                continue;
            }
            finish(here, indent == 0 && !line_key(content).empty());
        }
        if (indent != 0) {
            continue;
        }
        if (content.starts_with("---") || content.starts_with("...") || content.starts_with('%')) {
            return std::nullopt;
        }
        const auto key = bare_key(content);
        if (key.empty()) {
            continue;
        }
        if (std::find(keys.begin(), keys.end(), key) != keys.end()) {
            return std::nullopt;
        }
        keys.push_back(key);
        if (sink.wants(key)) {
            open = List{std::string(key), -1, 0, {}, 0};
        }
    }
    finish(text.size(), true);
    if (!best || best->items.empty()) {
        return std::nullopt;
    }
    // The calling thread parses what is before and after the cut list; each
    // other thread one slice of it.
    const std::size_t share = text.size() / parts;
    const std::size_t list_bytes = best->end - best->first;
    const std::size_t slices = parts - 1;
    const std::size_t cut_bytes = std::min(list_bytes, share * slices);
    SplitPlan plan{best->key, best->indent, {}, best->end};
    for (std::size_t i = 0; i < slices; ++i) {
        const std::size_t target = best->end - cut_bytes + cut_bytes * i / slices;
        // The first item line at or after the target (never the list's first).
        const auto item = std::lower_bound(best->items.begin(), best->items.end(), target);
        if (item != best->items.end() && (plan.cuts.empty() || *item > plan.cuts.back())) {
            plan.cuts.push_back(*item);
        }
    }
    if (plan.cuts.empty()) {
        return std::nullopt;
    }
    return plan;
}

// Parses the pieces of `plan` at once; nothing unless every piece parsed
// cleanly into the shape a whole parse gives.
//
// Each piece reads on past its end (yaml-cpp decides how a node ends by
// looking at what follows) and stops at the first node after it, which
// must be where the next piece starts: the next item of the list, or the
// next top-level key after the list. A slice of the list is read after the
// line "KEY:", so that it sits in a root mapping like the list itself.
std::optional<YamlParse> parse_split(std::string_view text, const SplitPlan& plan, ItemSink& sink) {
    const auto lines_before = [&](std::size_t offset) {
        return static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
    };
    const std::size_t slices = plan.cuts.size();
    std::vector<PieceContext> contexts(slices);
    std::vector<int> stop_lines(slices);
    for (std::size_t i = 0; i < slices; ++i) {
        const std::size_t from = plan.cuts[i];
        const std::size_t to = i + 1 < slices ? plan.cuts[i + 1] : plan.end;
        contexts[i] = {plan.key + ":\n", lines_before(from) - 1, to - from, {}};
        stop_lines[i] = lines_before(to) + 1;
    }
    std::vector<std::unique_ptr<ItemSink>> sinks;
    for (std::size_t i = 0; i < slices; ++i) {
        sinks.push_back(sink.fork());
    }
    std::vector<Piece> pieces(slices);
    std::vector<std::exception_ptr> failures(slices);
    std::vector<std::jthread> workers; // last, so that they are joined before the rest goes
    try {
        for (std::size_t i = 0; i < slices; ++i) {
            workers.emplace_back([&, i] {
                try {
                    pieces[i] = parse_piece(text.substr(plan.cuts[i]), sinks[i].get(), contexts[i]);
                } catch (...) {
                    failures[i] = std::current_exception();
                }
            });
        }
    } catch (const std::system_error&) {
        return std::nullopt; // no thread to be had: one thread parses it all
    }
    auto head_sink = sink.fork();
    auto tail_sink = sink.fork();
    std::exception_ptr main_failure;
    Piece head;
    Piece tail;
    try {
        head = parse_piece(text, head_sink.get(), {"", 0, plan.cuts.front(), {}});
        PieceContext after{"", lines_before(plan.end), std::string_view::npos, {}};
        if (head.parse.root != nullptr && head.parse.root->kind == YamlNode::Kind::map) {
            for (const auto& [key, value] : head.parse.root->entries) {
                after.root_keys.push_back(key->value);
            }
        }
        tail = parse_piece(text.substr(plan.end), tail_sink.get(), after);
    } catch (...) {
        main_failure = std::current_exception();
    }
    for (auto& worker : workers) {
        worker.join();
    }
    for (const auto& failure : failures) {
        if (failure) {
            std::rethrow_exception(failure);
        }
    }
    if (main_failure) {
        std::rethrow_exception(main_failure);
    }

    // Each piece must hold a root mapping whose last entry is the list,
    // streamed, at the items' column.
    const auto list_of = [&](const Piece& piece) -> NodePtr {
        const NodePtr& root = piece.parse.root;
        if (!piece.parse.diagnostics.empty() || piece.doubtful || root == nullptr ||
            root->kind != YamlNode::Kind::map || root->entries.empty()) {
            return nullptr;
        }
        const auto& [key, list] = root->entries.back();
        const bool expected = key->kind == YamlNode::Kind::scalar && key->value == plan.key && list != nullptr &&
                              list->kind == YamlNode::Kind::sequence && list->column == plan.indent + 1 &&
                              list->streamed > 0 && list->items.empty();
        return expected ? list : nullptr;
    };
    const NodePtr head_list = list_of(head);
    if (head_list == nullptr || !head.stopped || head.stop_depth != 2 ||
        head.stop_line != lines_before(plan.cuts.front()) + 1) {
        return std::nullopt;
    }
    const NodePtr& rest = tail.parse.root;
    if (!tail.parse.diagnostics.empty() || tail.doubtful ||
        (rest != nullptr && (rest->kind != YamlNode::Kind::map || rest->column != 1))) {
        return std::nullopt;
    }
    std::size_t streamed = head_list->streamed;
    for (std::size_t i = 0; i < slices; ++i) {
        const Piece& piece = pieces[i];
        const NodePtr list = list_of(piece);
        const bool last = i + 1 == slices;
        // A slice stops at the next item; the last at the key after the
        // list, or at the end of the text when nothing follows the list.
        const bool stopped_right =
            piece.stopped && piece.stop_line == stop_lines[i] && piece.stop_depth == (last ? 1U : 2U);
        const bool ran_out = last && !piece.stopped && rest == nullptr;
        if (list == nullptr || piece.parse.root->entries.size() != 1 || !(stopped_right || ran_out)) {
            return std::nullopt;
        }
        streamed += list->streamed;
    }

    auto whole_list = std::make_shared<YamlNode>(*head_list);
    whole_list->streamed = streamed;
    auto root = std::make_shared<YamlNode>(*head.parse.root);
    root->entries.back().second = whole_list;
    if (rest != nullptr) {
        root->entries.insert(root->entries.end(), rest->entries.begin(), rest->entries.end());
    }
    sink.append(*head_sink);
    for (auto& part : sinks) {
        sink.append(*part);
    }
    sink.append(*tail_sink);
    YamlParse result;
    result.root = root;
    result.threads = static_cast<unsigned>(slices + 1);
    return result;
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
    const unsigned threads = options.threads != 0 ? options.threads : std::clamp(usable_cores(), 1U, 4U);
    if (options.sink != nullptr && threads > 1 && text.size() >= options.split_from_bytes) {
        if (const auto plan = plan_split(text, *options.sink, threads)) {
            if (auto split = parse_split(text, *plan, *options.sink)) {
                return std::move(*split);
            }
        }
    }
    const Piece whole = parse_piece(text, options.sink, {});
    return std::move(whole.parse);
}

} // namespace br::catalog
