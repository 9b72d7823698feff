#pragma once
// The two interfaces of ext-idle-notify-v1 (wayland-protocols 1.31, staging/
// ext-idle-notify/ext-idle-notify-v1.xml), as the tables wayland-scanner's
// private-code would generate, written by hand: the client loads
// libwayland-client at run time, so it cannot link generated code that refers
// to the library's wl_seat_interface. The test compositor shares them.
#include <wayland-util.h>

namespace br::idle::ext_idle {

// The type of get_idle_notification's seat argument. libwayland checks an
// object argument's type by name (wl_interface_equal), so an interface that
// only carries the name "wl_seat" stands in for the library's own.
inline const wl_interface seat_by_name{"wl_seat", 1, 0, nullptr, 0, nullptr};

// ext_idle_notification_v1, version 1: request destroy; events idled, resumed.
inline const wl_interface* no_types[] = {nullptr};
inline const wl_message notification_requests[] = {
    {"destroy", "", no_types},
};
inline const wl_message notification_events[] = {
    {"idled", "", no_types},
    {"resumed", "", no_types},
};
inline const wl_interface notification_interface{"ext_idle_notification_v1", 1, 1,
                                                 notification_requests,      2, notification_events};

// ext_idle_notifier_v1, version 1: requests destroy and
// get_idle_notification(new_id ext_idle_notification_v1, uint timeout, object wl_seat).
inline const wl_interface* get_idle_notification_types[] = {&notification_interface, nullptr, &seat_by_name};
inline const wl_message notifier_requests[] = {
    {"destroy", "", no_types},
    {"get_idle_notification", "nuo", get_idle_notification_types},
};
inline const wl_interface notifier_interface{"ext_idle_notifier_v1", 1, 2, notifier_requests, 0, nullptr};

// Opcodes.
inline constexpr unsigned notifier_destroy = 0;
inline constexpr unsigned notifier_get_idle_notification = 1;
inline constexpr unsigned notification_destroy = 0;
inline constexpr unsigned notification_idled = 0;
inline constexpr unsigned notification_resumed = 1;

} // namespace br::idle::ext_idle
