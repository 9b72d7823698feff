#pragma once
#include <stdexcept>
#include <string>

namespace br {

/// Process exit codes, as documented in --help and the man page.
enum class ExitCode : int {
    ok = 0,
    failure = 1,
    usage = 2,
    quit = 3,
    data = 65,     // EX_DATAERR: invalid catalog, routine or config data
    no_input = 66, // EX_NOINPUT: a file that cannot be read
    interrupted = 130,
};

/// The root of the project's one exception hierarchy, carrying the exit code.
/// Fatal errors propagate to `cli::run`, which prints them once and exits
/// with `code()`; a recoverable one is caught only where it is handled (the
/// list is in docs/architecture.md, "Errors"). Problems in data are not
/// thrown: they are collected as diagnostics.
class Error : public std::runtime_error {
public:
    explicit Error(const std::string& message, ExitCode code = ExitCode::failure)
        : std::runtime_error(message), m_code(code) {}
    [[nodiscard]] ExitCode code() const noexcept { return m_code; }

private:
    ExitCode m_code;
};

} // namespace br
