#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace br::catalog {

/// One problem in an input file, at a 1-based line and column.
struct Diagnostic {
    std::string file;
    int line = 0;
    int column = 0;
    std::string message;

    /// `FILE:LINE:COL: error: message` (or another severity, e.g. "warning").
    [[nodiscard]] std::string to_string(std::string_view severity = "error") const;
    friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

using Diagnostics = std::vector<Diagnostic>;

/// Every diagnostic on its own line, in order of file, line and column.
std::string format_all(Diagnostics diagnostics, std::string_view severity = "error");

/// A file name as messages print it: as is, or in double quotes with C
/// escapes when it holds a control character (a newline would break the
/// `FILE:LINE:COL` line), a quote or a backslash.
std::string quote_file_name(std::string_view name);

} // namespace br::catalog
