// Parsing a large YAML file in pieces on several threads, with the result
// of parsing it whole (see parse_yaml).
#include "yaml_piece.hpp"

#include <algorithm>
#include <cctype>
#include <exception>
#include <memory>
#include <sched.h>
#include <system_error>
#include <thread>

namespace br::catalog {
namespace {

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

// The start of a line: its offset and the number of lines before it.
struct LineStart {
    std::size_t offset = 0;
    int line = 0;
};

// Where to cut a file to parse it in pieces: inside the block list under
// the top-level `key`, at the starts of some of its items.
struct SplitPlan {
    std::string key;
    int indent = 0;              // column of the items' '-', from 0
    std::vector<LineStart> cuts; // item lines where slices start
    LineStart end;               // the first line after the list
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
        std::size_t first = 0;        // offset of the first item's line
        std::vector<LineStart> items; // item lines after the first where a cut may go
        LineStart end;
    };
    std::optional<List> open;
    std::optional<List> best;
    std::vector<std::string_view> keys;
    // A list ends at the end of the text or at the next top-level key
    // (`name: ...`); after anything else the pieces could read differently.
    const auto finish = [&](LineStart end, bool at_key) {
        if (open && open->indent >= 0 && at_key) {
            open->end = end;
            if (!best || open->end.offset - open->first > best->end.offset - best->first) {
                best = std::move(open);
            }
        }
        open.reset();
    };
    int line_number = -1;
    for (std::size_t begin = 0; begin < text.size();) {
        ++line_number;
        std::size_t stop = text.find('\n', begin);
        stop = stop == std::string_view::npos ? text.size() : stop;
        const std::string_view line = text.substr(begin, stop - begin);
        const std::size_t first = std::min(line.find_first_not_of(' '), line.size());
        const std::string_view content = line.substr(first);
        const int indent = static_cast<int>(first);
        const LineStart here{begin, line_number};
        begin = stop + 1;
        if (content.empty() || content == "\r" || content.starts_with('#')) {
            continue;
        }
        if (open) {
            if (open->indent < 0 && is_item(content)) {
                open->indent = indent;
                open->first = here.offset;
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
    finish({text.size(), line_number + 1}, true);
    if (!best || best->items.empty()) {
        return std::nullopt;
    }
    // The calling thread parses what is before and after the cut list; each
    // other thread one slice of it.
    const std::size_t share = text.size() / parts;
    const std::size_t list_bytes = best->end.offset - best->first;
    const std::size_t slices = parts - 1;
    const std::size_t cut_bytes = std::min(list_bytes, share * slices);
    SplitPlan plan{best->key, best->indent, {}, best->end};
    for (std::size_t i = 0; i < slices; ++i) {
        const std::size_t target = best->end.offset - cut_bytes + cut_bytes * i / slices;
        // The first item line at or after the target (never the list's first).
        const auto item = std::lower_bound(best->items.begin(), best->items.end(), target,
                                           [](const LineStart& start, std::size_t at) { return start.offset < at; });
        if (item != best->items.end() && (plan.cuts.empty() || item->offset > plan.cuts.back().offset)) {
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
    const std::size_t slices = plan.cuts.size();
    std::vector<PieceContext> contexts(slices);
    std::vector<int> stop_lines(slices);
    for (std::size_t i = 0; i < slices; ++i) {
        const LineStart from = plan.cuts[i];
        const LineStart to = i + 1 < slices ? plan.cuts[i + 1] : plan.end;
        contexts[i] = {plan.key + ":\n", from.line - 1, to.offset - from.offset, {}};
        stop_lines[i] = to.line + 1;
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
                    pieces[i] = parse_piece(text.substr(plan.cuts[i].offset), sinks[i].get(), contexts[i]);
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
        head = parse_piece(text, head_sink.get(), {"", 0, plan.cuts.front().offset, {}});
        PieceContext after{"", plan.end.line, std::string_view::npos, {}};
        if (head.parse.root != nullptr && head.parse.root->kind == YamlNode::Kind::map) {
            for (const auto& [key, value] : head.parse.root->entries) {
                after.root_keys.push_back(key->value);
            }
        }
        tail = parse_piece(text.substr(plan.end.offset), tail_sink.get(), after);
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
    if (head_list == nullptr || !head.stopped || head.stop_depth != 2 || head.stop_line != plan.cuts.front().line + 1) {
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

std::optional<YamlParse> parse_in_pieces(std::string_view text, ItemSink& sink, unsigned threads) {
    const unsigned parts = threads != 0 ? threads : std::clamp(usable_cores(), 1U, 4U);
    if (parts < 2) {
        return std::nullopt;
    }
    const auto plan = plan_split(text, sink, parts);
    return plan ? parse_split(text, *plan, sink) : std::nullopt;
}

} // namespace br::catalog
