#pragma once
// Internal to the catalog area: parsing a piece of a YAML text, shared by
// parse_yaml (yaml_tree.cpp) and the parse in pieces (yaml_split.cpp).
#include <backroutine/catalog/yaml_tree.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace br::catalog {

/// How a piece of the text is parsed: what stands before it, where it stops.
struct PieceContext {
    std::string prefix;                           // read first, in place of the text the piece skips
    int line_offset = 0;                          // added to the stream's lines to give lines of the whole text
    std::size_t stop_at = std::string_view::npos; // stop at the first node at or after this offset
    std::vector<std::string> root_keys;           // keys of the root mapping given before the piece
};

/// One piece of the text parsed on its own.
struct Piece {
    YamlParse parse;
    bool doubtful = false;      // its result may differ from a whole parse (see yaml_tree.cpp)
    bool stopped = false;       // reached PieceContext::stop_at
    int stop_line = 0;          // line of the node it stopped at
    std::size_t stop_depth = 0; // collections open there
};

/// Parses `text` (after `context.prefix`) as one document, or up to the
/// first node at `context.stop_at`. The whole text needs an empty context.
Piece parse_piece(std::string_view text, ItemSink* sink, const PieceContext& context);

/// The result of parsing `text` in pieces on up to `threads` threads (0:
/// one per usable core), or nothing when the text cannot be cut or any
/// piece might read differently from the whole; then parse it whole.
std::optional<YamlParse> parse_in_pieces(std::string_view text, ItemSink& sink, unsigned threads);

} // namespace br::catalog
