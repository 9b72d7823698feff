#pragma once
// Runs the real backroutine binary as a child process for CLI tests.
#include <map>
#include <string>
#include <vector>

namespace br::test {

/// The argv and envp arrays of an execve call, built once and kept alive.
/// The environment gets PATH and HOME when absent, and the XDG directories
/// point nowhere unless given, so the user's own files stay out of tests.
class ExecArgs {
public:
    ExecArgs(const std::string& program, const std::vector<std::string>& args, std::map<std::string, std::string> env);
    ExecArgs(const ExecArgs&) = delete;
    ExecArgs& operator=(const ExecArgs&) = delete;
    [[nodiscard]] const char* program() const { return m_strings.front().c_str(); }
    char** argv() { return m_argv.data(); }
    char** envp() { return m_envp.data(); }

private:
    std::vector<std::string> m_strings; // program, args, then KEY=VALUE
    std::vector<char*> m_argv;
    std::vector<char*> m_envp;
};

struct ProcessResult {
    int code = -1; // exit code, or 128 + signal
    std::string out;
    std::string err;
};

/// Runs `program` with `args`; `env` is the whole environment (plus PATH and
/// HOME when absent), `input` is fed to stdin.
ProcessResult run_process(const std::string& program, const std::vector<std::string>& args,
                          std::map<std::string, std::string> env = {}, const std::string& input = {});

/// Runs the backroutine binary built alongside the tests.
ProcessResult run_br(const std::vector<std::string>& args, std::map<std::string, std::string> env = {},
                     const std::string& input = {});

/// A fresh empty directory under the system temp dir, removed at scope exit.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    [[nodiscard]] const std::string& path() const { return m_path; }
    /// Writes `text` to `name` inside the directory (creating parents); returns the full path.
    std::string write(const std::string& name, const std::string& text) const;

private:
    std::string m_path;
};

/// Contents of a file; empty when missing.
std::string read_text(const std::string& path);

} // namespace br::test
