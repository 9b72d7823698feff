#pragma once
#include <backroutine/catalog/diagnostic.hpp>
#include <backroutine/catalog/schema.hpp>
#include <backroutine/model/catalog.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace br::catalog {

/// Files larger than this are refused before parsing.
constexpr std::size_t k_max_file_bytes = std::size_t{16} * 1024 * 1024; // a 10,000-exercise catalog is about 6 MiB

/// The bytes of a regular, readable file of at most k_max_file_bytes;
/// throws br::Error with ExitCode::no_input otherwise. `-` reads stdin.
std::string read_input_file(const std::filesystem::path& path);

/// One file's text and the name used in messages and origins.
struct SourceFile {
    std::string name;
    std::string text;
};

/// A layer of the catalog: a set of files whose ids must not repeat.
struct Layer {
    std::string name;
    std::vector<SourceFile> files;
    /// A user's layer (XDG directories, --catalog): a file with a problem is
    /// left out, its problems become warnings, and the load goes on; two of
    /// its files giving one id is a warning, and the later one wins.
    bool lenient = false;
    /// What below the layer's directory could not be read, one message each.
    std::vector<std::string> unreadable{};
};

/// Parses one file's text as a catalog file, or as a single routine when the
/// top-level mapping has `steps`. Diagnostics carry the file name.
FileContents parse_catalog_text(const SourceFile& file, Diagnostics& out);

/// The built-in catalog as a layer.
Layer builtin_layer();

/// A layer from a catalog directory or a single file; throws br::Error
/// (no_input) when that path cannot be read. From a directory: every
/// *.yaml and *.yml file below it, sorted, except hidden files and
/// directories and editors' lock, backup and swap files (`.#x`, `#x#`,
/// `x~`, `.x.swp`); what below it cannot be read is listed in `unreadable`.
Layer read_layer(const std::filesystem::path& path);

/// A file of a lenient layer that was left out because of its problems.
struct LeftOut {
    std::string file;
    std::size_t problems = 0;
    std::vector<std::string> ids; // the ids its entries give
    bool empty = false;           // it holds nothing (its one problem says so)
};

/// A catalog and every problem found while building it.
struct Loaded {
    model::Catalog catalog;
    Diagnostics diagnostics; // problems in files that were not left out: the load failed
    Diagnostics warnings;    // problems of files left out, ids given in two files of a lenient layer
    std::vector<LeftOut> left_out;
    std::vector<std::string> unreadable; // from every layer
};

/// Layers in order over `base` (later wins on equal ids), then checks that
/// every reference between entries resolves and routines do not include
/// themselves; a file of a lenient layer that refers to what is not there
/// is left out too. Each file's text is released once it is parsed.
Loaded load_layers(std::vector<Layer> layers, model::Catalog base = {});

/// Reports unknown exercise and routine ids (with suggestions), unknown
/// `variant_of` links, cycles between routines and routines that nest or
/// expand beyond model::RoutineLimits, each at the step that goes past.
Diagnostics check_references(const model::Catalog& catalog);

} // namespace br::catalog
