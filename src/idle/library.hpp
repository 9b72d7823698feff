#pragma once
// A shared library loaded at run time, so that the program starts (and
// builds, with headers only) on a machine without it.
#include <dlfcn.h>

namespace br::idle {

struct Library {
    void* handle = nullptr;
    explicit Library(const char* name) : handle(::dlopen(name, RTLD_NOW | RTLD_LOCAL)) {}
    Library(const Library&) = delete;
    Library& operator=(const Library&) = delete;
    ~Library() {
        if (handle != nullptr) {
            ::dlclose(handle);
        }
    }
    template <class F>
    F get(const char* symbol) const {
        return reinterpret_cast<F>(::dlsym(handle, symbol)); // NOLINT: the dlsym idiom
    }
};

} // namespace br::idle
