#pragma once
#include <backroutine/store/paths.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace br::idle {

/// Where the time since the person last touched the keyboard or mouse comes from.
class Source {
public:
    virtual ~Source() = default;
    /// Short name for output and JSON: gnome, x11, wayland, logind, none.
    [[nodiscard]] virtual std::string name() const = 0;
    /// Seconds since the last input, or nothing when the source stopped answering.
    virtual std::optional<double> idle_seconds() = 0;
};

/// A source that could not be used, and why (for `doctor`).
struct Passed {
    std::string name;
    std::string why;
};

/// The source chosen at run time, and the ones passed over before it.
struct Choice {
    std::unique_ptr<Source> source; // null: none works
    std::vector<Passed> passed;
};

/// One candidate of the cascade: makes its source, or says why it cannot.
struct Candidate {
    std::string name;
    std::function<std::unique_ptr<Source>(std::string& why)> open;
};

/// The first candidate whose source opens and answers, in order.
Choice choose(const std::vector<Candidate>& candidates);

/// The cascade in the order Workrave and Safe Eyes use: GNOME's Mutter
/// IdleMonitor on the session bus, the X11 screen-saver extension (libXss,
/// loaded at run time), Wayland's ext-idle-notify-v1 (libwayland-client,
/// loaded at run time; WAYLAND_DISPLAY in XDG_RUNTIME_DIR), logind's IdleHint.
/// In a Wayland session (WAYLAND_DISPLAY set) Wayland comes before X11:
/// XWayland's DISPLAY only sees the input that reaches X11 windows.
std::vector<Candidate> desktop_candidates(const store::EnvLookup& env);

/// `choose(desktop_candidates(env))`.
Choice choose_source(const store::EnvLookup& env);

// The sources, for the cascade and for tests.
std::unique_ptr<Source> open_mutter(const std::string& bus_address, std::string& why);
std::unique_ptr<Source> open_x11(const std::string& display, std::string& why);
/// `display` as wl_display_connect takes it: a socket name in
/// XDG_RUNTIME_DIR, or a path.
std::unique_ptr<Source> open_wayland(const std::string& display, std::string& why);
std::unique_ptr<Source> open_logind(std::string& why);

} // namespace br::idle
