#include <backroutine/idle/source.hpp>

namespace br::idle {

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
    return {
        {"gnome", [session_bus](std::string& why) { return open_mutter(session_bus, why); }},
        {"x11", [display](std::string& why) { return open_x11(display, why); }},
        {"wayland",
         [](std::string& why) -> std::unique_ptr<Source> {
             why = "ext-idle-notify-v1 is not built into this version";
             return nullptr;
         }},
        {"logind", [](std::string& why) { return open_logind(why); }},
    };
}

Choice choose_source(const store::EnvLookup& env) {
    return choose(desktop_candidates(env));
}

} // namespace br::idle
