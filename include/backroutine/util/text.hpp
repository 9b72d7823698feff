#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace br::util {

/// Replaces control characters (C0, DEL, C1, and ESC sequences) so catalog
/// text can never drive the terminal; tabs become spaces.
std::string sanitize(std::string_view text);

/// `sanitize` line by line, keeping line ends and tabs (both are text here): the one place text from a
/// catalog or config file is cleaned as it enters the model, so no field can
/// reach a terminal, a notification or an output file with control codes.
std::string clean_text(std::string_view text);

/// True for lowercase letters and digits separated by single hyphens.
bool is_kebab_case(std::string_view text);

/// Levenshtein distance, capped for long inputs.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word`, if close enough to be a likely typo.
std::optional<std::string> closest(std::string_view word, std::span<const std::string> candidates);

/// "; did you mean 'x'?" or "" when nothing is close.
std::string did_you_mean(std::string_view word, std::span<const std::string> candidates);

/// Lowercase ASCII copy.
std::string lower(std::string_view text);

/// The items with `separator` between them.
std::string join(std::span<const std::string> items, std::string_view separator);

/// Word-wraps to `width` columns (counting UTF-8 code points).
std::string wrap(std::string_view text, std::size_t width, std::string_view indent = "");

/// Number of code points in a UTF-8 string (its width for our purposes).
std::size_t display_width(std::string_view text);

/// `text` cut to `width` code points, ending in an ellipsis when cut.
std::string truncate(std::string_view text, std::size_t width);

/// `text` padded with spaces to `width` code points.
std::string pad_right(std::string_view text, std::size_t width);

} // namespace br::util
