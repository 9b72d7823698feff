#pragma once
#include <backroutine/model/catalog.hpp>

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

/// The built-in catalog as model values: those files parsed (about 2 ms;
/// see docs/performance.md). Throws br::Error when they have a problem,
/// which the test suite rules out.
model::Catalog builtin_catalog();

} // namespace br::catalog
