#include <backroutine/catalog/builtin.hpp>
#include <backroutine/catalog/fields.hpp>
#include <backroutine/catalog/loader.hpp>
#include <backroutine/catalog/yaml_tree.hpp>
#include <backroutine/error.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <iostream>
#include <set>
#include <sys/stat.h>
#include <unistd.h>

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

// Problems shown per file; the rest are counted in one more line.
constexpr std::size_t k_max_problems = 50;

// Keeps the first k_max_problems of a file's problems (from `from` on),
// and says how many more there are.
void cap(Diagnostics& out, std::size_t from, std::size_t dropped) {
    if (out.size() - from <= k_max_problems && dropped == 0) {
        return;
    }
    const auto first = out.begin() + static_cast<std::ptrdiff_t>(from);
    std::stable_sort(first, out.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    const std::size_t more = out.size() - from - std::min(out.size() - from, k_max_problems) + dropped;
    Diagnostic last = out.size() - from > k_max_problems ? out[from + k_max_problems] : out.back();
    out.resize(std::min(out.size(), from + k_max_problems));
    last.message = "and " + std::to_string(more) + " more problem" + (more == 1 ? "" : "s") +
                   " in this file (the first " + std::to_string(k_max_problems) + " are shown)";
    out.push_back(std::move(last));
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

// Closes a file descriptor when it goes out of scope.
struct FileDescriptor {
    int fd = -1;
    explicit FileDescriptor(int descriptor) : fd(descriptor) {}
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    ~FileDescriptor() {
        if (fd >= 0) {
            ::close(fd);
        }
    }
};

// The bytes of a regular file, or of a pipe when `pipes` (`<(backroutine
// build)`). It is opened without blocking, so that a FIFO nobody writes to
// reads as empty instead of hanging, and checked once open.
std::string read_file(const fs::path& path, bool pipes) {
    const FileDescriptor file{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)};
    struct stat info {};
    if (file.fd < 0 || ::fstat(file.fd, &info) != 0) {
        cannot_read(path, std::strerror(errno));
    }
    if (S_ISDIR(info.st_mode)) {
        cannot_read(path, "it is a directory");
    }
    if (!S_ISREG(info.st_mode) && !(pipes && S_ISFIFO(info.st_mode))) {
        cannot_read(path, "it is not a regular file");
    }
    if (static_cast<std::uintmax_t>(info.st_size) > k_max_file_bytes) {
        cannot_read(path, "it is larger than 16 MiB");
    }
    ::fcntl(file.fd, F_SETFL, ::fcntl(file.fd, F_GETFL) & ~O_NONBLOCK); // a pipe's writer may still be writing
    std::string text;
    text.reserve(static_cast<std::size_t>(info.st_size) + 1); // one allocation, no slack
    char buffer[65536];
    while (true) {
        const ssize_t got = ::read(file.fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got < 0) {
            cannot_read(path, std::strerror(errno));
        }
        if (got == 0) {
            return text;
        }
        text.append(buffer, static_cast<std::size_t>(got));
        if (text.size() > k_max_file_bytes) {
            cannot_read(path, "it is larger than 16 MiB");
        }
    }
}

// A file a catalog directory holds: *.yaml or *.yml, not hidden, and not an
// editor's lock (.#x, #x#), backup (x~) or swap (.x.swp) file.
bool is_catalog_file(const std::string& name) {
    if (name.empty() || name.front() == '.' || name.front() == '#' || name.back() == '~' || name.ends_with(".swp")) {
        return false;
    }
    return name.ends_with(".yaml") || name.ends_with(".yml");
}

// Directories nested deeper than this below a catalog directory are not read.
constexpr std::size_t k_max_directory_depth = 16;

// Collects the catalog files below `dir`; what cannot be read is said in
// `unreadable`. Hidden directories are skipped, and a directory reached
// again (through a symlink) is read once.
void walk(const fs::path& dir, std::size_t depth, std::set<std::pair<dev_t, ino_t>>& seen, std::vector<fs::path>& files,
          std::vector<std::string>& unreadable) {
    std::error_code error;
    fs::directory_iterator it(dir, error);
    for (; !error && it != fs::directory_iterator(); it.increment(error)) {
        const fs::path& path = it->path();
        const std::string name = path.filename().string();
        struct stat info {};
        if (name.front() == '.') {
            continue;
        }
        if (::stat(path.c_str(), &info) != 0) {
            const int failure = errno; // a dangling link to something else is not ours to mention
            if (is_catalog_file(name) || failure != ENOENT) {
                unreadable.push_back("cannot read '" + path.string() + "': " + std::strerror(failure));
            }
        } else if (S_ISDIR(info.st_mode)) {
            if (depth >= k_max_directory_depth) {
                unreadable.push_back("cannot read '" + path.string() + "': it is nested too deep");
            } else if (seen.emplace(info.st_dev, info.st_ino).second) {
                walk(path, depth + 1, seen, files, unreadable);
            }
        } else if (is_catalog_file(name)) {
            if (S_ISREG(info.st_mode)) {
                files.push_back(path);
            } else {
                unreadable.push_back("cannot read '" + path.string() + "': it is not a regular file");
            }
        }
    }
    if (error) {
        unreadable.push_back("cannot read '" + dir.string() + "': " + error.message());
    }
}

} // namespace

