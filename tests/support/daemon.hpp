#pragma once
// A helper process kept running for the length of a test (Xvfb, a private
// dbus-daemon, a fake D-Bus service), stopped with SIGTERM at scope exit.
#include <chrono>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace br::test {

class Daemon {
public:
    /// Starts `program` with `args`; the environment is this process's plus `env`.
    Daemon(const std::string& program, const std::vector<std::string>& args,
           const std::map<std::string, std::string>& env = {});
    ~Daemon();
    Daemon(const Daemon&) = delete;
    Daemon& operator=(const Daemon&) = delete;
    [[nodiscard]] bool started() const { return m_pid > 0; }
    [[nodiscard]] int pid() const { return m_pid; }
    /// Sends SIGTERM and waits for it to end.
    void stop();
    /// The next line it writes on stdout, or "" after `timeout`.
    std::string read_line(std::chrono::milliseconds timeout = std::chrono::seconds(10));

private:
    int m_pid = -1;
    int m_out = -1;
    std::string m_buffer;
};

/// A private session bus (`dbus-daemon --session`) with a fake service on
/// it: a Python script that prints "ready" once it owns its name.
struct FakeService {
    std::string address; // the bus's; empty when the bus or the service did not start
    std::unique_ptr<Daemon> bus;
    std::unique_ptr<Daemon> service;
    FakeService(const std::string& script, const std::vector<std::string>& args);
};

/// True when `program` can be run (an absolute path, or found on PATH).
bool have_program(const std::string& program);

} // namespace br::test
