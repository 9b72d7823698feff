#include <backroutine/model/quantity.hpp>
#include <backroutine/runner/screen.hpp>

#include <array>
#include <string_view>

namespace br::runner {
namespace {

struct Glyph {
    char c;
    std::array<std::string_view, 5> big;   // five rows, four cells wide (the colon two)
    std::array<std::string_view, 3> small; // three rows, three cells wide (the colon one)
};

// Block digits, the colon and slash of "1:30" and "3/10", and the letters of PAUSED and DONE.
constexpr std::array<Glyph, 19> k_glyphs{{
    {'0', {"████", "█  █", "█  █", "█  █", "████"}, {"▛▀▜", "▌ ▐", "▙▄▟"}},
    {'1', {"  █ ", " ██ ", "  █ ", "  █ ", " ███"}, {" ▜ ", " ▐ ", " ▟▖"}},
    {'2', {"████", "   █", "████", "█   ", "████"}, {"▀▀▜", "▛▀▀", "▙▄▄"}},
    {'3', {"████", "   █", " ███", "   █", "████"}, {"▀▀▜", " ▀▜", "▄▄▟"}},
    {'4', {"█  █", "█  █", "████", "   █", "   █"}, {"▌ ▐", "▀▀▜", "  ▐"}},
    {'5', {"████", "█   ", "████", "   █", "████"}, {"▛▀▀", "▀▀▜", "▄▄▟"}},
    {'6', {"████", "█   ", "████", "█  █", "████"}, {"▛▀▀", "▛▀▜", "▙▄▟"}},
    {'7', {"████", "   █", "  █ ", " █  ", " █  "}, {"▀▀▜", "  ▐", "  ▐"}},
    {'8', {"████", "█  █", "████", "█  █", "████"}, {"▛▀▜", "▛▀▜", "▙▄▟"}},
    {'9', {"████", "█  █", "████", "   █", "████"}, {"▛▀▜", "▀▀▜", "▄▄▟"}},
    {':', {"  ", "▪ ", "  ", "▪ ", "  "}, {" ", "▪", "▪"}},
    {'/', {"   █", "  █ ", " █  ", "█   ", "    "}, {"  ▞", " ▞ ", "▞  "}},
    {'P', {"████", "█  █", "████", "█   ", "█   "}, {"▛▀▜", "▛▀▘", "▌  "}},
    {'A', {"████", "█  █", "████", "█  █", "█  █"}, {"▛▀▜", "▛▀▜", "▌ ▐"}},
    {'U', {"█  █", "█  █", "█  █", "█  █", "████"}, {"▌ ▐", "▌ ▐", "▙▄▟"}},
    {'S', {"████", "█   ", "████", "   █", "████"}, {"▛▀▀", "▀▀▜", "▄▄▟"}},
    {'E', {"████", "█   ", "███ ", "█   ", "████"}, {"▛▀▀", "▛▀ ", "▙▄▄"}},
    {'D', {"███ ", "█  █", "█  █", "█  █", "███ "}, {"▛▀▖", "▌ ▐", "▙▄▘"}},
    {'N', {"█  █", "██ █", "█ ██", "█  █", "█  █"}, {"▙ ▐", "▌▚▐", "▌ ▜"}},
}};

const Glyph* glyph_of(char c) {
    for (const auto& glyph : k_glyphs) {
        if (glyph.c == c) {
            return &glyph;
        }
    }
    return c == 'O' ? &k_glyphs[0] : nullptr;
}

// Each cell `scale` cells wide (a UTF-8 block character is one cell).
std::string widen(std::string_view row, int scale) {
    std::string out;
    for (std::size_t i = 0; i < row.size();) {
        std::size_t length = 1;
        const auto lead = static_cast<unsigned char>(row[i]);
        if (lead >= 0xF0) {
            length = 4;
        } else if (lead >= 0xE0) {
            length = 3;
        } else if (lead >= 0xC0) {
            length = 2;
        }
        for (int k = 0; k < scale; ++k) {
            out.append(row.substr(i, length));
        }
        i += length;
    }
    return out;
}

} // namespace

std::vector<std::string> big_text(std::string_view text, int height) {
    const bool small = height < 5;
    const int scale = small ? 1 : height / 5;
    const int rows = small ? 3 : 5;
    std::vector<std::string> lines(static_cast<std::size_t>(rows * scale));
    for (const char c : text) {
        const Glyph* glyph = glyph_of(c);
        for (int row = 0; row < rows; ++row) {
            const std::string_view cells = glyph == nullptr ? (small ? "   " : "    ")
                                           : small          ? glyph->small[static_cast<std::size_t>(row)]
                                                            : glyph->big[static_cast<std::size_t>(row)];
            const std::string wide = widen(cells, scale) + std::string(static_cast<std::size_t>(scale), ' ');
            for (int k = 0; k < scale; ++k) {
                lines[static_cast<std::size_t>(row * scale + k)] += wide;
            }
        }
    }
    return lines;
}

std::vector<std::string> big_clock(int seconds, int rows) {
    return big_text(model::format_clock(std::max(seconds, 0)), rows);
}

} // namespace br::runner
