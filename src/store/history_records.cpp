// Reading and writing the rows of the history: sessions and breaks.
#include <backroutine/error.hpp>
#include <backroutine/store/history.hpp>
#include <backroutine/util/text.hpp>

#include "statement.hpp"

#include <array>

namespace br::store {
namespace {

using detail::Statement;
using detail::write_transaction;

constexpr std::array<std::string_view, 4> k_break_kinds{"taken", "natural", "snoozed", "skipped"};

constexpr const char* k_columns = "SELECT id, started_at, routine_id, routine_name, planned_seconds, actual_seconds, "
                                  "steps_done, steps_skipped, steps_total, ending, pain_before, pain_after, "
                                  "stopped_for_pain FROM sessions ";

// A row of k_columns. Text is sanitised as it leaves the file: another
// program may have written anything there.
SessionRecord read_session(const Statement& row) {
    SessionRecord record;
    record.id = row.integer(0);
    record.started_at = row.integer(1);
    record.routine_id = util::sanitize(row.text(2));
    record.routine_name = util::sanitize(row.text(3));
    record.planned_seconds = static_cast<int>(row.integer(4));
    record.actual_seconds = static_cast<int>(row.integer(5));
    record.steps_done = static_cast<int>(row.integer(6));
    record.steps_skipped = static_cast<int>(row.integer(7));
    record.steps_total = static_cast<int>(row.integer(8));
    record.ending = util::sanitize(row.text(9));
    record.pain_before = row.maybe(10);
    record.pain_after = row.maybe(11);
    record.stopped_for_pain = row.integer(12) != 0;
    return record;
}

} // namespace

std::string_view name_of(BreakKind kind) {
    return k_break_kinds.at(static_cast<std::size_t>(kind));
}

std::optional<BreakKind> parse_break_kind(std::string_view text) {
    for (std::size_t i = 0; i < k_break_kinds.size(); ++i) {
        if (k_break_kinds[i] == text) {
            return static_cast<BreakKind>(i);
        }
    }
    return std::nullopt;
}

std::int64_t History::start(const SessionRecord& record) {
    return write_transaction(m_db, m_path, [&] {
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
        insert.step();
        return sqlite3_last_insert_rowid(m_db);
    });
}

void History::finish(const SessionRecord& record) {
    write_transaction(m_db, m_path, [&] {
        Statement update(m_db,
                         "UPDATE sessions SET actual_seconds = ?, steps_done = ?, steps_skipped = ?, ending = ?, "
                         "pain_before = coalesce(?, pain_before), pain_after = ?, stopped_for_pain = ? WHERE id = ?",
                         m_path);
        update.bind(1, std::int64_t{record.actual_seconds});
        update.bind(2, std::int64_t{record.steps_done});
        update.bind(3, std::int64_t{record.steps_skipped});
        update.bind(4, record.ending);
        update.bind(5, record.pain_before);
        update.bind(6, record.pain_after);
        update.bind(7, std::int64_t{record.stopped_for_pain ? 1 : 0});
        update.bind(8, record.id);
        update.step();
        return 0;
    });
}

std::int64_t History::add(const SessionRecord& record) {
    auto copy = record;
    copy.id = start(record);
    finish(copy);
    return copy.id;
}

bool History::remove(std::int64_t id) {
    return write_transaction(m_db, m_path, [&] {
        Statement erase(m_db, "DELETE FROM sessions WHERE id = ?", m_path);
        erase.bind(1, id);
        erase.step();
        return sqlite3_changes(m_db) > 0;
    });
}

std::optional<SessionRecord> History::session(std::int64_t id) const {
    Statement query(m_db, (std::string(k_columns) + "WHERE id = ?").c_str(), m_path);
    query.bind(1, id);
    if (!query.step()) {
        return std::nullopt;
    }
    return read_session(query);
}

std::vector<SessionRecord> History::sessions(std::int64_t since) const {
    SessionQuery query;
    query.since = since;
    return sessions(query);
}

std::vector<SessionRecord> History::sessions(const SessionQuery& filter) const {
    // The latest N are chosen newest first, then put back in order.
    const std::string sql = "SELECT * FROM (" + std::string(k_columns) +
                            "WHERE started_at >= ?1 AND (?2 IS NULL OR started_at < ?2) AND "
                            "(?3 IS NULL OR routine_id = ?3) ORDER BY started_at DESC, id DESC LIMIT ?4) "
                            "ORDER BY started_at, id";
    Statement query(m_db, sql.c_str(), m_path);
    query.bind(1, filter.since);
    if (filter.until) {
        query.bind(2, *filter.until);
    }
    if (filter.routine) {
        query.bind(3, *filter.routine);
    }
    query.bind(4, filter.last ? static_cast<std::int64_t>(*filter.last) : std::int64_t{-1});
    std::vector<SessionRecord> out;
    while (query.step()) {
        out.push_back(read_session(query));
    }
    return out;
}

void History::record_break(BreakKind kind, std::int64_t at) {
    write_transaction(m_db, m_path, [&] {
        Statement insert(m_db, "INSERT INTO breaks (at, kind) VALUES (?, ?)", m_path);
        insert.bind(1, at);
        insert.bind(2, std::string(name_of(kind)));
        insert.step();
        return 0;
    });
}

std::vector<BreakRecord> History::breaks(std::int64_t since) const {
    Statement query(m_db, "SELECT id, at, kind FROM breaks WHERE at >= ? ORDER BY at, id", m_path);
    query.bind(1, since);
    std::vector<BreakRecord> out;
    while (query.step()) {
        const auto kind = parse_break_kind(query.text(2));
        if (kind) {
            out.push_back({query.integer(0), query.integer(1), *kind});
        }
    }
    return out;
}

} // namespace br::store
