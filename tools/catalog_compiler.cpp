// Build-time tool: loads the embedded catalog YAML with the project's own
// loader (a problem fails the build), then writes C++ that builds the same
// model::Catalog, so the program starts without parsing YAML.
// Usage: br_catalog_compiler OUTPUT.cpp
#include <backroutine/catalog/builtin.hpp>
#include <backroutine/catalog/loader.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

namespace {

using namespace br;

// A C++ string literal holding `text` exactly (octal escapes for anything unusual).
std::string literal(const std::string& text) {
    std::string out = "\"";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte >= 0x20 && byte < 0x7f && c != '?') {
            out += c;
        } else {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\%03o", byte);
            out += buffer;
        }
    }
    return out + "\"";
}

std::string strings(const std::vector<std::string>& items) {
    std::string out = "{";
    for (const auto& item : items) {
        out += literal(item) + ",";
    }
    return out + "}";
}

template <typename E>
std::string enums(const char* type, const std::vector<E>& items) {
    std::string out = "{";
    for (const auto item : items) {
        out += "static_cast<model::" + std::string(type) + ">(" + std::to_string(static_cast<int>(item)) + "),";
    }
    return out + "}";
}

std::string range(const std::optional<model::Range>& value) {
    return value ? "model::Range{" + std::to_string(value->low) + "," + std::to_string(value->high) + "}"
                 : "std::nullopt";
}

std::string number(const std::optional<int>& value) {
    return value ? std::to_string(*value) : "std::nullopt";
}

std::string dose(const model::Dose& d) {
    return "model::Dose{" + range(d.reps) + "," + number(d.tempo) + "," + number(d.rep_hold) + "," + range(d.hold) +
           "," + range(d.duration) + "," + number(d.sides) + "," + range(d.sets) + "," + number(d.rest) + "," +
           number(d.position_count) + "," + strings(d.position_names) + "," + strings(d.parts) + "," + range(d.spots) +
           "}";
}

void exercise(std::ostream& out, const model::Exercise& e) {
    out << "    {\n        model::Exercise e;\n";
    out << "        e.id = " << literal(e.id) << ";\n        e.name = " << literal(e.name) << ";\n";
    out << "        e.aliases = " << strings(e.aliases) << ";\n        e.variant_of = " << literal(e.variant_of)
        << ";\n";
    out << "        e.category = static_cast<model::Category>(" << static_cast<int>(e.category) << ");\n";
    out << "        e.targets = " << strings(e.targets) << ";\n";
    out << "        e.positions = " << enums("Position", e.positions) << ";\n";
    out << "        e.equipment = " << enums("Equipment", e.equipment) << ";\n";
    out << "        e.intensity = static_cast<model::Effort>(" << static_cast<int>(e.intensity) << ");\n";
    out << "        e.overhead = " << (e.overhead ? "true" : "false") << ";\n";
    out << "        e.why = " << literal(e.why) << ";\n        e.steps = " << strings(e.steps) << ";\n";
    out << "        e.dose = " << dose(e.dose) << ";\n";
    out << "        e.cues = " << strings(e.cues) << ";\n        e.cautions = " << strings(e.cautions) << ";\n";
    out << "        e.variations = " << strings(e.variations) << ";\n";
    out << "        e.sources = " << strings(e.sources) << ";\n";
    out << "        e.origin = {" << literal(e.origin.file) << ", " << e.origin.line << "};\n";
    out << "        catalog.put(std::move(e));\n    }\n";
}

void routine(std::ostream& out, const model::Routine& r) {
    out << "    {\n        model::Routine r;\n";
    out << "        r.id = " << literal(r.id) << ";\n        r.name = " << literal(r.name) << ";\n";
    out << "        r.description = " << literal(r.description) << ";\n        r.frequency = " << literal(r.frequency)
        << ";\n";
    out << "        r.intensity = static_cast<model::RoutineIntensity>(" << static_cast<int>(r.intensity) << ");\n";
    out << "        r.intensity_given = " << (r.intensity_given ? "true" : "false") << ";\n";
    for (const auto& step : r.steps) {
        out << "        r.steps.push_back({" << literal(step.exercise) << ", " << literal(step.routine) << ", "
            << (step.dose ? "std::optional<model::Dose>(" + dose(*step.dose) + ")" : "std::nullopt") << ", "
            << literal(step.note) << ", " << step.line << ", " << step.column << "});\n";
    }
    out << "        r.sources = " << strings(r.sources) << ";\n";
    out << "        r.origin = {" << literal(r.origin.file) << ", " << r.origin.line << "};\n";
    out << "        catalog.put(std::move(r));\n    }\n";
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: br_catalog_compiler OUTPUT.cpp\n";
        return 2;
    }
    const catalog::Loaded loaded = catalog::load_layers({catalog::builtin_layer()});
    if (!loaded.diagnostics.empty()) {
        std::cerr << catalog::format_all(loaded.diagnostics) << "the built-in catalog has problems\n";
        return 65;
    }
    std::ostringstream out;
    out << "// Generated by tools/catalog_compiler.cpp from catalog/; do not edit.\n"
           "#include <backroutine/catalog/builtin.hpp>\n\n"
           "namespace br::catalog {\n\nmodel::Catalog builtin_catalog() {\n    model::Catalog catalog;\n";
    for (const auto& e : loaded.catalog.exercises()) {
        exercise(out, e);
    }
    for (const auto& r : loaded.catalog.routines()) {
        routine(out, r);
    }
    const auto& s = loaded.catalog.safety;
    out << "    catalog.safety = {" << literal(s.reminder) << ", " << strings(s.avoid_acute) << ", "
        << strings(s.avoid_general) << ", " << strings(s.seek_help) << ", " << strings(s.sources) << ", "
        << literal(s.emergency) << "};\n";
    out << "    return catalog;\n}\n\n} // namespace br::catalog\n";
    std::ofstream file(argv[1], std::ios::binary);
    file << out.str();
    return file ? 0 : 1;
}
