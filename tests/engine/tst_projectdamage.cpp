// A project file damaged on disk or by hand: refused at open, with the
// reason, before anything reads it for hours (issue 16).
#include "SqlOn.h"
#include "TestResult.h"
#include "engine/project/Project.h"
#include "engine/project/SqliteDb.h"

#include <sqlite3.h>

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace veil;
using test::execOn;

namespace {

const QString kPass = QStringLiteral("a long enough passphrase");

qint64 integerOn(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *q = nullptr;
    qint64 value = -1;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK &&
        sqlite3_prepare_v2(db, sql, -1, &q, nullptr) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
        value = sqlite3_column_int64(q, 0);
    sqlite3_finalize(q);
    sqlite3_close(db);
    return value;
}

// A project whose exports table spans several b-tree pages, all in the main file.
QString projectWithManyExports(const QTemporaryDir &tmp)
{
    const QString path = tmp.filePath(QStringLiteral("p.veil"));
    test::must(Project::create(path, kPass));
    const char *fill = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 400) "
                       "INSERT INTO exports(id, at, user) SELECT x, '2026-01-01T00:00:00.000Z', "
                       "hex(randomblob(100)) FROM c; PRAGMA wal_checkpoint(TRUNCATE);";
    if (execOn(path, fill) != SQLITE_OK)
        qFatal("cannot fill the exports table");
    return path;
}

} // namespace

class TestProjectDamage : public QObject
{
    Q_OBJECT

private slots:
    // Seen while writing fuzz_project: the key derivation's limits are
    // in the file; damaged ones must not make an open run for hours.
    void damagedKeyLimitsAreRefusedAtOnce()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("p.veil"));
        VEIL_VERIFY_OK(Project::create(path, kPass));
        QCOMPARE(execOn(path, "UPDATE meta SET value = 4000000000 WHERE key = 'kdf_ops'"), SQLITE_OK);
        QElapsedTimer t;
        t.start();
        const auto p = Project::open(path, kPass);
        QVERIFY(!p);
        QCOMPARE(p.code(), ErrorCode::Damaged);
        QVERIFY2(p.message().contains(QLatin1String("key settings are damaged")), qPrintable(p.message()));
        QVERIFY(t.elapsed() < 5000);
    }

    // Found by fuzz_project: a b-tree page referenced twice makes SQLite walk
    // the same rows again and again (there, a read of the exports that never
    // ended). The file is refused at open. Here the exports table's root
    // points at its first leaf twice.
    void pagesReferencedTwiceAreRefusedAtOpen()
    {
        QTemporaryDir tmp;
        const QString path = projectWithManyExports(tmp);
        const qint64 pageSize = integerOn(path, "PRAGMA page_size");
        const qint64 root = integerOn(path, "SELECT rootpage FROM sqlite_schema WHERE name = 'exports'");
        QVERIFY(pageSize > 0 && root > 1);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        char *page = bytes.data() + (root - 1) * pageSize;
        QCOMPARE(int(page[0]), 0x05); // an interior table page
        QVERIFY(qFromBigEndian<quint16>(page + 3) >= 2);
        const quint16 firstCell = qFromBigEndian<quint16>(page + 12);
        memcpy(page + 8, bytes.constData() + (root - 1) * pageSize + firstCell, 4); // right child = first child
        QVERIFY(f.seek(0));
        QCOMPARE(f.write(bytes), bytes.size());
        f.close();

        QElapsedTimer t;
        t.start();
        const auto p = Project::open(path, kPass);
        QVERIFY(!p);
        QCOMPARE(p.code(), ErrorCode::Damaged);
        QVERIFY2(p.message().contains(QLatin1String("project file is damaged")), qPrintable(p.message()));
        QVERIFY(t.elapsed() < 5000);
        QCOMPARE(Project::open(path, kPass, Project::OpenMode::ReadOnlyIfNeeded).code(), ErrorCode::Damaged);
    }

    // Found by fuzz_project: a negative format number in the file's header
    // indexed the list of format updates out of bounds.
    void damagedFormatNumbersAreRefused()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("p.veil"));
        VEIL_VERIFY_OK(Project::create(path, kPass));
        for (const char *sql : {"PRAGMA user_version = -5", "PRAGMA user_version = 0"}) {
            QCOMPARE(execOn(path, sql), SQLITE_OK);
            const auto p = Project::open(path, kPass);
            QVERIFY(!p);
            QCOMPARE(p.code(), ErrorCode::Damaged);
            QVERIFY2(p.message().contains(QLatin1String("damaged (format")), qPrintable(p.message()));
        }
    }

    // Found by fuzz_project: after a write to a damaged project, a read
    // (there, the merge's walk over the re-identification key) saw the same
    // rows for ever. No statement of Veil's can return more rows than the
    // file holds cells; past that bound it stops and says it failed. Here a
    // three-way cross join of 300 rows stands in for the walk in circles.
    void aStatementThatDoesNotEndStops()
    {
        QTemporaryDir tmp;
        SqliteDb db;
        VEIL_VERIFY_OK(db.open(tmp.filePath(QStringLiteral("t.db")), true));
        QVERIFY(db.exec("CREATE TABLE t(x); WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i "
                        "< 300) INSERT INTO t SELECT i FROM c;"));
        SqlQuery q(db.handle(), "SELECT a.x FROM t a, t b, t c");
        qint64 rows = 0;
        while (q.next())
            ++rows;
        QVERIFY(q.failed());
        QCOMPARE(rows, qint64(65535));
        SqlQuery sound(db.handle(), "SELECT x FROM t");
        QVERIFY(sound.exec());
    }

    // The check costs little on a sound project.
    void soundProjectsOpen()
    {
        QTemporaryDir tmp;
        const QString path = projectWithManyExports(tmp);
        const auto p = Project::open(path, kPass);
        VEIL_VERIFY_OK(p);
        QCOMPARE((*p)->exports().size(), 400);
    }
};

QTEST_GUILESS_MAIN(TestProjectDamage)
#include "tst_projectdamage.moc"
