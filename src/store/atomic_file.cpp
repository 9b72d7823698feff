#include <backroutine/error.hpp>
#include <backroutine/store/atomic_file.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace br::store {
namespace {

[[noreturn]] void fail(const std::filesystem::path& path, int error) {
    throw Error("cannot write '" + path.string() + "': " + std::strerror(error));
}

} // namespace

void write_file_atomically(const std::filesystem::path& path, std::string_view content) {
    const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : ".";
    std::string temp = (dir / ("." + path.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkstemp(temp.data());
    if (fd < 0) {
        fail(path, errno);
    }
    const auto cleanup = [&](int error) {
        ::close(fd);
        ::unlink(temp.c_str());
        fail(path, error);
    };
    std::string_view left = content;
    while (!left.empty()) {
        const ssize_t n = ::write(fd, left.data(), left.size());
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            cleanup(errno);
        }
        left.remove_prefix(static_cast<std::size_t>(n));
    }
    // Files are readable as a freshly created file would be (umask applies).
    const mode_t mask = ::umask(0);
    ::umask(mask);
    if (::fchmod(fd, 0666 & ~mask) != 0 || ::fsync(fd) != 0) {
        cleanup(errno);
    }
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(temp.c_str());
        fail(path, error);
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        const int error = errno;
        ::unlink(temp.c_str());
        fail(path, error);
    }
}

} // namespace br::store
