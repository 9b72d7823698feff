// The catalog's facts come from the four seed articles; its sentences must not.
// These tests read the articles where the project keeps them (BR_SEEDS_DIR,
// ../shared/seeds beside the checkout): they are not copied into the
// repository, since they carry no licence that would allow it.
#include <backroutine/catalog/builtin.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
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

// Every k_run-word run of every article, with the article it is from.
std::map<std::string, std::string> article_runs() {
    const fs::path dir = BR_SEEDS_DIR;
    INFO("the seed articles belong in " << dir.string()
                                        << " (../shared/seeds beside the checkout; configure with -DBR_SEEDS_DIR=...)");
    REQUIRE(fs::is_directory(dir));
    std::map<std::string, std::string> runs;
    std::size_t articles = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() != ".txt") {
            continue;
        }
        ++articles;
        const auto words = words_of(read_all(entry.path()));
        for (std::size_t at = 0; at + k_run <= words.size(); ++at) {
            runs.emplace(run_at(words, at), entry.path().filename().string());
        }
    }
    REQUIRE(articles == 4);
    return runs;
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

    TEST_CASE("no run of eight words from an article appears in the catalog, comments included") {
        const auto runs = article_runs();
        const auto files = catalog_files();
        REQUIRE(files.size() >= 10);
        std::set<std::string> copied;
        for (const auto& file : files) {
            const auto words = words_of(read_all(file));
            for (std::size_t at = 0; at + k_run <= words.size(); ++at) {
                const auto found = runs.find(run_at(words, at));
                if (found != runs.end()) {
                    copied.insert(file.filename().string() + ": \"" + found->first + "\" (" + found->second + ")");
                }
            }
        }
        for (const auto& line : copied) {
            FAIL_CHECK("copied from an article: " << line);
        }
        CHECK(copied.empty());
    }

    TEST_CASE("the check finds a sentence copied from an article") {
        const auto runs = article_runs();
        const auto words = words_of("Steps: Press your palms into the floor and lift your chest off the ground.");
        bool found = false;
        for (std::size_t at = 0; at + k_run <= words.size(); ++at) {
            found = found || runs.contains(run_at(words, at));
        }
        CHECK(found);
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
