#pragma once
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace br::store {

/// One run of a routine, as the history keeps it.
struct SessionRecord {
    std::int64_t id = 0;
    std::int64_t started_at = 0; // Unix seconds, UTC
    std::string routine_id;
    std::string routine_name;
    int planned_seconds = 0;
    int actual_seconds = 0;
    int steps_done = 0;
    int steps_skipped = 0;
    int steps_total = 0;
    std::string ending = "running"; // completed, quit, interrupted, terminated, hangup; running until it ends
    std::optional<int> pain_before;
    std::optional<int> pain_after;
};

/// The history database: SQLite with a versioned schema, WAL, a busy
/// timeout and immediate write transactions, so runs at once all land.
class History {
public:
    /// Opens (creating it and its directory when absent) the database at
    /// `path`. A file that is not a backroutine history is reported
    /// (br::Error) and left untouched.
    explicit History(const std::filesystem::path& path);
    ~History();
    History(const History&) = delete;
    History& operator=(const History&) = delete;

    /// Records the start of a run; returns its id.
    std::int64_t start(const SessionRecord& record);
    /// Records how a run ended (and its figures).
    void finish(const SessionRecord& record);
    /// Sessions that started at or after `since` (Unix seconds), oldest first.
    [[nodiscard]] std::vector<SessionRecord> sessions(std::int64_t since = 0) const;

    /// The schema version this build writes.
    static constexpr int k_schema_version = 1;

private:
    void exec(const char* sql) const;
    void migrate();

    std::filesystem::path m_path;
    sqlite3* m_db = nullptr;
};

} // namespace br::store
