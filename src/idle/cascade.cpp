#include <backroutine/idle/source.hpp>

namespace br::idle {
namespace {

// WAYLAND_DISPLAY names a socket in XDG_RUNTIME_DIR unless it is a path. The
// name is resolved here, from the lookup the cascade was given, rather than by
// libwayland from this process's environment (which logs to stderr when
// XDG_RUNTIME_DIR is unset).
std::unique_ptr<Source> open_wayland_in(const std::string& name, const std::string& runtime, std::string& why) {
    if (!name.empty() && name.front() != '/' && runtime.empty()) {
        why = "XDG_RUNTIME_DIR is not set (the Wayland socket is found there)";
        return nullptr;
    }
    return open_wayland(name.empty() || name.front() == '/' ? name : runtime + "/" + name, why);
}

} // namespace

Choice choose(const std::vector<Candidate>& candidates) {
    Choice choice;
    for (const auto& candidate : candidates) {
        std::string why;
        auto source = candidate.open(why);
        if (source && source->idle_seconds()) {
            choice.source = std::move(source);
            return choice;
        }
        if (source) {
            why = "opened but gave no idle time";
        }
        choice.passed.push_back({candidate.name, why});
    }
    return choice;
}

std::vector<Candidate> desktop_candidates(const store::EnvLookup& env) {
    const std::string bus = env("DBUS_SESSION_BUS_ADDRESS").value_or("");
    const std::string runtime = env("XDG_RUNTIME_DIR").value_or("");
    const std::string session_bus = !bus.empty() ? bus : runtime.empty() ? "" : "unix:path=" + runtime + "/bus";
    const std::string display = env("DISPLAY").value_or("");
    const std::string wayland = env("WAYLAND_DISPLAY").value_or("");
    Candidate x11{"x11", [display](std::string& why) { return open_x11(display, why); }};
    Candidate wayland_idle{"wayland",
                           [wayland, runtime](std::string& why) { return open_wayland_in(wayland, runtime, why); }};
    // In a Wayland session XWayland's DISPLAY sees only the input that reaches X11 windows.
    const bool wayland_session = !wayland.empty();
    return {
        {"gnome", [session_bus](std::string& why) { return open_mutter(session_bus, why); }},
        wayland_session ? wayland_idle : x11,
        wayland_session ? x11 : wayland_idle,
        {"logind", [](std::string& why) { return open_logind(why); }},
    };
}

Choice choose_source(const store::EnvLookup& env) {
    return choose(desktop_candidates(env));
}

} // namespace br::idle
