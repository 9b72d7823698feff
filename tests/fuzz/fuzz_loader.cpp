// libFuzzer target for the catalog loader: hostile bytes as one catalog file.
//
// How to run (from the project root; CORPUS_DIR is a scratch directory):
//
//   cmake --preset fuzz && cmake --build --preset fuzz && build/fuzz/tests/fuzz/fuzz_loader -max_total_time=600
//   -max_len=65536 CORPUS_DIR tests/fixtures/hostile catalog/exercises catalog/routines
//
// Recommended extra flags: -dict=tests/fuzz/yaml.dict -timeout=10
// -rss_limit_mb=2048 (and -len_control=0 to reach large inputs sooner).
//
// CORPUS_DIR (a scratch directory) receives new inputs; the other directories
// are read-only seeds. Minimised reproducers of past findings live in
// tests/fixtures/hostile/fuzz-*.yaml (with their expected errors); run them with
//   build/fuzz/tests/fuzz/fuzz_loader tests/fixtures/hostile/*.yaml
//
// Each input is fed to parse_catalog_text, then to load_layers as a layer on
// top of the built-in catalog (as `backroutine validate` does; the built-in
// layer is skipped when the input yields no entries, for speed), and the
// diagnostics are formatted. Nothing is written to stdout; a broken
// invariant is reported on stderr and aborts.
#include <backroutine/catalog/diagnostic.hpp>
#include <backroutine/catalog/loader.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using br::catalog::Diagnostic;
using br::catalog::Diagnostics;

[[noreturn]] void fail(const char* what, const Diagnostic& d) {
    std::fprintf(stderr, "fuzz_loader: invariant broken: %s\n  diagnostic: %s\n", what, d.to_string().c_str());
    std::abort();
}

// Every diagnostic names a file and a 1-based position, and has a message.
void check(const Diagnostics& diagnostics) {
    for (const auto& d : diagnostics) {
        if (d.file.empty()) {
            fail("diagnostic without a file name", d);
        }
        if (d.line < 1 || d.column < 1) {
            fail("diagnostic position is not 1-based", d);
        }
        if (d.message.empty()) {
            fail("diagnostic without a message", d);
        }
    }
    const std::string text = br::catalog::format_all(diagnostics);
    if (text.empty() != diagnostics.empty()) {
        std::fprintf(stderr, "fuzz_loader: invariant broken: format_all output empty=%d for %zu diagnostics\n",
                     int{text.empty()}, diagnostics.size());
        std::abort();
    }
}

const br::catalog::Layer& builtin() {
    static const br::catalog::Layer layer = br::catalog::builtin_layer();
    return layer;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    (void)builtin();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > br::catalog::k_max_file_bytes) {
        return -1; // the loader refuses such files before parsing
    }
    br::catalog::SourceFile file{"<fuzz>/input.yaml", std::string(reinterpret_cast<const char*>(data), size)};

    Diagnostics diagnostics;
    const br::catalog::FileContents contents = br::catalog::parse_catalog_text(file, diagnostics);
    check(diagnostics);

    // Re-parsing the built-in catalog dominates the run time, and it can only
    // matter when the input yields entries that may override or refer to
    // built-in ones; otherwise the input's layer alone takes the same paths.
    const bool has_entries = !contents.exercises.empty() || !contents.routines.empty() || contents.safety;
    std::vector<br::catalog::Layer> layers;
    if (has_entries) {
        layers.push_back(builtin());
    }
    layers.push_back(br::catalog::Layer{"fuzz", {file}});
    const br::catalog::Loaded loaded = br::catalog::load_layers(layers);
    check(loaded.diagnostics);
    return 0;
}
