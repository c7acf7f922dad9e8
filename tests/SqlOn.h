#pragma once

// SQL run on a project file from outside Veil (a damaged, older, newer or
// foreign file), for tests that link SQLite.

#include <QFile>
#include <QString>

#include <sqlite3.h>

namespace veil::test {

inline int execOn(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    int rc = sqlite3_open(QFile::encodeName(path).constData(), &db);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc;
}

} // namespace veil::test
