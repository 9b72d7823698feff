#pragma once
#include <backroutine/catalog/diagnostic.hpp>
#include <backroutine/catalog/loader.hpp>
#include <backroutine/model/settings.hpp>

namespace br::catalog {

/// Reads config.yaml into `settings` (keys it does not set keep their
/// values); every problem becomes a positioned diagnostic.
void read_settings(const SourceFile& file, model::Settings& settings, Diagnostics& out);

} // namespace br::catalog
