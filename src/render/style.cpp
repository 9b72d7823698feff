#include <backroutine/render/style.hpp>

#include <fmt/color.h>

namespace br::render {

std::string Style::bold(std::string_view text) const {
    return color ? fmt::format(fmt::emphasis::bold, "{}", text) : std::string(text);
}

std::string Style::dim(std::string_view text) const {
    return color ? fmt::format(fmt::emphasis::faint, "{}", text) : std::string(text);
}

std::string Style::accent(std::string_view text) const {
    return color ? fmt::format(fmt::fg(fmt::terminal_color::cyan) | fmt::emphasis::bold, "{}", text)
                 : std::string(text);
}

std::string Style::warn(std::string_view text) const {
    return color ? fmt::format(fmt::fg(fmt::terminal_color::yellow) | fmt::emphasis::bold, "{}", text)
                 : std::string(text);
}

} // namespace br::render
