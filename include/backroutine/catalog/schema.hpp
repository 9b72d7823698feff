#pragma once
#include <backroutine/catalog/diagnostic.hpp>
#include <backroutine/catalog/yaml_tree.hpp>
#include <backroutine/model/exercise.hpp>
#include <backroutine/model/routine.hpp>

#include <optional>
#include <string>
#include <vector>

namespace br::catalog {

/// What one catalog file holds.
struct FileContents {
    std::vector<model::Exercise> exercises;
    std::vector<model::Routine> routines;
    std::optional<model::Safety> safety;
    std::vector<model::Source> sources;
    std::vector<std::string> declared_ids; // ids of invalid entries (the first few), for messages
    bool empty = false;                    // the file holds no YAML at all
};

/// Reads a dose mapping; `need_work` demands exactly one of reps, hold and duration.
std::optional<model::Dose> read_dose(const YamlNode& node, bool need_work, Diagnostics& out);

/// Reads one exercise mapping.
std::optional<model::Exercise> read_exercise(const YamlNode& node, Diagnostics& out);

/// Reads one routine mapping.
std::optional<model::Routine> read_routine(const YamlNode& node, Diagnostics& out);

/// Reads a whole catalog file; `file` only names the entries' origin.
FileContents read_catalog(const YamlNode& root, const std::string& file, Diagnostics& out);

} // namespace br::catalog
