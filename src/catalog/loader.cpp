#include <backroutine/catalog/builtin.hpp>
#include <backroutine/catalog/fields.hpp>
#include <backroutine/catalog/loader.hpp>
#include <backroutine/catalog/yaml_tree.hpp>
#include <backroutine/error.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <sys/stat.h>

namespace br::catalog {
namespace {

namespace fs = std::filesystem;

[[noreturn]] void cannot_read(const fs::path& path, const std::string& why) {
    throw Error("cannot read '" + path.string() + "': " + why, ExitCode::no_input);
}

std::string read_stream(std::istream& in, const fs::path& path, std::size_t expected = 0) {
    std::string text;
    text.reserve(expected + 1); // a regular file's size: one allocation, no slack
    char buffer[65536];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (text.size() > k_max_file_bytes) {
            cannot_read(path, "it is larger than 16 MiB");
        }
    }
    if (in.bad()) {
        cannot_read(path, "read error");
    }
    return text;
}

void stamp(Diagnostics& out, std::size_t from, const std::string& file) {
    for (std::size_t i = from; i < out.size(); ++i) {
        out[i].file = file;
    }
}

// Moves the items of `from` to the end of `into`, taking its storage when
// `into` is empty rather than growing a copy.
template <typename T>
void move_append(std::vector<T>& into, std::vector<T>& from) {
    if (into.empty()) {
        into = std::move(from);
    } else {
        into.reserve(into.size() + from.size());
        std::move(from.begin(), from.end(), std::back_inserter(into));
    }
    from.clear();
}

// Entries of one kind in one layer, to catch an id given twice.
template <typename T>
void check_unique(const std::vector<T>& items, std::string_view kind, Diagnostics& out) {
    std::map<std::string, const T*> seen;
    for (const auto& item : items) {
        auto [it, inserted] = seen.emplace(item.id, &item);
        if (!inserted) {
            const auto& first = it->second->origin;
            out.push_back({item.origin.file, item.origin.line, 1,
                           "duplicate " + std::string(kind) + " id '" + item.id + "' (also defined at " + first.file +
                               ":" + std::to_string(first.line) + ")"});
        }
    }
}

} // namespace

std::string read_input_file(const fs::path& path) {
    if (path == "-") {
        return read_stream(std::cin, "<stdin>");
    }
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
        cannot_read(path, std::strerror(errno));
    }
    if (S_ISDIR(info.st_mode)) {
        cannot_read(path, "it is a directory");
    }
    // Pipes are fine (`<(backroutine build)`): reading stops at the size cap.
    if (!S_ISREG(info.st_mode) && !S_ISFIFO(info.st_mode)) {
        cannot_read(path, "it is not a regular file");
    }
    if (static_cast<std::uintmax_t>(info.st_size) > k_max_file_bytes) {
        cannot_read(path, "it is larger than 16 MiB");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        cannot_read(path, std::strerror(errno));
    }
    return read_stream(in, path, S_ISREG(info.st_mode) ? static_cast<std::size_t>(info.st_size) : 0);
}

namespace {

// Turns the items of `exercises` and `routines` into the model as the
// parser hands them over, so the file's tree is never held whole.
class CatalogSink final : public ItemSink {
public:
    explicit CatalogSink(std::string file) : m_file(std::move(file)) {}

    [[nodiscard]] bool wants(std::string_view key) const override { return key == "exercises" || key == "routines"; }

    void item(std::string_view key, const YamlNode& node) override {
        if (key == "exercises") {
            if (auto exercise = read_exercise(node, diagnostics)) {
                exercise->origin.file = m_file;
                contents.exercises.push_back(std::move(*exercise));
            }
        } else if (auto routine = read_routine(node, diagnostics)) {
            routine->origin.file = m_file;
            contents.routines.push_back(std::move(*routine));
        }
    }

    [[nodiscard]] std::unique_ptr<ItemSink> fork() const override { return std::make_unique<CatalogSink>(m_file); }

    void append(ItemSink& part) override {
        auto& other = dynamic_cast<CatalogSink&>(part);
        move_append(contents.exercises, other.contents.exercises);
        move_append(contents.routines, other.contents.routines);
        move_append(diagnostics, other.diagnostics);
    }

    FileContents contents;
    Diagnostics diagnostics;

private:
    std::string m_file;
};

} // namespace

