// The X11 screen-saver extension, with libX11 and libXss loaded at run time
// so that the program starts (and builds, headers only) without X.
#include <backroutine/idle/source.hpp>

#include "library.hpp"

#include <X11/Xlib.h>
#include <X11/extensions/scrnsaver.h>

namespace br::idle {
namespace {

class X11Source final : public Source {
public:
    X11Source() = default;
    X11Source(const X11Source&) = delete;
    X11Source& operator=(const X11Source&) = delete;
    ~X11Source() override {
        if (m_info != nullptr && m_free != nullptr) {
            m_free(m_info);
        }
        if (m_display != nullptr && m_close != nullptr) {
            m_close(m_display);
        }
    }
    [[nodiscard]] std::string name() const override { return "x11"; }
    std::optional<double> idle_seconds() override {
        if (m_query(m_display, m_root, m_info) == 0) {
            return std::nullopt;
        }
        return static_cast<double>(m_info->idle) / 1000.0;
    }

    // Loads the libraries and opens the display; "" when it worked.
    std::string open(const std::string& display_name);

private:
    Library m_x11{"libX11.so.6"};
    Library m_xss{"libXss.so.1"};
    Display* m_display = nullptr;
    Window m_root = 0;
    XScreenSaverInfo* m_info = nullptr;
    int (*m_close)(Display*) = nullptr;
    int (*m_free)(void*) = nullptr;
    Status (*m_query)(Display*, Drawable, XScreenSaverInfo*) = nullptr;
};

std::string X11Source::open(const std::string& display_name) {
    if (m_x11.handle == nullptr || m_xss.handle == nullptr) {
        return "libX11.so.6 or libXss.so.1 not installed";
    }
    auto open_display = m_x11.get<Display* (*)(const char*)>("XOpenDisplay");
    auto root_window = m_x11.get<Window (*)(Display*)>("XDefaultRootWindow");
    auto query_extension = m_xss.get<Bool (*)(Display*, int*, int*)>("XScreenSaverQueryExtension");
    auto alloc_info = m_xss.get<XScreenSaverInfo* (*)()>("XScreenSaverAllocInfo");
    m_close = m_x11.get<int (*)(Display*)>("XCloseDisplay");
    m_free = m_x11.get<int (*)(void*)>("XFree");
    m_query = m_xss.get<Status (*)(Display*, Drawable, XScreenSaverInfo*)>("XScreenSaverQueryInfo");
    if (!open_display || !root_window || !query_extension || !alloc_info || !m_close || !m_free || !m_query) {
        return "libX11 or libXss lacks a needed function";
    }
    m_display = open_display(display_name.c_str());
    if (m_display == nullptr) {
        return "cannot open display " + display_name;
    }
    int event_base = 0;
    int error_base = 0;
    if (query_extension(m_display, &event_base, &error_base) == 0) {
        return "the X server has no MIT-SCREEN-SAVER extension";
    }
    m_root = root_window(m_display);
    m_info = alloc_info();
    return m_info == nullptr ? "XScreenSaverAllocInfo failed" : "";
}

} // namespace

std::unique_ptr<Source> open_x11(const std::string& display, std::string& why) {
    if (display.empty()) {
        why = "DISPLAY is not set";
        return nullptr;
    }
    auto source = std::make_unique<X11Source>();
    why = source->open(display);
    return why.empty() ? std::move(source) : nullptr;
}

} // namespace br::idle
