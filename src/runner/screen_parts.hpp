#pragma once
// Internal to the run screen: phase looks and how they are painted.
#include <backroutine/runner/screen.hpp>

#include <array>
#include <string>
#include <string_view>

namespace br::runner {

/// How the phase looks: each different, with or without colour.
enum class Look { setup, work, rest, change, last, paused };

Look look_of(const View& view);

/// The phase in one word for the banner: "HOLD", "REST", "SET UP".
std::string phase_word(const View& view);

/// Paints text in a look: colour with `color`, else bold, underline,
/// inverse or dim with `emphasis`, else plain.
struct Paint {
    bool color = false;
    bool emphasis = false;
    [[nodiscard]] std::string operator()(Look look, std::string_view text, bool banner = false) const;
    /// Any SGR code (`1` bold, `2` dim), when escapes are allowed.
    [[nodiscard]] std::string plain(std::string_view code, std::string_view text) const;
};

/// The columns `line` takes on the screen: its escape sequences take none.
int visible_width(std::string_view line);

} // namespace br::runner
