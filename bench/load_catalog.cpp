// Loading a catalog file in process: the median time of parse_catalog_text
// over several runs.
//
//   bench_load_catalog FILE [RUNS]
#include <backroutine/catalog/loader.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_load_catalog FILE [RUNS]\n");
        return 2;
    }
    const int runs = argc > 2 ? std::max(std::atoi(argv[2]), 1) : 11;
    const br::catalog::SourceFile file{argv[1], br::catalog::read_input_file(argv[1])};
    std::vector<double> times;
    std::size_t exercises = 0;
    for (int i = 0; i < runs; ++i) {
        br::catalog::Diagnostics diagnostics;
        const auto start = std::chrono::steady_clock::now();
        const auto contents = br::catalog::parse_catalog_text(file, diagnostics);
        const auto stop = std::chrono::steady_clock::now();
        exercises = contents.exercises.size();
        if (!diagnostics.empty()) {
            std::fprintf(stderr, "bench_load_catalog: %s\n", diagnostics.front().to_string().c_str());
            return 1;
        }
        times.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
    }
    std::sort(times.begin(), times.end());
    const double median = times[times.size() / 2];
    std::printf("| %zu exercises, %zu KiB | %.1f ms | %.1f µs |\n", exercises, file.text.size() / 1024, median,
                median * 1000 / static_cast<double>(std::max<std::size_t>(exercises, 1)));
    return 0;
}
