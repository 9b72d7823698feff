// Escape sequences in every string field of a catalog never reach a terminal:
// text is cleaned as it enters the model, whatever field and whatever output.
#include "support/process.hpp"

#include <doctest/doctest.h>

#include <string>

namespace {

// Clipboard write, window title, screen clear, a raw C1 CSI, DEL and a bidi override.
const std::string k_evil = R"(\e]52;c;ZXZpbA==\a\e]0;owned\a\e[2J\u009b31m\x7f\u202e)";

std::string catalog_text() {
    const std::string e = "\"" + k_evil;
    return "exercises:\n"
           "  - id: evil-stretch\n"
           "    name: " +
           e +
           "Evil Stretch\"\n"
           "    aliases: [" +
           e +
           "alias\"]\n"
           "    category: stretch\n"
           "    targets: [neck]\n"
           "    position: seated\n"
           "    intensity: gentle\n"
           "    why: " +
           e +
           "why\"\n"
           "    steps: [" +
           e + "step one\", " + e +
           "step two\"]\n"
           "    cues: [" +
           e +
           "cue\"]\n"
           "    cautions: [" +
           e +
           "caution\"]\n"
           "    dose: {hold: 2s}\n"
           "routines:\n"
           "  - id: evil-routine\n"
           "    name: " +
           e +
           "Evil Routine\"\n"
           "    description: " +
           e +
           "description\"\n"
           "    frequency: " +
           e +
           "3x per week\"\n"
           "    intensity: gentle\n"
           "    steps:\n"
           "      - exercise: evil-stretch\n"
           "        note: " +
           e + "note\"\n";
}

// No ESC, BEL, other C0 controls but tab and newline, DEL, C1 (as UTF-8) or a bidi override.
void check_clean(const std::string& text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        CAPTURE(i);
        CHECK_FALSE((c < 0x20 && c != '\n' && c != '\t'));
        CHECK(c != 0x7f);
        if (c == 0xc2 && i + 1 < text.size()) {
            const auto next = static_cast<unsigned char>(text[i + 1]);
            CHECK_FALSE((next >= 0x80 && next <= 0x9f));
        }
    }
    CHECK(text.find("\u202e") == std::string::npos);
}

} // namespace

TEST_SUITE("cli::hostile_text") {
    TEST_CASE("every command and format keeps escape sequences from a catalog away from the terminal") {
        br::test::TempDir dir;
        const std::string file = dir.write("evil.yaml", catalog_text());
        const std::map<std::string, std::string> env{{"XDG_STATE_HOME", dir.path() + "/state"},
                                                     {"TERM", "xterm-256color"}};
        const std::vector<std::vector<std::string>> commands{
            {"list"},
            {"list", "--format", "json"},
            {"list", "--format", "tsv"},
            {"list", "routines"},
            {"list", "routines", "--format", "json"},
            {"show", "evil-stretch"},
            {"show", "evil-stretch", "--format", "json"},
            {"show", "evil-stretch", "--format", "yaml"},
            {"show", "evil-routine"},
            {"show", "evil-routine", "--format", "json"},
            {"show", "evil-routine", "--format", "yaml"},
            {"search", "evil"},
            {"search", "evil", "--format", "json"},
            {"plan", "evil-routine"},
            {"plan", "evil-routine", "--format", "json"},
            {"sheet", "evil-routine"},
            {"sheet", "evil-routine", "--format", "markdown"},
            {"sheet", "evil-routine", "--format", "html"},
            {"run", "evil-routine", "--speed", "100"},
            {"run", "evil-routine", "--speed", "100", "--events", "json"},
            {"validate", file},
            {"stats"}};
        for (auto args : commands) {
            args.insert(args.begin(), {"--catalog", file});
            CAPTURE(args[2]);
            CAPTURE(args.size() > 3 ? args.back() : "");
            const auto result = br::test::run_br(args, env);
            CHECK(result.code == 0);
            check_clean(result.out);
            check_clean(result.err);
        }
    }
}