FileContents parse_catalog_text(const SourceFile& file, Diagnostics& out, unsigned threads) {
    const std::size_t before = out.size();
    CatalogSink sink(file.name);
    YamlOptions options;
    options.sink = &sink;
    options.threads = threads;
    YamlParse parsed = parse_yaml(file.text, options);
    out.insert(out.end(), parsed.diagnostics.begin(), parsed.diagnostics.end());
    FileContents contents;
    if (parsed.root == nullptr) {
        if (parsed.diagnostics.empty()) {
            out.push_back({{}, 1, 1, "the file is empty (a catalog file holds 'exercises', 'routines' or 'safety')"});
        }
    } else if (parsed.root->kind == YamlNode::Kind::map &&
               std::any_of(parsed.root->entries.begin(), parsed.root->entries.end(),
                           [](const auto& entry) { return entry.first->value == "steps"; })) {
        // A routine file: lists under 'exercises' or 'routines' are unknown
        // keys here, so what the sink made of their items is dropped.
        if (auto routine = read_routine(*parsed.root, out)) {
            routine->origin.file = file.name;
            contents.routines.push_back(std::move(*routine));
        }
    } else {
        out.insert(out.end(), sink.diagnostics.begin(), sink.diagnostics.end());
        // Streamed lists come first in the file's order; read_catalog adds
        // the safety notes and the items of any list that was not streamed.
        contents = std::move(sink.contents);
        FileContents rest = read_catalog(*parsed.root, file.name, out);
        move_append(contents.exercises, rest.exercises);
        move_append(contents.routines, rest.routines);
        contents.safety = std::move(rest.safety);
    }
    stamp(out, before, file.name);
    return contents;
}

Layer builtin_layer() {
    Layer layer{"built-in", {}};
    for (const auto& file : builtin_files()) {
        layer.files.push_back({"<built-in>/" + std::string(file.path), std::string(file.text)});
    }
    return layer;
}

Layer read_layer(const fs::path& path) {
    Layer layer{path.string(), {}};
    std::error_code error;
    if (path != "-" && fs::is_directory(path, error)) {
        std::vector<fs::path> files;
        for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, error);
             !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
            const auto extension = it->path().extension();
            if ((extension == ".yaml" || extension == ".yml") && !it->is_directory(error)) {
                files.push_back(it->path());
            }
        }
        if (error) {
            cannot_read(path, error.message());
        }
        std::sort(files.begin(), files.end());
        for (const auto& file : files) {
            layer.files.push_back({file.string(), read_input_file(file)});
        }
        return layer;
    }
    layer.files.push_back({path == "-" ? "<stdin>" : path.string(), read_input_file(path)});
    return layer;
}

Loaded load_layers(std::vector<Layer> layers, model::Catalog base) {
    Loaded loaded;
    loaded.catalog = std::move(base);
    for (auto& layer : layers) {
        FileContents merged;
        for (auto& file : layer.files) {
            FileContents contents = parse_catalog_text(file, loaded.diagnostics);
            std::string().swap(file.text); // parsed: the text is not needed any more
            move_append(merged.exercises, contents.exercises);
            move_append(merged.routines, contents.routines);
            if (contents.safety) {
                merged.safety = std::move(contents.safety);
            }
        }
        check_unique(merged.exercises, "exercise", loaded.diagnostics);
        check_unique(merged.routines, "routine", loaded.diagnostics);
        loaded.catalog.reserve(loaded.catalog.exercises().size() + merged.exercises.size(),
                               loaded.catalog.routines().size() + merged.routines.size());
        for (auto& exercise : merged.exercises) {
            loaded.catalog.put(std::move(exercise));
        }
        for (auto& routine : merged.routines) {
            loaded.catalog.put(std::move(routine));
        }
        if (merged.safety) {
            auto& safety = loaded.catalog.safety;
            auto& given = *merged.safety;
            for (auto [into, from] :
                 {std::pair{&safety.emergency, &given.emergency}, std::pair{&safety.reminder, &given.reminder}}) {
                if (!from->empty()) {
                    *into = *from;
                }
            }
            for (auto [into, from] :
                 {std::pair{&safety.avoid_acute, &given.avoid_acute},
                  std::pair{&safety.avoid_general, &given.avoid_general},
                  std::pair{&safety.seek_help, &given.seek_help}, std::pair{&safety.sources, &given.sources}}) {
                if (!from->empty()) {
                    *into = *from;
                }
            }
        }
    }
    const Diagnostics references = check_references(loaded.catalog);
    loaded.diagnostics.insert(loaded.diagnostics.end(), references.begin(), references.end());
    return loaded;
}

} // namespace br::catalog
