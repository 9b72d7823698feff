#pragma once
#include <backroutine/catalog/diagnostic.hpp>
#include <backroutine/catalog/yaml_tree.hpp>
#include <backroutine/model/figure.hpp>

#include <optional>

namespace br::catalog {

/// Reads an exercise's `figure`: view, props and keyframes of joint angles;
/// reports unknown joints, angles out of range and keyframes the dose needs
/// but the figure lacks.
std::optional<model::Figure> read_figure(const YamlNode& node, const model::Dose& dose, Diagnostics& out);

} // namespace br::catalog
