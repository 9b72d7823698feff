// Wayland's ext-idle-notify-v1, with libwayland-client loaded at run time so
// that the program starts (and builds, headers only) without Wayland. The
// protocol's inline helpers in wayland-client-protocol.h call the linked
// library, so the requests are marshalled here through the loaded symbols.
#include <backroutine/idle/source.hpp>

#include "ext_idle_notify.hpp"
#include "library.hpp"

#include <chrono>
#include <cstdint>
#include <cstring>
#include <poll.h>
#include <wayland-client-protocol.h>

namespace br::idle {
namespace {

// The compositor says "idled" once no input came for this long.
constexpr std::uint32_t timeout_ms = 1000;

// The libwayland-client functions and interfaces used here.
struct WaylandApi {
    Library library{"libwayland-client.so.0"};
    decltype(&::wl_display_connect) connect = library.get<decltype(connect)>("wl_display_connect");
    decltype(&::wl_display_disconnect) disconnect = library.get<decltype(disconnect)>("wl_display_disconnect");
    decltype(&::wl_display_roundtrip) roundtrip = library.get<decltype(roundtrip)>("wl_display_roundtrip");
    decltype(&::wl_display_dispatch_pending) dispatch_pending =
        library.get<decltype(dispatch_pending)>("wl_display_dispatch_pending");
    decltype(&::wl_display_prepare_read) prepare_read = library.get<decltype(prepare_read)>("wl_display_prepare_read");
    decltype(&::wl_display_read_events) read_events = library.get<decltype(read_events)>("wl_display_read_events");
    decltype(&::wl_display_cancel_read) cancel_read = library.get<decltype(cancel_read)>("wl_display_cancel_read");
    decltype(&::wl_display_flush) flush = library.get<decltype(flush)>("wl_display_flush");
    decltype(&::wl_display_get_fd) get_fd = library.get<decltype(get_fd)>("wl_display_get_fd");
    decltype(&::wl_proxy_marshal_flags) marshal = library.get<decltype(marshal)>("wl_proxy_marshal_flags");
    decltype(&::wl_proxy_add_listener) add_listener = library.get<decltype(add_listener)>("wl_proxy_add_listener");
    decltype(&::wl_proxy_destroy) destroy = library.get<decltype(destroy)>("wl_proxy_destroy");
    decltype(&::wl_proxy_get_version) get_version = library.get<decltype(get_version)>("wl_proxy_get_version");
    const wl_interface* registry_interface = library.get<const wl_interface*>("wl_registry_interface");
    const wl_interface* seat_interface = library.get<const wl_interface*>("wl_seat_interface");

    [[nodiscard]] bool complete() const {
        return connect && disconnect && roundtrip && dispatch_pending && prepare_read && read_events && cancel_read &&
               flush && get_fd && marshal && add_listener && destroy && get_version && registry_interface &&
               seat_interface;
    }
};

// ext_idle_notification_v1's events, in the layout wl_proxy_add_listener takes.
struct NotificationListener {
    void (*idled)(void* data, wl_proxy* notification);
    void (*resumed)(void* data, wl_proxy* notification);
};

class WaylandSource final : public Source {
public:
    WaylandSource() = default;
    WaylandSource(const WaylandSource&) = delete;
    WaylandSource& operator=(const WaylandSource&) = delete;
    ~WaylandSource() override;
    [[nodiscard]] std::string name() const override { return "wayland"; }
    std::optional<double> idle_seconds() override {
        if (!read_pending()) {
            return std::nullopt;
        }
        if (!m_idle) {
            return 0.0;
        }
        const std::chrono::duration<double> since = std::chrono::steady_clock::now() - m_idled_at;
        return static_cast<double>(timeout_ms) / 1000.0 + since.count();
    }

    // Loads the library, connects and asks for a notification; "" when it worked.
    std::string open(const std::string& display_name);

private:
    static void on_global(void* data, wl_registry* registry, std::uint32_t id, const char* interface,
                          std::uint32_t version);
    static void on_global_remove(void* /*data*/, wl_registry* /*registry*/, std::uint32_t /*id*/) {}
    static void on_idled(void* data, wl_proxy* /*notification*/) {
        auto* self = static_cast<WaylandSource*>(data);
        self->m_idle = true;
        self->m_idled_at = std::chrono::steady_clock::now();
    }
    static void on_resumed(void* data, wl_proxy* /*notification*/) {
        static_cast<WaylandSource*>(data)->m_idle = false;
    }

    // A wl_display is the proxy of object 1, as the generated code casts it.
    [[nodiscard]] wl_proxy* display_proxy() const { return reinterpret_cast<wl_proxy*>(m_display); } // NOLINT
    wl_proxy* bind(std::uint32_t id, const wl_interface* interface) const;
    std::string subscribe();
    bool read_pending();