std::string read_input_file(const fs::path& path) {
    return path == "-" ? read_stream(std::cin, "<stdin>") : read_file(path, true);
}

namespace {

// Notes the id an entry gives, whether or not the entry is valid.
void note_id(const YamlNode& node, std::vector<std::string>& ids) {
    for (const auto& [key, value] : node.entries) {
        if (key->value == "id" && value != nullptr && value->kind == YamlNode::Kind::scalar) {
            ids.push_back(value->value);
            return;
        }
    }
}

// Turns the items of `exercises` and `routines` into the model as the
// parser hands them over, so the file's tree is never held whole.
class CatalogSink final : public ItemSink {
public:
    explicit CatalogSink(std::string file) : m_file(std::move(file)) {}

    [[nodiscard]] bool wants(std::string_view key) const override { return key == "exercises" || key == "routines"; }

    void item(std::string_view key, const YamlNode& node) override {
        Diagnostics found;
        if (key == "exercises") {
            if (auto exercise = read_exercise(node, found)) {
                exercise->origin.file = m_file;
                contents.exercises.push_back(std::move(*exercise));
            }
        } else if (auto routine = read_routine(node, found)) {
            routine->origin.file = m_file;
            contents.routines.push_back(std::move(*routine));
        }
        if (!found.empty() && contents.declared_ids.size() < k_max_problems) {
            note_id(node, contents.declared_ids); // the entry is invalid: its id only names it in messages
        }
        // Only so many are kept: a file of a million problems must not take GBs.
        // One past the cap is kept so the count line can point at it.
        for (auto& problem : found) {
            if (diagnostics.size() <= k_max_problems) {
                diagnostics.push_back(std::move(problem));
            } else {
                ++dropped;
            }
        }
    }

    FileContents contents;
    Diagnostics diagnostics;
    std::size_t dropped = 0;

private:
    std::string m_file;
};

} // namespace

FileContents parse_catalog_text(const SourceFile& file, Diagnostics& out) {
    const std::size_t before = out.size();
    CatalogSink sink(file.name);
    YamlParse parsed = parse_yaml(file.text, &sink);
    out.insert(out.end(), parsed.diagnostics.begin(), parsed.diagnostics.end());
    FileContents contents;
    if (parsed.root == nullptr) {
        if (parsed.diagnostics.empty()) {
            contents.empty = true;
            out.push_back(
                {{}, 1, 1, "the file is empty (a catalog file holds 'exercises', 'routines', 'safety' or 'sources')"});
        }
    } else if (parsed.root->kind == YamlNode::Kind::map &&
               std::any_of(parsed.root->entries.begin(), parsed.root->entries.end(),
                           [](const auto& entry) { return entry.first->value == "steps"; })) {
        // A routine file: lists under 'exercises' or 'routines' are unknown
        // keys here, so what the sink made of their items is dropped.
        note_id(*parsed.root, contents.declared_ids);
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
        contents.sources = std::move(rest.sources);
    }
    cap(out, before, sink.dropped);
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

model::Catalog builtin_catalog() {
    Loaded loaded = load_layers({builtin_layer()});
    if (!loaded.diagnostics.empty()) {
        throw Error("the built-in catalog has problems: " + loaded.diagnostics.front().to_string(), ExitCode::failure);
    }
    return std::move(loaded.catalog);
}

Layer read_layer(const fs::path& path) {
    Layer layer{path.string(), {}};
    std::error_code error;
    if (path == "-" || !fs::is_directory(path, error)) {
        layer.files.push_back({path == "-" ? "<stdin>" : path.string(), read_input_file(path)});
        return layer;
    }
    std::set<std::pair<dev_t, ino_t>> seen;
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0) {
        seen.emplace(info.st_dev, info.st_ino);
    }
    std::vector<fs::path> files;
    walk(path, 0, seen, files, layer.unreadable);
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        try {
            layer.files.push_back({file.string(), read_file(file, false)});
        } catch (const Error& failure) {
            layer.unreadable.emplace_back(failure.what());
        }
    }
    std::sort(layer.unreadable.begin(), layer.unreadable.end());
    return layer;
}

} // namespace br::catalog
