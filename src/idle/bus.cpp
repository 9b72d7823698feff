// GNOME's Mutter IdleMonitor on the session bus and logind's IdleHint on the
// system bus, both through sd-bus, with libsystemd loaded when an idle source
// is first asked for: no command pays for loading it (and the libraries it
// pulls in) at start-up, and the program runs where it is missing.
#include <backroutine/idle/source.hpp>

#include "library.hpp"

#include <cstring>
#include <ctime>
#include <systemd/sd-bus.h>

namespace br::idle {
namespace {

// The sd-bus functions used here, from libsystemd.so.0; null when it cannot be loaded.
struct SdBus {
    Library library{"libsystemd.so.0"};
    decltype(&::sd_bus_new) bus_new = library.get<decltype(bus_new)>("sd_bus_new");
    decltype(&::sd_bus_set_address) set_address = library.get<decltype(set_address)>("sd_bus_set_address");
    decltype(&::sd_bus_set_bus_client) set_bus_client = library.get<decltype(set_bus_client)>("sd_bus_set_bus_client");
    decltype(&::sd_bus_start) start = library.get<decltype(start)>("sd_bus_start");
    decltype(&::sd_bus_open_system) open_system = library.get<decltype(open_system)>("sd_bus_open_system");
    decltype(&::sd_bus_flush_close_unref) close = library.get<decltype(close)>("sd_bus_flush_close_unref");
    decltype(&::sd_bus_call_method) call_method = library.get<decltype(call_method)>("sd_bus_call_method");
    decltype(&::sd_bus_message_read) message_read = library.get<decltype(message_read)>("sd_bus_message_read");
    decltype(&::sd_bus_message_unref) message_unref = library.get<decltype(message_unref)>("sd_bus_message_unref");
    decltype(&::sd_bus_error_free) error_free = library.get<decltype(error_free)>("sd_bus_error_free");
    decltype(&::sd_bus_get_property_trivial) get_property =
        library.get<decltype(get_property)>("sd_bus_get_property_trivial");

    [[nodiscard]] bool complete() const {
        return bus_new && set_address && set_bus_client && start && open_system && close && call_method &&
               message_read && message_unref && error_free && get_property;
    }
};

// Loaded once, on first use; null when libsystemd is not there.
const SdBus* api() {
    static const SdBus loaded;
    return loaded.complete() ? &loaded : nullptr;
}

std::string bus_error(const char* what, int code, const sd_bus_error* error) {
    std::string text = std::string(what) + ": ";
    text += error != nullptr && error->message != nullptr ? error->message : std::strerror(-code);
    return text;
}

struct Bus {
    sd_bus* bus = nullptr;
    Bus() = default;
    Bus(const Bus&) = delete;
    Bus& operator=(const Bus&) = delete;
    ~Bus() {
        if (bus != nullptr) {
            api()->close(bus);
        }
    }
};

class MutterSource final : public Source {
public:
    explicit MutterSource(std::unique_ptr<Bus> bus) : m_bus(std::move(bus)) {}
    [[nodiscard]] std::string name() const override { return "gnome"; }
    std::optional<double> idle_seconds() override {
        sd_bus_error error = SD_BUS_ERROR_NULL;
        sd_bus_message* reply = nullptr;
        const int called =
            api()->call_method(m_bus->bus, "org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core",
                               "org.gnome.Mutter.IdleMonitor", "GetIdletime", &error, &reply, "");
        std::optional<double> seconds;
        std::uint64_t milliseconds = 0;
        if (called >= 0 && api()->message_read(reply, "t", &milliseconds) >= 0) {
            seconds = static_cast<double>(milliseconds) / 1000.0;
        } else {
            m_last_error = bus_error("GetIdletime", called, &error);
        }
        api()->error_free(&error);
        api()->message_unref(reply);
        return seconds;
    }
    std::string m_last_error;

private:
    std::unique_ptr<Bus> m_bus;
};

class LogindSource final : public Source {
public:
    explicit LogindSource(std::unique_ptr<Bus> bus) : m_bus(std::move(bus)) {}
    [[nodiscard]] std::string name() const override { return "logind"; }
    std::optional<double> idle_seconds() override {
        int idle = 0;
        std::uint64_t since = 0;
        sd_bus_error error = SD_BUS_ERROR_NULL;
        const char* path = "/org/freedesktop/login1/session/auto";
        const char* interface = "org.freedesktop.login1.Session";
        const int hint =
            api()->get_property(m_bus->bus, "org.freedesktop.login1", path, interface, "IdleHint", &error, 'b', &idle);
        api()->error_free(&error);
        if (hint < 0) {
            return std::nullopt;
        }
        if (idle == 0) {
            return 0.0;
        }
        if (api()->get_property(m_bus->bus, "org.freedesktop.login1", path, interface, "IdleSinceHint", &error, 't',
                                &since) < 0) {
            api()->error_free(&error);
            return std::nullopt;
        }
        timespec now{};
        clock_gettime(CLOCK_REALTIME, &now);
        const double now_us = static_cast<double>(now.tv_sec) * 1e6 + static_cast<double>(now.tv_nsec) / 1e3;
        return std::max(0.0, (now_us - static_cast<double>(since)) / 1e6);
    }

private:
    std::unique_ptr<Bus> m_bus;
};

} // namespace

std::unique_ptr<Source> open_mutter(const std::string& bus_address, std::string& why) {
    if (bus_address.empty()) {
        why = "no session bus (DBUS_SESSION_BUS_ADDRESS and XDG_RUNTIME_DIR unset)";
        return nullptr;
    }
    const SdBus* loaded = api();
    if (loaded == nullptr) {
        why = "libsystemd (sd-bus) cannot be loaded";
        return nullptr;
    }
    auto bus = std::make_unique<Bus>();
    int code = loaded->bus_new(&bus->bus);
    if (code >= 0) {
        code = loaded->set_address(bus->bus, bus_address.c_str());
    }
    if (code >= 0) {
        code = loaded->set_bus_client(bus->bus, 1);
    }
    if (code >= 0) {
        code = loaded->start(bus->bus);
    }
    if (code < 0) {
        why = bus_error("cannot connect to the session bus", code, nullptr);
        return nullptr;
    }
    auto source = std::make_unique<MutterSource>(std::move(bus));
    if (!source->idle_seconds()) {
        why = "no org.gnome.Mutter.IdleMonitor on the session bus (" + source->m_last_error + ")";
        return nullptr;
    }
    return source;
}

std::unique_ptr<Source> open_logind(std::string& why) {
    if (api() == nullptr) {
        why = "libsystemd (sd-bus) cannot be loaded";
        return nullptr;
    }
    auto bus = std::make_unique<Bus>();
    if (const int code = api()->open_system(&bus->bus); code < 0) {
        why = bus_error("cannot connect to the system bus", code, nullptr);
        return nullptr;
    }
    auto source = std::make_unique<LogindSource>(std::move(bus));
    if (!source->idle_seconds()) {
        why = "logind has no session for this process (IdleHint unreadable)";
        return nullptr;
    }
    return source;
}

} // namespace br::idle
