#include <backroutine/catalog/diagnostic.hpp>

#include <algorithm>
#include <cstdio>

namespace br::catalog {

std::string quote_file_name(std::string_view name) {
    const bool plain = std::none_of(name.begin(), name.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte < 0x20 || byte == 0x7f || c == '"' || c == '\\';
    });
    if (plain) {
        return std::string(name);
    }
    std::string out = "\"";
    for (const char c : name) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (byte < 0x20 || byte == 0x7f) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\x%02x", byte);
            out += escaped;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

std::string Diagnostic::to_string(std::string_view severity) const {
    return quote_file_name(file) + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " +
           std::string(severity) + ": " + message;
}

std::string format_all(Diagnostics diagnostics, std::string_view severity) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        if (a.file != b.file) {
            return a.file < b.file;
        }
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    diagnostics.erase(std::unique(diagnostics.begin(), diagnostics.end()), diagnostics.end());
    std::string out;
    for (const auto& d : diagnostics) {
        out += d.to_string(severity);
        out += '\n';
    }
    return out;
}

} // namespace br::catalog
