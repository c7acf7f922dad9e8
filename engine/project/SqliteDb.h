#pragma once

#include "engine/core/Result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <initializer_list>

struct sqlite3;
struct sqlite3_stmt;

namespace veil {

// The few SQLite calls the project needs, with RAII and errors as text.
// Values bind from QVariant: null, integers, doubles, QString (TEXT) and
// QByteArray (BLOB).
class SqlQuery
{
public:
    SqlQuery(sqlite3 *db, const char *sql);
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    void bind(std::initializer_list<QVariant> values);
    bool next(); // a row is ready
    bool exec(); // ran to the end without an error
    // Stopped on an error, or on more rows than the file can hold (a damaged file walked in circles).
    bool failed() const { return m_failed; }

    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    QVariant value(int column) const;
    bool isNull(int column) const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
    qint64 m_rows = 0;
};

class SqliteDb
{
public:
    SqliteDb() = default;
    ~SqliteDb();
    SqliteDb(const SqliteDb &) = delete;
    SqliteDb &operator=(const SqliteDb &) = delete;

    Status open(const QString &path, bool create);
    // Read-only: never writes the file (nor, when they exist, its -wal and
    // -shm); a folder that cannot be written is read as an immutable file.
    Status openReadOnly(const QString &path);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    bool exec(const char *sql, std::initializer_list<QVariant> values = {});
    // One value of the first row (or `fallback` when there is no row).
    QVariant scalar(const char *sql, std::initializer_list<QVariant> values = {}, const QVariant &fallback = {});
    qint64 lastInsertId() const;
    int changes() const; // rows changed by the last statement
    QString lastError() const;
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

// BEGIN IMMEDIATE ... COMMIT; rolled back unless commit() was called.
class SqlTransaction
{
public:
    explicit SqlTransaction(SqliteDb &db);
    ~SqlTransaction();
    bool isActive() const { return m_active; }
    bool commit();

private:
    SqliteDb &m_db;
    bool m_active = false;
};

} // namespace veil
