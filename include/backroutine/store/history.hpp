#pragma once
#include <backroutine/model/history.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace br::store {

using SessionRecord = model::SessionRecord;

/// What happened when a reminder rang.
enum class BreakKind { taken, natural, snoozed, skipped };
std::string_view name_of(BreakKind kind);
std::optional<BreakKind> parse_break_kind(std::string_view text);

/// One reminder's outcome.
struct BreakRecord {
    std::int64_t id = 0;
    std::int64_t at = 0; // Unix seconds, UTC
    BreakKind kind = BreakKind::taken;
};

/// Which sessions `History::sessions` returns.
struct SessionQuery {
    std::int64_t since = 0;             // started at or after (Unix seconds)
    std::optional<std::int64_t> until;  // started before
    std::optional<std::string> routine; // this routine id only
    std::optional<std::size_t> last;    // only the latest N (still oldest first)
};

/// The history database: SQLite with a versioned schema, WAL, a busy
/// timeout and immediate write transactions, so runs at once all land.
class History {
public:
    /// Opens (creating it and its directory when absent) the database at
    /// `path`. A file that is not a backroutine history, a newer one, or one
    /// that cannot be written is reported (br::Error) and left untouched.
    explicit History(const std::filesystem::path& path);
    ~History();
    History(const History&) = delete;
    History& operator=(const History&) = delete;

    /// Records the start of a run; returns its id.
    std::int64_t start(const SessionRecord& record);
    /// Records how a run ended (and its figures).
    void finish(const SessionRecord& record);
    /// Records a whole session at once (one done away from the computer); returns its id.
    std::int64_t add(const SessionRecord& record);
    /// Removes a session; false when there is none with that id.
    bool remove(std::int64_t id);
    /// The session with that id, if any.
    [[nodiscard]] std::optional<SessionRecord> session(std::int64_t id) const;
    /// Sessions that started at or after `since` (Unix seconds), oldest first.
    [[nodiscard]] std::vector<SessionRecord> sessions(std::int64_t since = 0) const;
    /// Sessions matching `query`, oldest first.
    [[nodiscard]] std::vector<SessionRecord> sessions(const SessionQuery& query) const;

    /// Records what came of a reminder (the remind command calls this).
    void record_break(BreakKind kind, std::int64_t at);
    /// Breaks recorded at or after `since`, oldest first.
    [[nodiscard]] std::vector<BreakRecord> breaks(std::int64_t since = 0) const;

    /// The schema version this build writes.
    static constexpr int k_schema_version = 2;

private:
    void exec(const char* sql) const;
    void migrate();
    void check_tables() const;

    std::filesystem::path m_path;
    sqlite3* m_db = nullptr;
};

} // namespace br::store
