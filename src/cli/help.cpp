#include "help.hpp"
#include "commands.hpp"

#include <backroutine/error.hpp>
#include <backroutine/util/text.hpp>

#include <cctype>
#include <regex>
#include <sstream>

namespace br::cli {
namespace {

// The value's name as help shows it: the part of CLI11's type name after its
// validators (`TEXT:LIST|none` → LIST|none), or N, X, TEXT.
std::string metavar(const CLI::Option* option) {
    const std::string type = option->get_type_name();
    std::string base;
    std::string rest;
    for (const std::string known : {"TEXT", "INT", "UINT", "FLOAT", "NUMBER", "BOOLEAN"}) {
        if (type == known || type.starts_with(known + ":")) {
            base = known;
            rest = type.size() > known.size() ? type.substr(known.size() + 1) : "";
            break;
        }
    }
    if (base.empty()) {
        return type; // a name the command gave: PATH, ID[:DOSE]
    }
    if (!rest.empty() && rest.find_first_of("{[ ") == std::string::npos) {
        return rest; // LIST|none, NAME, N, X
    }
    if (base == "INT" || base == "UINT") {
        return "N";
    }
    if (base == "FLOAT" || base == "NUMBER") {
        return "X";
    }
    // Otherwise the option's own name, as argparse does: --since SINCE.
    std::string name = option->get_lnames().empty() ? option->get_name() : option->get_lnames().front();
    for (auto& c : name) {
        c = c == '-' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return name;
}

class PlainFormatter : public CLI::Formatter {
public:
    std::string make_option_opts(const CLI::Option* option) const override {
        if (option->get_type_size() == 0 || option->get_expected_max() == 0 || option->get_type_name().empty()) {
            return {}; // a flag
        }
        std::string out = " " + metavar(option);
        if (option->get_expected_max() > 1) {
            out += " ...";
        }
        return option->get_positional() ? (option->get_required() ? "" : " (optional)") : out;
    }
    std::string make_option_desc(const CLI::Option* option) const override {
        std::string out = option->get_description();
        const std::string value = option->get_default_str();
        const bool flag = option->get_type_size() == 0 || option->get_expected_max() == 0;
        if (!flag && !value.empty() && value != "[]" && value != "{}") {
            out += " (default: " + value + ")";
        }
        return out;
    }
};

// "{a,b,c}" → the list and "a, b or c".
std::vector<std::string> members(const std::string& braced) {
    std::vector<std::string> out;
    std::stringstream in(braced);
    for (std::string item; std::getline(in, item, ',');) {
        out.push_back(item);
    }
    return out;
}

std::string spoken_list(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        out += (i == 0 ? "" : i + 1 == items.size() ? " or " : ", ") + items[i];
    }
    return out;
}

// An option by its name; a positional by its value alone.
std::string named(const std::string& name) {
    return name.starts_with("-") ? name + " " : "";
}

} // namespace

std::shared_ptr<CLI::Formatter> plain_formatter() {
    auto formatter = std::make_shared<PlainFormatter>();
    formatter->column_width(26);
    return formatter;
}

std::string plain_error(const CLI::ParseError& error) {
    const std::string what = error.what();
    std::smatch m;
    static const std::regex range(R"(^(\S+): Value (\S+) not in range (\S+) to (\S+)$)");
    static const std::regex member(R"(^(\S+): (.*) not in \{(.*)\}$)");
    static const std::regex prefixed(R"(^(\S+): (\S+ .*)$)");
    static const std::regex required(R"(^(\S+) is required$)");
    static const std::regex missing(R"(^(\S+): \d+ required .* missing$)");
    static const std::regex extra(R"(^The following arguments? (?:was|were) not expected: (.*)$)");
    static const std::regex at_most(R"(^.*At Most \d+ required but received \d+.*$)");
    static const std::regex convert(R"(^(?:Could not convert: )?(\S+) = (.*)$)");
    if (std::regex_match(what, m, range)) {
        return m[1].str() + " must be from " + m[3].str() + " to " + m[4].str() + ", not " + util::sanitize(m[2].str());
    }
    if (std::regex_match(what, m, member)) {
        const auto allowed = members(m[3].str());
        return named(m[1].str()) + "'" + util::sanitize(m[2].str()) + "' is not one of " + spoken_list(allowed) +
               util::did_you_mean(m[2].str(), allowed);
    }
    if (std::regex_match(what, m, prefixed) && m[2].str().starts_with(m[1].str())) {
        return m[2].str(); // our own validators already name the option
    }
    if (std::regex_match(what, m, required)) {
        std::string name = m[1].str();
        for (auto& c : name) {
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        }
        return "missing " + name;
    }
    if (std::regex_match(what, m, missing)) {
        return m[1].str() + " needs a value";
    }
    if (std::regex_match(what, m, extra)) {
        return "unexpected argument '" + util::sanitize(m[1].str()) + "'";
    }
    if (std::regex_match(what, m, at_most)) {
        return "too many arguments";
    }
    if (std::regex_match(what, m, convert)) {
        return m[1].str() + " '" + util::sanitize(m[2].str()) + "' is not a valid value";
    }
    return util::sanitize(what);
}

void add_help(CLI::App& app, Context& ctx) {
    auto topic = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand("help", "Show the help of the program or of one command");
    cmd->add_option("command", *topic, "The command to explain");
    cmd->callback([&app, &ctx, topic] {
        if (topic->empty()) {
            print(ctx, app.get_formatter()->make_help(&app, "backroutine", CLI::AppFormatMode::Normal));
            return;
        }
        const CLI::App* command = nullptr;
        std::vector<std::string> names;
        for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
            names.push_back(sub->get_name());
            command = sub->get_name() == *topic ? sub : command;
        }
        if (command == nullptr) {
            throw Error("no command '" + util::sanitize(*topic) + "'" + util::did_you_mean(*topic, names),
                        ExitCode::usage);
        }
        print(ctx, command->get_formatter()->make_help(command, "backroutine " + command->get_name(),
                                                       CLI::AppFormatMode::Normal));
    });
}

} // namespace br::cli
