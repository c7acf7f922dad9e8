#pragma once

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTest>

namespace veil::test {

inline QString testDataDir()
{
    return QFileInfo(QStringLiteral(VEIL_TESTDATA_DIR)).absoluteFilePath();
}
inline QString testFile(const QString &relative)
{
    return QDir(testDataDir()).filePath(relative);
}
inline bool haveTestData()
{
    return QFileInfo::exists(testFile(QStringLiteral("MANIFEST.tsv")));
}

// Every file below `root`, sorted.
inline QStringList filesUnder(const QString &root, const QStringList &nameFilters = {})
{
    QStringList files;
    QDirIterator it(root, nameFilters, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

// One row of ../shared/testdata/MANIFEST.tsv.
struct ManifestRow
{
    QString file;
    QString transferSyntax;
    QString burnedIn; // "YES-PHI (viewed): ...", "unlikely", ...
    QString features;
    bool malformed() const { return features.contains(QLatin1String("MALFORMED")); }
};

inline QList<ManifestRow> manifest()
{
    QList<ManifestRow> rows;
    QFile f(testFile(QStringLiteral("MANIFEST.tsv")));
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    f.readLine(); // header
    while (!f.atEnd()) {
        const QStringList cols = QString::fromUtf8(f.readLine()).trimmed().split(QLatin1Char('\t'));
        if (cols.size() >= 8)
            rows.push_back({cols[0], cols[4], cols[6], cols[7]});
    }
    return rows;
}

} // namespace veil::test

#define VEIL_REQUIRE_TESTDATA()                                                                                        \
    do {                                                                                                               \
        if (!veil::test::haveTestData())                                                                               \
            QSKIP("../shared/testdata is not there");                                                                  \
    } while (0)
