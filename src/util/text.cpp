#include <backroutine/util/text.hpp>

#include <algorithm>
#include <vector>

namespace br::util {

namespace {

// Length of the valid UTF-8 sequence at `i` and its code point, or 0.
std::size_t decode(std::string_view text, std::size_t i, char32_t& point) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    std::size_t length = 0;
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
        point = lead & 0x1fU;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        point = lead & 0x0fU;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        point = lead & 0x07U;
    } else {
        return 0;
    }
    if (i + length > text.size()) {
        return 0;
    }
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xc0U) != 0x80U) {
            return 0;
        }
        point = (point << 6U) | (byte(i + k) & 0x3fU);
    }
    const char32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
    if (point < least[length] || point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) {
        return 0; // overlong, out of range or a surrogate
    }
    return length;
}

// C1 controls and the invisible marks that reorder or hide text.
bool hidden_control(char32_t point) {
    return (point >= 0x80 && point <= 0x9f) || (point >= 0x200b && point <= 0x200f) ||
           (point >= 0x202a && point <= 0x202e) || (point >= 0x2066 && point <= 0x2069) || point == 0xfeff;
}

} // namespace

std::string sanitize(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if (c == '\t' || c == '\n' || c == '\r') {
                out += ' ';
            } else if (c >= 0x20 && c != 0x7f) {
                out += static_cast<char>(c);
            } // other C0 controls and DEL are dropped: escape sequences lose their ESC
            ++i;
            continue;
        }
        char32_t point = 0;
        const std::size_t length = decode(text, i, point);
        if (length == 0) {
            out += "\xef\xbf\xbd"; // U+FFFD for a byte that is not UTF-8
            ++i;
            continue;
        }
        if (!hidden_control(point)) {
            out.append(text.substr(i, length));
        }
        i += length;
    }
    return out;
}

std::string clean_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = text.find_first_of("\n\t", start);
        out += sanitize(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) {
            return out;
        }
        out += text[end];
        start = end + 1;
    }
}

bool is_kebab_case(std::string_view text) {
    if (text.empty() || text.front() == '-' || text.back() == '-') {
        return false;
    }
    char prev = 0;
    for (const char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok || (c == '-' && prev == '-')) {
            return false;
        }
        prev = c;
    }
    return true;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    constexpr std::size_t k_max = 64;
    a = a.substr(0, k_max);
    b = b.substr(0, k_max);
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        row[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + cost});
            diag = up;
        }
    }
    return row[b.size()];
}

std::optional<std::string> closest(std::string_view word, std::span<const std::string> candidates) {
    std::optional<std::string> best;
    std::size_t best_distance = 0;
    for (const auto& candidate : candidates) {
        const std::size_t d = edit_distance(lower(word), lower(candidate));
        if (!best || d < best_distance) {
            best = candidate;
            best_distance = d;
        }
    }
    // Close enough to be a typo: about a third of the word may differ.
    const std::size_t allowed = std::max<std::size_t>(2, word.size() / 3);
    if (best && best_distance <= allowed && best_distance < word.size()) {
        return best;
    }
    // A prefix ("thread" for "thread-the-needle") is a likely intent too.
    for (const auto& candidate : candidates) {
        if (word.size() >= 3 && candidate.starts_with(word)) {
            return candidate;
        }
    }
    return std::nullopt;
}

std::string did_you_mean(std::string_view word, std::span<const std::string> candidates) {
    if (auto best = closest(word, candidates)) {
        return "; did you mean '" + *best + "'?";
    }
    return {};
}

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
    return out;
}

namespace {

// Columns a code point takes on a terminal: two for East Asian wide and
// emoji blocks, one otherwise (text here is already sanitized).
std::size_t columns_of(char32_t point) {
    const bool wide = (point >= 0x1100 && point <= 0x115f) || (point >= 0x2e80 && point <= 0xa4cf) ||
                      (point >= 0xac00 && point <= 0xd7a3) || (point >= 0xf900 && point <= 0xfaff) ||
                      (point >= 0xfe30 && point <= 0xfe4f) || (point >= 0xff00 && point <= 0xff60) ||
                      (point >= 0xffe0 && point <= 0xffe6) || (point >= 0x1f300 && point <= 0x1f64f) ||
                      (point >= 0x1f900 && point <= 0x1f9ff) || (point >= 0x20000 && point <= 0x3fffd);
    return wide ? 2 : 1;
}

// Length in bytes and columns of the character at `i`.
std::pair<std::size_t, std::size_t> character_at(std::string_view text, std::size_t i) {
    char32_t point = 0;
    const std::size_t length = decode(text, i, point);
    if (length == 0) {
        return {1, 1};
    }
    return {length, columns_of(point)};
}

} // namespace

std::size_t display_width(std::string_view text) {
    std::size_t columns = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto [length, width] = character_at(text, i);
        columns += width;
        i += length;
    }
    return columns;
}

std::string join(std::span<const std::string> items, std::string_view separator) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) {
            out += separator;
        }
        out += items[i];
    }
    return out;
}

std::string wrap(std::string_view text, std::size_t width, std::string_view indent) {
    std::string out;
    std::string line(indent);
    std::size_t line_width = display_width(indent);
    const std::size_t indent_width = line_width;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t start = text.find_first_not_of(' ', pos);
        if (start == std::string_view::npos) {
            break;
        }
        std::size_t end = text.find(' ', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        const std::string_view word = text.substr(start, end - start);
        const std::size_t word_width = display_width(word);
        if (line_width > indent_width && line_width + 1 + word_width > width) {
            out += line;
            out += '\n';
            line = indent;
            line_width = indent_width;
        }
        if (line_width > indent_width) {
            line += ' ';
            ++line_width;
        }
        line += word;
        line_width += word_width;
        pos = end;
    }
    if (line_width > indent_width) {
        out += line;
    }
    return out;
}

std::string truncate(std::string_view text, std::size_t width) {
    if (display_width(text) <= width) {
        return std::string(text);
    }
    if (width == 0) { // not even the ellipsis fits
        return {};
    }
    std::string out;
    std::size_t used = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto [length, columns] = character_at(text, i);
        if (used + columns > width - 1) { // room for the ellipsis
            break;
        }
        out.append(text.substr(i, length));
        used += columns;
        i += length;
    }
    return out + "…";
}

std::string pad_right(std::string_view text, std::size_t width) {
    const std::size_t used = display_width(text);
    std::string out(text);
    if (used < width) {
        out.append(width - used, ' ');
    }
    return out;
}

} // namespace br::util
