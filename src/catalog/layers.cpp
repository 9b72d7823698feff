// Layering catalog files into one catalog. A file of a lenient (user) layer
// with a problem is left out, with its problems as warnings, so that one
// broken file never locks the rest out.
#include <backroutine/catalog/loader.hpp>

#include "references.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace br::catalog {
namespace {

// One file, parsed.
struct Part {
    std::string name;
    std::size_t layer = 0;
    bool lenient = false;
    FileContents contents;
    Diagnostics problems;
    bool left_out = false;
};

// An id given twice. In one file, or in two files of a strict layer, it is a
// problem of the later file; in two files of a lenient layer a warning, and
// the later entry wins.
template <typename T>
void check_unique(std::vector<Part>& parts, std::size_t from, std::size_t to, std::vector<T> FileContents::*items,
                  std::string_view kind, Diagnostics& warnings) {
    std::unordered_map<std::string, std::pair<std::size_t, const T*>> seen;
    for (std::size_t p = from; p < to; ++p) {
        for (const auto& item : parts[p].contents.*items) {
            auto [it, inserted] = seen.try_emplace(item.id, p, &item);
            if (inserted) {
                continue;
            }
            const auto& first = it->second.second->origin;
            const std::string where = first.file + ":" + std::to_string(first.line);
            if (it->second.first == p || !parts[p].lenient) {
                parts[p].problems.push_back(
                    {item.origin.file, item.origin.line, std::max(item.origin.column, 1),
                     "duplicate " + std::string(kind) + " id '" + item.id + "' (also defined at " + where + ")"});
            } else {
                warnings.push_back(
                    {item.origin.file, item.origin.line, std::max(item.origin.column, 1),
                     std::string(kind) + " '" + item.id + "' is also defined at " + where + "; this one is used"});
            }
            it->second = {p, &item};
        }
    }
}

// The ids a left-out file gives, for "no routine 'x': FILE has N problems".
std::vector<std::string> ids_of(const Part& part) {
    std::vector<std::string> ids = part.contents.declared_ids;
    for (const auto& exercise : part.contents.exercises) {
        ids.push_back(exercise.id);
    }
    for (const auto& routine : part.contents.routines) {
        ids.push_back(routine.id);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

// Leaves out lenient files whose entries refer to what is not there (after
// the files already left out), until none does; returns the problems of
// strict files.
Diagnostics check_links(const model::Catalog& base, std::vector<Part>& parts) {
    std::unordered_map<std::string_view, Part*> by_name;
    for (auto& part : parts) {
        by_name.emplace(part.name, &part);
    }
    while (true) {
        EntryIndex index;
        for (const auto& exercise : base.exercises()) {
            index.add(exercise);
        }
        for (const auto& routine : base.routines()) {
            index.add(routine);
        }
        for (const auto& part : parts) {
            if (part.left_out) {
                continue;
            }
            for (const auto& exercise : part.contents.exercises) {
                index.add(exercise);
            }
            for (const auto& routine : part.contents.routines) {
                index.add(routine);
            }
        }
        Diagnostics strict;
        bool more = false;
        for (auto& found : check_references(index)) {
            const auto part = by_name.find(found.file);
            if (part != by_name.end() && part->second->lenient) {
                part->second->problems.push_back(std::move(found));
                more = more || !part->second->left_out;
                part->second->left_out = true;
            } else {
                strict.push_back(std::move(found));
            }
        }
        if (!more) {
            return strict;
        }
    }
}

// Safety notes given by a file replace those of earlier layers, field by field.
void merge_safety(model::Safety& safety, const model::Safety& given) {
    for (auto [into, from] :
         {std::pair{&safety.emergency, &given.emergency}, std::pair{&safety.reminder, &given.reminder}}) {
        if (!from->empty()) {
            *into = *from;
        }
    }
    for (auto [into, from] :
         {std::pair{&safety.avoid_acute, &given.avoid_acute}, std::pair{&safety.avoid_general, &given.avoid_general},
          std::pair{&safety.seek_help, &given.seek_help}, std::pair{&safety.sources, &given.sources}}) {
        if (!from->empty()) {
            *into = *from;
        }
    }
}

} // namespace

Loaded load_layers(std::vector<Layer> layers, model::Catalog base) {
    Loaded loaded;
    std::vector<Part> parts;
    std::vector<std::size_t> layer_start;
    for (std::size_t l = 0; l < layers.size(); ++l) {
        layer_start.push_back(parts.size());
        std::move(layers[l].unreadable.begin(), layers[l].unreadable.end(), std::back_inserter(loaded.unreadable));
        for (auto& file : layers[l].files) {
            Part part{file.name, l, layers[l].lenient, {}, {}, false};
            part.contents = parse_catalog_text(file, part.problems);
            std::string().swap(file.text); // parsed: the text is not needed any more
            parts.push_back(std::move(part));
        }
    }
    layer_start.push_back(parts.size());
    for (std::size_t l = 0; l < layers.size(); ++l) {
        check_unique(parts, layer_start[l], layer_start[l + 1], &FileContents::exercises, "exercise", loaded.warnings);
        check_unique(parts, layer_start[l], layer_start[l + 1], &FileContents::routines, "routine", loaded.warnings);
    }
    for (auto& part : parts) {
        part.left_out = part.lenient && !part.problems.empty();
    }
    Diagnostics strict = check_links(base, parts);
    loaded.catalog = std::move(base);
    std::size_t exercises = loaded.catalog.exercises().size();
    std::size_t routines = loaded.catalog.routines().size();
    for (const auto& part : parts) {
        exercises += part.contents.exercises.size();
        routines += part.contents.routines.size();
    }
    loaded.catalog.reserve(exercises, routines); // once: growing it file by file would copy it each time
    for (auto& part : parts) {
        if (part.left_out) {
            loaded.left_out.push_back({part.name, part.problems.size(), ids_of(part), part.contents.empty});
            std::move(part.problems.begin(), part.problems.end(), std::back_inserter(loaded.warnings));
            continue;
        }
        std::move(part.problems.begin(), part.problems.end(), std::back_inserter(loaded.diagnostics));
        for (auto& exercise : part.contents.exercises) {
            loaded.catalog.put(std::move(exercise));
        }
        for (auto& routine : part.contents.routines) {
            loaded.catalog.put(std::move(routine));
        }
        if (part.contents.safety) {
            merge_safety(loaded.catalog.safety, *part.contents.safety);
        }
        for (auto& source : part.contents.sources) {
            loaded.catalog.put(std::move(source));
        }
    }
    std::move(strict.begin(), strict.end(), std::back_inserter(loaded.diagnostics));
    return loaded;
}

} // namespace br::catalog
