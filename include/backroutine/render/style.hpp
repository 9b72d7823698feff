#pragma once
#include <string>
#include <string_view>

namespace br::render {

/// Whether output may carry colour and emphasis escape codes.
struct Style {
    bool color = false;

    [[nodiscard]] std::string bold(std::string_view text) const;
    [[nodiscard]] std::string dim(std::string_view text) const;
    [[nodiscard]] std::string accent(std::string_view text) const;
    [[nodiscard]] std::string warn(std::string_view text) const;
};

} // namespace br::render
