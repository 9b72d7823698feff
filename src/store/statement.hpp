#pragma once
// A prepared SQLite statement for the history, finalized on scope exit (internal to store).
#include <backroutine/error.hpp>

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace br::store::detail {

class Statement {
public:
    Statement(sqlite3* db, const char* sql, const std::filesystem::path& path) : m_db(db), m_path(path) {
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
    bool step() {
        const int result = sqlite3_step(m_statement);
        if (result == SQLITE_ROW) {
            return true;
        }
        if (result != SQLITE_DONE) {
            throw Error("history '" + m_path.string() + "': " + sqlite3_errmsg(m_db));
        }
        return false;
    }
    [[nodiscard]] std::int64_t integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    [[nodiscard]] std::optional<int> maybe(int column) const {
        if (sqlite3_column_type(m_statement, column) == SQLITE_NULL) {
            return std::nullopt;
        }
        return sqlite3_column_int(m_statement, column);
    }
    [[nodiscard]] std::string text(int column) const {
        const auto* value = sqlite3_column_text(m_statement, column);
        return value == nullptr ? std::string() : reinterpret_cast<const char*>(value);
    }

private:
    sqlite3* m_db;
    const std::filesystem::path& m_path;
    sqlite3_stmt* m_statement = nullptr;
};

/// Runs `body` in an immediate transaction, rolled back when it throws.
template <typename Body>
auto write_transaction(sqlite3* db, const std::filesystem::path& path, Body&& body) {
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) {
        throw Error("history '" + path.string() + "': " + sqlite3_errmsg(db));
    }
    try {
        auto result = body();
        if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
            throw Error("history '" + path.string() + "': " + sqlite3_errmsg(db));
        }
        return result;
    } catch (...) {
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

} // namespace br::store::detail
