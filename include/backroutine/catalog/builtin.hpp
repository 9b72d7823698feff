#pragma once
#include <span>
#include <string_view>

namespace br::catalog {

/// One file of the built-in catalog, embedded at build time.
struct EmbeddedFile {
    std::string_view path; // relative to catalog/, e.g. "exercises/stretch.yaml"
    std::string_view text;
};

/// Every built-in catalog file, sorted by path.
std::span<const EmbeddedFile> builtin_files();

} // namespace br::catalog
