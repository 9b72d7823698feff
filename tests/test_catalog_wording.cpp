// The catalog's facts come from the four seed articles; its sentences must not.
// The articles are not copied into the repository (they carry no licence that
// would allow it): a file of fingerprints of their 8-word runs is, and where
// the articles sit beside the checkout (BR_SEEDS_DIR) it is checked against them.
#include <backroutine/catalog/builtin.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <cstdint>
#include <cstdlib>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

constexpr std::size_t k_run = 8;         // words in a row that make a copied phrase
constexpr std::size_t k_step_words = 18; // a step read from a metre away stays short

std::string read_all(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Lower case, every run of characters other than letters and digits a single
// break: "Shoulder-width," and "shoulder width" are the same two words.
std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> words;
    std::string word;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) != 0 || u >= 0x80) {
            word += static_cast<char>(std::tolower(u));
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) {
        words.push_back(std::move(word));
    }
    return words;
}

std::string run_at(const std::vector<std::string>& words, std::size_t at) {
    std::string run;
    for (std::size_t i = at; i < at + k_run; ++i) {
        run += (i == at ? "" : " ") + words[i];
    }
    return run;
}

std::uint64_t fingerprint(const std::string& run) {
    std::uint64_t hash = 14695981039346656037ULL; // FNV-1a, 64 bits
    for (const char c : run) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    return hash;
}

// The fingerprint of every k_run-word run of every article, computed from the
// articles themselves where the project keeps them (BR_SEEDS_DIR).
std::set<std::uint64_t> article_fingerprints(const fs::path& dir) {
    std::set<std::uint64_t> prints;
    std::size_t articles = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() != ".txt") {
            continue;
        }
        ++articles;
        const auto words = words_of(read_all(entry.path()));
        for (std::size_t at = 0; at + k_run <= words.size(); ++at) {
            prints.insert(fingerprint(run_at(words, at)));
        }
    }
    REQUIRE(articles == 4);
    return prints;
}

// The same fingerprints as committed in tests/fixtures/seed-runs.txt: hashes
// only, so the check runs in any checkout without copying the articles'
// text into the repository. BR_UPDATE_GOLDEN=1 rewrites the file.
const fs::path k_prints_file = fs::path(BR_FIXTURES) / "seed-runs.txt";

std::set<std::uint64_t> committed_fingerprints() {
    std::ifstream in(k_prints_file);
    REQUIRE(in.good());
    std::set<std::uint64_t> prints;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line[0] != '#') {
            prints.insert(std::stoull(line, nullptr, 16));
        }
    }
    REQUIRE(prints.size() > 1000);
    return prints;
}

bool copied_run_in(const std::string& text, const std::set<std::uint64_t>& prints) {
    const auto words = words_of(text);
    for (std::size_t at = 0; at + k_run <= words.size(); ++at) {
        if (prints.contains(fingerprint(run_at(words, at)))) {
            return true;
        }
    }
    return false;
}

std::vector<fs::path> catalog_files() {
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(BR_CATALOG_DIR)) {
        // sources.yaml names the articles by their titles on purpose: a citation.
        if (entry.path().extension() == ".yaml" && entry.path().filename() != "sources.yaml") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::size_t word_count(const std::string& text) {
    std::istringstream in(text);
    return static_cast<std::size_t>(std::distance(std::istream_iterator<std::string>(in), {}));
}

} // namespace

TEST_SUITE("catalog::wording") {
    TEST_CASE("words_of lowers case and breaks at punctuation") {
        CHECK(words_of("Child's pose: 30-60 s,\n  shoulder-width!") ==
              std::vector<std::string>{"child", "s", "pose", "30", "60", "s", "shoulder", "width"});
    }

    TEST_CASE("the committed fingerprints are those of the articles") {
        const fs::path dir = BR_SEEDS_DIR;
        if (!fs::is_directory(dir)) {
            MESSAGE("the seed articles are not beside this checkout ("
                    << dir.string() << "): checking the committed fingerprints only");
            return;
        }
        const auto prints = article_fingerprints(dir);
        if (std::getenv("BR_UPDATE_GOLDEN") != nullptr) {
            std::ofstream out(k_prints_file);
            out << "# FNV-1a hashes of every 8-word run of the seed articles (tests/test_catalog_wording.cpp)\n";
            for (const auto print : prints) {
                out << fmt::format("{:016x}\n", print);
            }
        }
        CHECK(committed_fingerprints() == prints);
    }

    TEST_CASE("no run of eight words from an article appears in the catalog, comments included") {
        const auto prints = committed_fingerprints();
        const auto files = catalog_files();
        REQUIRE(files.size() >= 10);
        std::vector<std::string> copied;
        for (const auto& file : files) {
            std::istringstream lines(read_all(file));
            std::string line;
            std::string window; // a phrase may run over two lines
            std::size_t number = 0;
            while (std::getline(lines, line)) {
                ++number;
                if (copied_run_in(window + " " + line, prints) && !copied_run_in(window, prints)) {
                    copied.push_back(file.filename().string() + ":" + std::to_string(number) + ": " + line);
                }
                window = line;
            }
        }
        for (const auto& line : copied) {
            FAIL_CHECK("copied from an article: " << line);
        }
        CHECK(copied.empty());
    }

    TEST_CASE("the check finds a sentence copied from an article") {
        const auto prints = committed_fingerprints();
        CHECK(copied_run_in("Steps: Press your palms into the floor and lift your chest off the ground.", prints));
        CHECK_FALSE(copied_run_in("Kneel on all fours and let the breath move the back slowly.", prints));
    }

    TEST_CASE("every step of every exercise is short") {
        const auto catalog = br::catalog::builtin_catalog();
        for (const auto& exercise : catalog.exercises()) {
            for (const auto& step : exercise.steps) {
                CAPTURE(exercise.id);
                CAPTURE(step);
                CHECK(word_count(step) <= k_step_words);
            }
        }
    }
}
