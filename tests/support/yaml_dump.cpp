#include "yaml_dump.hpp"

namespace br::test {
namespace {

using catalog::YamlNode;

void dump(const YamlNode* node, std::string& out) {
    if (node == nullptr) {
        out += "<none>";
        return;
    }
    out += std::to_string(node->line) + ":" + std::to_string(node->column);
    switch (node->kind) {
    case YamlNode::Kind::null:
        out += "~";
        break;
    case YamlNode::Kind::scalar:
        out += (node->plain ? "'" : "\"") + node->value + "'";
        break;
    case YamlNode::Kind::sequence:
        out += "[";
        for (const auto& item : node->items) {
            dump(item.get(), out);
            out += ",";
        }
        out += "]+" + std::to_string(node->streamed);
        break;
    case YamlNode::Kind::map:
        out += "{";
        for (const auto& [key, value] : node->entries) {
            dump(key.get(), out);
            out += "=";
            dump(value.get(), out);
            out += ";";
        }
        out += "}";
        break;
    }
}

} // namespace

std::string dump_yaml(const YamlNode* node) {
    std::string out;
    dump(node, out);
    return out;
}

bool RecordingSink::wants(std::string_view key) const {
    return key == "exercises" || key == "routines";
}

void RecordingSink::item(std::string_view key, const YamlNode& node) {
    log += std::string(key) + " " + dump_yaml(&node) + "\n";
    ++count;
}

std::unique_ptr<catalog::ItemSink> RecordingSink::fork() const {
    return std::make_unique<RecordingSink>();
}

void RecordingSink::append(catalog::ItemSink& part) {
    auto& other = dynamic_cast<RecordingSink&>(part);
    log += other.log;
    count += other.count;
}

ParseRecord record_parse(std::string_view text, unsigned threads) {
    RecordingSink sink;
    catalog::YamlOptions options;
    options.sink = &sink;
    options.threads = threads;
    options.split_from_bytes = 0;
    const catalog::YamlParse parsed = catalog::parse_yaml(text, options);
    ParseRecord record;
    record.tree = dump_yaml(parsed.root.get());
    record.items = std::move(sink.log);
    for (const auto& diagnostic : parsed.diagnostics) {
        record.diagnostics += diagnostic.to_string() + "\n";
    }
    record.threads = parsed.threads;
    return record;
}

} // namespace br::test
