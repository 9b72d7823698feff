// A Wayland compositor with nothing to show, for the tests of the Wayland idle
// source: it offers wl_seat and ext_idle_notifier_v1 on a socket in
// XDG_RUNTIME_DIR, prints "ready", and answers every idle notification as its
// mode says, until SIGTERM.
//
//   fake_compositor SOCKET idle         sends "idled" at once
//   fake_compositor SOCKET resume       sends "idled" at once, "resumed" 500 ms later
//   fake_compositor SOCKET active       never sends "idled"
//   fake_compositor SOCKET no-notifier  offers wl_seat only
#include "idle/ext_idle_notify.hpp"

#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <wayland-server-core.h>
#include <wayland-server-protocol.h>

namespace {

namespace ext_idle = br::idle::ext_idle;

bool send_idled = false;
bool send_resumed = false;
wl_event_loop* loop = nullptr;

void destroy_resource(wl_client* /*client*/, wl_resource* resource) {
    wl_resource_destroy(resource);
}

// ext_idle_notification_v1's one request.
struct NotificationImplementation {
    void (*destroy)(wl_client*, wl_resource*);
};
const NotificationImplementation notification_implementation{&destroy_resource};

int resume(void* notification) {
    wl_resource_post_event(static_cast<wl_resource*>(notification), ext_idle::notification_resumed);
    return 0;
}

// A notification's timer goes with it.
void forget_timer(wl_resource* notification) {
    if (auto* timer = static_cast<wl_event_source*>(wl_resource_get_user_data(notification))) {
        wl_event_source_remove(timer);
    }
}

void get_idle_notification(wl_client* client, wl_resource* notifier, std::uint32_t id, std::uint32_t /*timeout*/,
                           wl_resource* /*seat*/) {
    wl_resource* notification =
        wl_resource_create(client, &ext_idle::notification_interface, wl_resource_get_version(notifier), id);
    if (notification == nullptr) {
        wl_client_post_no_memory(client);
        return;
    }
    wl_event_source* timer = send_resumed ? wl_event_loop_add_timer(loop, &resume, notification) : nullptr;
    wl_resource_set_implementation(notification, &notification_implementation, timer, &forget_timer);
    if (send_idled) {
        wl_resource_post_event(notification, ext_idle::notification_idled);
    }
    if (timer != nullptr) {
        wl_event_source_timer_update(timer, 500);
    }
}

// ext_idle_notifier_v1's two requests.
struct NotifierImplementation {
    void (*destroy)(wl_client*, wl_resource*);
    void (*get_idle_notification)(wl_client*, wl_resource*, std::uint32_t, std::uint32_t, wl_resource*);
};
const NotifierImplementation notifier_implementation{&destroy_resource, &get_idle_notification};

void bind_notifier(wl_client* client, void* /*data*/, std::uint32_t version, std::uint32_t id) {
    wl_resource* notifier = wl_resource_create(client, &ext_idle::notifier_interface, static_cast<int>(version), id);
    if (notifier == nullptr) {
        wl_client_post_no_memory(client);
        return;
    }
    wl_resource_set_implementation(notifier, &notifier_implementation, nullptr, nullptr);
}

// The seat only has to exist, as get_idle_notification's argument.
void bind_seat(wl_client* client, void* /*data*/, std::uint32_t version, std::uint32_t id) {
    if (wl_resource_create(client, &wl_seat_interface, static_cast<int>(version), id) == nullptr) {
        wl_client_post_no_memory(client);
    }
}

int stop(int /*signal*/, void* display) {
    wl_display_terminate(static_cast<wl_display*>(display));
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: fake_compositor SOCKET idle|active|no-notifier\n");
        return 2;
    }
    const bool notifier = std::strcmp(argv[2], "no-notifier") != 0;
    send_resumed = std::strcmp(argv[2], "resume") == 0;
    send_idled = send_resumed || std::strcmp(argv[2], "idle") == 0;
    wl_display* display = wl_display_create();
    if (display == nullptr || wl_display_add_socket(display, argv[1]) != 0) {
        std::fprintf(stderr, "fake_compositor: cannot listen on %s in XDG_RUNTIME_DIR\n", argv[1]);
        return 1;
    }
    wl_global_create(display, &wl_seat_interface, 1, nullptr, &bind_seat);
    if (notifier) {
        wl_global_create(display, &ext_idle::notifier_interface, 1, nullptr, &bind_notifier);
    }
    loop = wl_display_get_event_loop(display);
    wl_event_source* term = wl_event_loop_add_signal(loop, SIGTERM, &stop, display);
    std::puts("ready");
    std::fflush(stdout);
    wl_display_run(display);
    wl_event_source_remove(term);
    wl_display_destroy(display); // removes the socket and its lock file
    return 0;
}