    WaylandApi m_api;
    wl_display* m_display = nullptr;
    wl_proxy* m_registry = nullptr;
    wl_proxy* m_seat = nullptr;
    wl_proxy* m_notifier = nullptr;
    wl_proxy* m_notification = nullptr;
    std::uint32_t m_seat_id = 0; // the globals' numeric names; 0: not offered
    std::uint32_t m_notifier_id = 0;
    bool m_idle = false;
    std::chrono::steady_clock::time_point m_idled_at;
};

WaylandSource::~WaylandSource() {
    if (m_display == nullptr) {
        return;
    }
    if (m_notification != nullptr) {
        m_api.marshal(m_notification, ext_idle::notification_destroy, nullptr, m_api.get_version(m_notification),
                      WL_MARSHAL_FLAG_DESTROY);
    }
    if (m_notifier != nullptr) {
        m_api.marshal(m_notifier, ext_idle::notifier_destroy, nullptr, m_api.get_version(m_notifier),
                      WL_MARSHAL_FLAG_DESTROY);
    }
    for (wl_proxy* proxy : {m_seat, m_registry}) { // wl_seat version 1 has no release request
        if (proxy != nullptr) {
            m_api.destroy(proxy);
        }
    }
    m_api.flush(m_display);
    m_api.disconnect(m_display);
}

void WaylandSource::on_global(void* data, wl_registry* /*registry*/, std::uint32_t id, const char* interface,
                              std::uint32_t /*version*/) {
    auto* self = static_cast<WaylandSource*>(data);
    if (std::strcmp(interface, "wl_seat") == 0 && self->m_seat_id == 0) {
        self->m_seat_id = id;
    } else if (std::strcmp(interface, ext_idle::notifier_interface.name) == 0) {
        self->m_notifier_id = id;
    }
}

// wl_registry.bind (opcode 0, "usun": the global's name, then the new_id as
// interface name, version and id), at version 1, which every global offers.
wl_proxy* WaylandSource::bind(std::uint32_t id, const wl_interface* interface) const {
    constexpr std::uint32_t version = 1;
    return m_api.marshal(m_registry, WL_REGISTRY_BIND, interface, version, 0, id, interface->name, version, nullptr);
}

std::string WaylandSource::open(const std::string& display_name) {
    if (m_api.library.handle == nullptr) {
        return "libwayland-client.so.0 not installed";
    }
    if (!m_api.complete()) {
        return "libwayland-client lacks a needed function (1.20 or later is needed)";
    }
    m_display = m_api.connect(display_name.c_str());
    if (m_display == nullptr) {
        return "cannot connect to Wayland display " + display_name;
    }
    // wl_display.get_registry (opcode 1), then a roundtrip for the globals.
    m_registry = m_api.marshal(display_proxy(), WL_DISPLAY_GET_REGISTRY, m_api.registry_interface,
                               m_api.get_version(display_proxy()), 0, nullptr);
    static wl_registry_listener registry_listener{&on_global, &on_global_remove};
    auto* listener = reinterpret_cast<void (**)()>(&registry_listener); // NOLINT: the listener idiom
    if (m_registry == nullptr || m_api.add_listener(m_registry, listener, this) != 0 ||
        m_api.roundtrip(m_display) < 0) {
        return "the Wayland display did not answer";
    }
    if (m_notifier_id == 0) {
        return "the compositor does not offer ext-idle-notify-v1";
    }
    if (m_seat_id == 0) {
        return "the compositor offers no wl_seat";
    }
    return subscribe();
}

// Binds the seat and the notifier, asks for a notification after timeout_ms
// without input, and waits for the compositor to take the request.
std::string WaylandSource::subscribe() {
    m_seat = bind(m_seat_id, m_api.seat_interface);
    m_notifier = bind(m_notifier_id, &ext_idle::notifier_interface);
    if (m_seat == nullptr || m_notifier == nullptr) {
        return "cannot bind wl_seat and ext_idle_notifier_v1";
    }
    m_notification =
        m_api.marshal(m_notifier, ext_idle::notifier_get_idle_notification, &ext_idle::notification_interface,
                      m_api.get_version(m_notifier), 0, nullptr, timeout_ms, m_seat);
    static NotificationListener notification_listener{&on_idled, &on_resumed};
    auto* listener = reinterpret_cast<void (**)()>(&notification_listener); // NOLINT: the listener idiom
    if (m_notification == nullptr || m_api.add_listener(m_notification, listener, this) != 0) {
        return "cannot ask for an idle notification";
    }
    return m_api.roundtrip(m_display) < 0 ? "the compositor refused the idle notification" : "";
}

// Reads and dispatches whatever events already arrived, without blocking;
// false once the connection is broken.
bool WaylandSource::read_pending() {
    while (m_api.prepare_read(m_display) != 0) {
        if (m_api.dispatch_pending(m_display) < 0) {
            return false;
        }
    }
    m_api.flush(m_display);
    pollfd ready{m_api.get_fd(m_display), POLLIN, 0};
    if (::poll(&ready, 1, 0) > 0 && (ready.revents & (POLLIN | POLLHUP | POLLERR)) != 0) {
        if (m_api.read_events(m_display) < 0) {
            return false;
        }
    } else {
        m_api.cancel_read(m_display);
    }
    return m_api.dispatch_pending(m_display) >= 0;
}

} // namespace

std::unique_ptr<Source> open_wayland(const std::string& display_name, std::string& why) {
    if (display_name.empty()) {
        why = "WAYLAND_DISPLAY is not set";
        return nullptr;
    }
    auto source = std::make_unique<WaylandSource>();
    why = source->open(display_name);
    return why.empty() ? std::move(source) : nullptr;
}

} // namespace br::idle
