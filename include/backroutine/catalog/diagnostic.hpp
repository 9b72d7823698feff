#pragma once
#include <string>
#include <vector>

namespace br::catalog {

/// One problem in an input file, at a 1-based line and column.
struct Diagnostic {
    std::string file;
    int line = 0;
    int column = 0;
    std::string message;

    /// `FILE:LINE:COL: error: message`.
    [[nodiscard]] std::string to_string() const;
    friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

using Diagnostics = std::vector<Diagnostic>;

/// Every diagnostic on its own line, in order of file, line and column.
std::string format_all(Diagnostics diagnostics);

} // namespace br::catalog
