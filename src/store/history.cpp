#include <backroutine/error.hpp>
#include <backroutine/store/history.hpp>

#include <sqlite3.h>

#include <array>
#include <chrono>
#include <thread>

namespace br::store {
namespace {

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
};

// A prepared statement, finalized on scope exit.
class Statement {
public:
    Statement(sqlite3* db, const char* sql, const std::filesystem::path& path) : m_db(db) {
        if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
            throw Error("history '" + path.string() + "': " + sqlite3_errmsg(db));
        }
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    void bind(int index, std::int64_t value) { sqlite3_bind_int64(m_statement, index, value); }
    void bind(int index, const std::string& value) {
        sqlite3_bind_text(m_statement, index, value.c_str(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    }
    void bind(int index, const std::optional<int>& value) {
        if (value) {
            sqlite3_bind_int(m_statement, index, *value);
        } else {
            sqlite3_bind_null(m_statement, index);
        }
    }
    /// Steps once: true while there is a row.
    bool step(const std::filesystem::path& path) {
        const int result = sqlite3_step(m_statement);
        if (result == SQLITE_ROW) {
            return true;
        }
        if (result != SQLITE_DONE) {
            throw Error("history '" + path.string() + "': " + sqlite3_errmsg(m_db));
        }
        return false;
    }
    std::int64_t integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    std::optional<int> maybe(int column) const {
        if (sqlite3_column_type(m_statement, column) == SQLITE_NULL) {
            return std::nullopt;
        }
        return sqlite3_column_int(m_statement, column);
    }
    std::string text(int column) const {
        const auto* value = sqlite3_column_text(m_statement, column);
        return value == nullptr ? std::string() : reinterpret_cast<const char*>(value);
    }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_statement = nullptr;
};

} // namespace

History::History(const std::filesystem::path& path) : m_path(path) {
    std::error_code error;
    std::filesystem::create_directories(path.parent_path(), error);
    if (sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                        nullptr) != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close(m_db);
        throw Error("cannot open the history '" + path.string() + "': " + message);
    }
    sqlite3_busy_timeout(m_db, 10'000);
    // Several processes creating the file at once can meet a lock that SQLite
    // reports at once rather than waiting for (switching to WAL, or two
    // readers upgrading): try again for a while before giving up.
    for (int attempt = 0;; ++attempt) {
        try {
            migrate();
            break;
        } catch (const Error&) {
            const int code = sqlite3_errcode(m_db);
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
        application = app.step(m_path) ? static_cast<int>(app.integer(0)) : 0;
        Statement user(m_db, "PRAGMA user_version", m_path);
        version = user.step(m_path) ? static_cast<int>(user.integer(0)) : 0;
        Statement tables(m_db, "SELECT count(*) FROM sqlite_master", m_path);
        has_tables = tables.step(m_path) && tables.integer(0) > 0;
    } catch (const Error&) {
        const int code = sqlite3_errcode(m_db);
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
            throw; // another process is creating it: try again
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
        version = user.step(m_path) ? static_cast<int>(user.integer(0)) : 0;
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

std::int64_t History::start(const SessionRecord& record) {
    exec("BEGIN IMMEDIATE");
    try {
        Statement insert(m_db,
                         "INSERT INTO sessions (started_at, routine_id, routine_name, planned_seconds, steps_total, "
                         "ending, pain_before) VALUES (?, ?, ?, ?, ?, 'running', ?)",
                         m_path);
        insert.bind(1, record.started_at);
        insert.bind(2, record.routine_id);
        insert.bind(3, record.routine_name);
        insert.bind(4, std::int64_t{record.planned_seconds});
        insert.bind(5, std::int64_t{record.steps_total});
        insert.bind(6, record.pain_before);
        insert.step(m_path);
        const std::int64_t id = sqlite3_last_insert_rowid(m_db);
        exec("COMMIT");
        return id;
    } catch (...) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

void History::finish(const SessionRecord& record) {
    exec("BEGIN IMMEDIATE");
    try {
        Statement update(m_db,
                         "UPDATE sessions SET actual_seconds = ?, steps_done = ?, steps_skipped = ?, ending = ?, "
                         "pain_before = coalesce(?, pain_before), pain_after = ? WHERE id = ?",
                         m_path);
        update.bind(1, std::int64_t{record.actual_seconds});
        update.bind(2, std::int64_t{record.steps_done});
        update.bind(3, std::int64_t{record.steps_skipped});
        update.bind(4, record.ending);
        update.bind(5, record.pain_before);
        update.bind(6, record.pain_after);
        update.bind(7, record.id);
        update.step(m_path);
        exec("COMMIT");
    } catch (...) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

std::vector<SessionRecord> History::sessions(std::int64_t since) const {
    Statement query(m_db,
                    "SELECT id, started_at, routine_id, routine_name, planned_seconds, actual_seconds, steps_done, "
                    "steps_skipped, steps_total, ending, pain_before, pain_after FROM sessions "
                    "WHERE started_at >= ? ORDER BY started_at, id",
                    m_path);
    query.bind(1, since);
    std::vector<SessionRecord> out;
    while (query.step(m_path)) {
        SessionRecord record;
        record.id = query.integer(0);
        record.started_at = query.integer(1);
        record.routine_id = query.text(2);
        record.routine_name = query.text(3);
        record.planned_seconds = static_cast<int>(query.integer(4));
        record.actual_seconds = static_cast<int>(query.integer(5));
        record.steps_done = static_cast<int>(query.integer(6));
        record.steps_skipped = static_cast<int>(query.integer(7));
        record.steps_total = static_cast<int>(query.integer(8));
        record.ending = query.text(9);
        record.pain_before = query.maybe(10);
        record.pain_after = query.maybe(11);
        out.push_back(std::move(record));
    }
    return out;
}

} // namespace br::store
