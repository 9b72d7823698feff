#include <backroutine/error.hpp>
#include <backroutine/store/history.hpp>

#include "statement.hpp"

#include <sqlite3.h>

#include <array>
#include <chrono>
#include <thread>

namespace br::store {
namespace {

using detail::Statement;

// "BRHI": marks the file as ours, so another SQLite file is never touched.
constexpr int k_application_id = 0x42524849;

// Each migration takes the schema from version i to i + 1.
constexpr std::array<const char*, History::k_schema_version> k_migrations{
    R"(CREATE TABLE sessions (
         id INTEGER PRIMARY KEY,
         started_at INTEGER NOT NULL,
         routine_id TEXT NOT NULL,
         routine_name TEXT NOT NULL,
         planned_seconds INTEGER NOT NULL,
         actual_seconds INTEGER NOT NULL DEFAULT 0,
         steps_done INTEGER NOT NULL DEFAULT 0,
         steps_skipped INTEGER NOT NULL DEFAULT 0,
         steps_total INTEGER NOT NULL DEFAULT 0,
         ending TEXT NOT NULL DEFAULT 'running',
         pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
         pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10));
       CREATE INDEX sessions_started ON sessions(started_at);)",
    // 2: why a run stopped, and what came of each reminder.
    R"(ALTER TABLE sessions ADD COLUMN stopped_for_pain INTEGER NOT NULL DEFAULT 0;
       CREATE TABLE breaks (
         id INTEGER PRIMARY KEY,
         at INTEGER NOT NULL,
         kind TEXT NOT NULL CHECK (kind IN ('taken', 'natural', 'snoozed', 'skipped')));
       CREATE INDEX breaks_at ON breaks(at);)",
};

// Errors that say the file or its directory cannot be written (a read-only
// place, a full disk), as opposed to a file that is not ours.
bool cannot_write(int code) {
    switch (code & 0xff) {
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_AUTH:
        return true;
    default:
        return false;
    }
}

Error unwritable(const std::filesystem::path& path, const std::string& why) {
    return Error("the history '" + path.string() + "' cannot be written (" + why + "); it was left untouched");
}

} // namespace

History::History(const std::filesystem::path& path) : m_path(path) {
    std::error_code error;
    if (!path.parent_path().empty() && !std::filesystem::create_directories(path.parent_path(), error) && error) {
        throw unwritable(path, "its directory cannot be created: " + error.message());
    }
    if (sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                        nullptr) != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close(m_db);
        throw unwritable(path, message);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 10'000);
    if (sqlite3_db_readonly(m_db, "main") == 1) {
        sqlite3_close(m_db);
        throw unwritable(path, "the file is read-only");
    }
    // Several processes creating the file at once can meet a lock that SQLite
    // reports at once rather than waiting for (switching to WAL, or two
    // readers upgrading): try again for a while before giving up.
    for (int attempt = 0;; ++attempt) {
        try {
            migrate();
            check_tables();
            break;
        } catch (const Error&) {
            const int code = sqlite3_errcode(m_db) & 0xff;
            if ((code == SQLITE_BUSY || code == SQLITE_LOCKED) && attempt < 200) {
                sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
                std::this_thread::sleep_for(std::chrono::milliseconds(25));
                continue;
            }
            sqlite3_close(m_db);
            throw;
        } catch (...) {
            sqlite3_close(m_db);
            throw;
        }
    }
}

History::~History() {
    sqlite3_close(m_db);
}

void History::exec(const char* sql) const {
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string text = message != nullptr ? message : sqlite3_errmsg(m_db);
        sqlite3_free(message);
        if (cannot_write(sqlite3_extended_errcode(m_db))) {
            throw unwritable(m_path, text);
        }
        throw Error("history '" + m_path.string() + "': " + text);
    }
}

void History::migrate() {
    // Reading the header first: a file that is not SQLite fails here, before anything is written.
    int application = 0;
    int version = 0;
    bool has_tables = false;
    try {
        Statement app(m_db, "PRAGMA application_id", m_path);
        application = app.step() ? static_cast<int>(app.integer(0)) : 0;
        Statement user(m_db, "PRAGMA user_version", m_path);
        version = user.step() ? static_cast<int>(user.integer(0)) : 0;
        Statement tables(m_db, "SELECT count(*) FROM sqlite_master", m_path);
        has_tables = tables.step() && tables.integer(0) > 0;
    } catch (const Error&) {
        const int code = sqlite3_errcode(m_db);
        if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED) {
            throw; // another process is creating it: try again
        }
        if (cannot_write(code)) {
            throw unwritable(m_path, sqlite3_errmsg(m_db));
        }
        throw Error("'" + m_path.string() + "' is not a backroutine history database; it was left untouched");
    }
    if ((application != k_application_id && (application != 0 || has_tables))) {
        throw Error("'" + m_path.string() + "' is not a backroutine history database; it was left untouched");
    }
    if (version > k_schema_version) {
        throw Error("the history '" + m_path.string() + "' was written by a newer backroutine (schema " +
                    std::to_string(version) + "); it was left untouched");
    }
    exec("PRAGMA journal_mode=WAL");
    exec("PRAGMA synchronous=NORMAL");
    if (version == k_schema_version) {
        return;
    }
    exec("BEGIN IMMEDIATE");
    try {
        // Another process may have migrated while this one waited for the lock.
        Statement user(m_db, "PRAGMA user_version", m_path);
        version = user.step() ? static_cast<int>(user.integer(0)) : 0;
        for (int v = version; v < k_schema_version; ++v) {
            exec(k_migrations.at(static_cast<std::size_t>(v)));
        }
        exec(("PRAGMA application_id=" + std::to_string(k_application_id)).c_str());
        exec(("PRAGMA user_version=" + std::to_string(k_schema_version)).c_str());
        exec("COMMIT");
    } catch (...) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

void History::check_tables() const {
    for (const char* table : {"sessions", "breaks"}) {
        const std::string sql = std::string("SELECT * FROM ") + table + " LIMIT 0";
        sqlite3_stmt* statement = nullptr;
        const int result = sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr);
        sqlite3_finalize(statement);
        if (result != SQLITE_OK) {
            throw Error("the history '" + m_path.string() + "' has no " + table +
                        " table (a damaged file?); it was left untouched");
        }
    }
}

} // namespace br::store
