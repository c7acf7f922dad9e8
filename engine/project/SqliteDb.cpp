#include "engine/project/SqliteDb.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

namespace veil {

SqlQuery::SqlQuery(sqlite3 *db, const char *sql) : m_db(db)
{
    if (db && sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        m_stmt = nullptr;
}

SqlQuery::~SqlQuery()
{
    sqlite3_finalize(m_stmt);
}

void SqlQuery::bind(std::initializer_list<QVariant> values)
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    m_rows = 0;
    int i = 1;
    for (const QVariant &v : values) {
        int rc = SQLITE_OK;
        switch (v.typeId()) {
        case QMetaType::UnknownType:
            rc = sqlite3_bind_null(m_stmt, i);
            break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            rc = sqlite3_bind_int64(m_stmt, i, v.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            rc = sqlite3_bind_double(m_stmt, i, v.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray b = v.toByteArray();
            rc = sqlite3_bind_blob64(m_stmt, i, b.constData(), sqlite3_uint64(b.size()), SQLITE_TRANSIENT);
            break;
        }
        default: {
            const QByteArray t = v.toString().toUtf8();
            rc = sqlite3_bind_text64(m_stmt, i, t.constData(), sqlite3_uint64(t.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
        }
        }
        m_failed = m_failed || rc != SQLITE_OK;
        ++i;
    }
}

namespace {

// No query of Veil's returns more rows than the file holds cells, and a cell
// takes at least 4 bytes of a page. A damaged file can make SQLite walk the
// same rows for ever (found by fuzz_project, after a write to a damaged
// project); past this many rows a statement stops as damaged.
qint64 mostRowsPossible(sqlite3 *db)
{
    qint64 pages = 0, pageSize = 0;
    sqlite3_stmt *q = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT page_count, page_size FROM pragma_page_count, pragma_page_size", -1, &q,
                           nullptr) == SQLITE_OK &&
        sqlite3_step(q) == SQLITE_ROW) {
        pages = sqlite3_column_int64(q, 0);
        pageSize = sqlite3_column_int64(q, 1);
    }
    sqlite3_finalize(q);
    return pages * pageSize / 4 + 1024;
}

} // namespace

bool SqlQuery::next()
{
    if (!m_stmt || m_failed)
        return false;
    const int rc = sqlite3_step(m_stmt);
    m_failed = rc != SQLITE_ROW && rc != SQLITE_DONE;
    if (rc == SQLITE_ROW && (++m_rows & 0xffff) == 0 && m_rows > mostRowsPossible(m_db))
        m_failed = true;
    return rc == SQLITE_ROW && !m_failed;
}

bool SqlQuery::exec()
{
    while (next()) {
    }
    return m_stmt && !m_failed;
}

qint64 SqlQuery::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqlQuery::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString SqlQuery::text(int column) const
{
    const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return t ? QString::fromUtf8(t, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray SqlQuery::blob(int column) const
{
    const void *b = sqlite3_column_blob(m_stmt, column);
    return b ? QByteArray(static_cast<const char *>(b), sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

QVariant SqlQuery::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return integer(column);
    case SQLITE_FLOAT:
        return real(column);
    case SQLITE_TEXT:
        return text(column);
    case SQLITE_BLOB:
        return blob(column);
    default:
        return {};
    }
}

bool SqlQuery::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

SqliteDb::~SqliteDb()
{
    close();
}

namespace {

// A project file can be damaged or made by someone else: SQLite's advice for
// such files ("defense against the dark arts"): no schema tricks, size checks
// on every cell read, no writes to the schema.
void defend(sqlite3 *db)
{
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_exec(db, "PRAGMA cell_size_check = ON", nullptr, nullptr, nullptr);
}

} // namespace

Status SqliteDb::open(const QString &path, bool create)
{
    close();
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_FULLMUTEX;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        const QString why = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
        close();
        return failure(why, ErrorCode::Io);
    }
    sqlite3_busy_timeout(m_db, 5000);
    defend(m_db);
    return {};
}

Status SqliteDb::openReadOnly(const QString &path)
{
    QString why;
    close();
    const QByteArray uri = "file:" + QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/");
    for (const char *mode : {"?mode=ro", "?mode=ro&immutable=1"}) {
        close();
        const int flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_FULLMUTEX;
        if (sqlite3_open_v2((uri + mode).constData(), &m_db, flags, nullptr) == SQLITE_OK &&
            scalar("SELECT count(*) FROM sqlite_master", {}, -1).toInt() >= 0) {
            sqlite3_busy_timeout(m_db, 5000);
            defend(m_db);
            return {};
        }
        why = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
    }
    close();
    return failure(why, ErrorCode::Io);
}

void SqliteDb::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

bool SqliteDb::exec(const char *sql, std::initializer_list<QVariant> values)
{
    if (values.size() == 0) // may hold several statements
        return m_db && sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    SqlQuery q(m_db, sql);
    q.bind(values);
    return q.exec();
}

QVariant SqliteDb::scalar(const char *sql, std::initializer_list<QVariant> values, const QVariant &fallback)
{
    SqlQuery q(m_db, sql);
    q.bind(values);
    return q.next() ? q.value(0) : fallback;
}

qint64 SqliteDb::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

int SqliteDb::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

QString SqliteDb::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no database");
}

SqlTransaction::SqlTransaction(SqliteDb &db) : m_db(db)
{
    m_active = m_db.exec("BEGIN IMMEDIATE");
}

SqlTransaction::~SqlTransaction()
{
    if (m_active)
        m_db.exec("ROLLBACK");
}

bool SqlTransaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_db.exec("COMMIT"))
        return true;
    m_db.exec("ROLLBACK");
    return false;
}

} // namespace veil
