#include <backroutine/error.hpp>
#include <backroutine/store/atomic_file.hpp>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace br::store {
namespace {

namespace fs = std::filesystem;

[[noreturn]] void fail(const fs::path& path, int error) {
    throw Error("cannot write '" + path.string() + "': " + std::strerror(error));
}

// The file a write to `path` lands in, and its status when it exists.
struct Target {
    fs::path path;
    std::optional<struct stat> status;
};

// Follows symbolic links to the file they name, as `sort -o` writes through
// them; refuses what is not a regular file (a device, a FIFO, a directory),
// which a rename would replace.
Target target_of(const fs::path& path) {
    Target target{path, std::nullopt};
    for (int hops = 0;; ++hops) {
        struct stat status {};
        if (::lstat(target.path.c_str(), &status) != 0) {
            if (errno != ENOENT) {
                fail(path, errno);
            }
            return target; // a new file, or a link to one still to be made
        }
        if (!S_ISLNK(status.st_mode)) {
            if (!S_ISREG(status.st_mode)) {
                throw Error("cannot write '" + path.string() + "': it is not a regular file");
            }
            target.status = status;
            return target;
        }
        std::error_code error;
        const fs::path link = fs::read_symlink(target.path, error);
        if (error || hops == 40) {
            fail(path, error ? error.value() : ELOOP);
        }
        target.path = link.is_absolute() ? link : target.path.parent_path() / link;
    }
}

// A replaced file keeps its mode (and, for root, its owner); a new one is
// made as a freshly created file would be (the umask applies).
int set_mode(int fd, const Target& target) {
    if (!target.status) {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        return ::fchmod(fd, 0666 & ~mask) == 0 ? 0 : errno;
    }
    const struct stat& status = *target.status;
    if (::geteuid() == 0 && ::fchown(fd, status.st_uid, status.st_gid) != 0) {
        return errno;
    }
    return ::fchmod(fd, status.st_mode & 07777) == 0 ? 0 : errno;
}

int write_all(int fd, std::string_view content) {
    while (!content.empty()) {
        const ssize_t n = ::write(fd, content.data(), content.size());
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return errno;
        }
        content.remove_prefix(static_cast<std::size_t>(n));
    }
    return 0;
}

} // namespace

void write_file_atomically(const fs::path& path, std::string_view content) {
    const Target target = target_of(path);
    const fs::path dir = target.path.has_parent_path() ? target.path.parent_path() : ".";
    std::string temp = (dir / ("." + target.path.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkstemp(temp.data());
    if (fd < 0) {
        fail(path, errno);
    }
    int error = write_all(fd, content);
    if (error == 0) {
        error = set_mode(fd, target);
    }
    if (error == 0 && ::fsync(fd) != 0) {
        error = errno;
    }
    if (::close(fd) != 0 && error == 0) {
        error = errno;
    }
    if (error == 0 && ::rename(temp.c_str(), target.path.c_str()) != 0) {
        error = errno;
    }
    if (error != 0) {
        ::unlink(temp.c_str());
        fail(path, error);
    }
}

} // namespace br::store
