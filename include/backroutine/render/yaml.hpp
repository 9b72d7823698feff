#pragma once
#include <backroutine/model/catalog.hpp>

#include <string>

namespace br::render {

/// The exercise in catalog format, as a one-item `exercises:` file that
/// validates as it is (and after its id is changed).
std::string to_yaml(const model::Exercise& exercise);

/// The routine in catalog format, as a one-item `routines:` file.
std::string to_yaml(const model::Routine& routine);

/// A bare routine mapping (`id`, `name`, ..., `steps`): the routine file
/// format that `plan`, `run` and `sheet` read.
std::string routine_file_yaml(const model::Routine& routine);

} // namespace br::render
