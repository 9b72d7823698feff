// Loading a catalog file in process, on one thread and on two: the median
// time of parse_catalog_text over several runs, and the ratio.
//
//   bench_load_catalog FILE [RUNS]
#include <backroutine/catalog/loader.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

double median_ms(const br::catalog::SourceFile& file, unsigned threads, int runs, std::size_t& exercises) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        br::catalog::Diagnostics diagnostics;
        const auto start = std::chrono::steady_clock::now();
        const auto contents = br::catalog::parse_catalog_text(file, diagnostics, threads);
        const auto stop = std::chrono::steady_clock::now();
        exercises = contents.exercises.size();
        if (!diagnostics.empty()) {
            std::fprintf(stderr, "bench_load_catalog: %s\n", diagnostics.front().to_string().c_str());
            std::exit(1);
        }
        times.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_load_catalog FILE [RUNS]\n");
        return 2;
    }
    const int runs = argc > 2 ? std::atoi(argv[2]) : 11;
    const br::catalog::SourceFile file{argv[1], br::catalog::read_input_file(argv[1])};
    std::size_t exercises = 0;
    const double one = median_ms(file, 1, runs, exercises);
    const double two = median_ms(file, 2, runs, exercises);
    std::printf("| %zu exercises, %zu KiB | %.1f ms | %.1f ms | %.2f |\n", exercises, file.text.size() / 1024, one, two,
                one / two);
    return 0;
}
