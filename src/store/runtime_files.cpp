#include "runtime_files.hpp"

#include <backroutine/store/atomic_file.hpp>

#include <cerrno>
#include <csignal>
#include <fstream>
#include <sstream>

namespace br::store::runtime {
namespace {

namespace fs = std::filesystem;

bool alive(int pid) {
    return pid > 0 && (::kill(pid, 0) == 0 || errno == EPERM);
}

} // namespace

fs::path state_file(const fs::path& dir, const std::string& prefix, int pid) {
    return dir / (prefix + "-" + std::to_string(pid) + ".json");
}

void publish(const fs::path& dir, const std::string& prefix, int pid, const nlohmann::json& json) {
    try {
        std::error_code error;
        fs::create_directories(dir, error);
        fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace, error);
        write_file_atomically(state_file(dir, prefix, pid), json.dump() + "\n");
    } catch (const std::exception&) { // NOLINT(bugprone-empty-catch): status is a nicety
    }
}

void withdraw(const fs::path& dir, const std::string& prefix, int pid) {
    std::error_code error;
    fs::remove(state_file(dir, prefix, pid), error);
}

std::vector<nlohmann::json> live(const fs::path& dir, const std::string& prefix) {
    std::vector<nlohmann::json> states;
    std::error_code error;
    for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
        const std::string name = it->path().filename().string();
        if (name.rfind(prefix + "-", 0) != 0 || it->path().extension() != ".json") {
            continue;
        }
        auto json = nlohmann::json::parse(read_small(it->path()), nullptr, false);
        if (json.is_discarded() || !json.is_object()) {
            continue;
        }
        const auto pid = json.find("pid");
        if (pid == json.end() || !pid->is_number_integer() || !alive(pid->get<int>())) {
            std::error_code ignored;
            fs::remove(it->path(), ignored); // its process died without removing it (SIGKILL, a crash)
            continue;
        }
        states.push_back(std::move(json));
    }
    return states;
}

std::string read_small(const fs::path& path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str().substr(0, 4096);
}

} // namespace br::store::runtime
