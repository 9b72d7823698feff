#include <backroutine/catalog/diagnostic.hpp>

#include <algorithm>

namespace br::catalog {

std::string Diagnostic::to_string() const {
    return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": error: " + message;
}

std::string format_all(Diagnostics diagnostics) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        if (a.file != b.file) {
            return a.file < b.file;
        }
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    diagnostics.erase(std::unique(diagnostics.begin(), diagnostics.end()), diagnostics.end());
    std::string out;
    for (const auto& d : diagnostics) {
        out += d.to_string();
        out += '\n';
    }
    return out;
}

} // namespace br::catalog
