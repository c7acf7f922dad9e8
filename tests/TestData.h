#pragma once

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
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

// Relative path -> SHA-256 of every file below `root`: two trees compared byte for byte.
inline QMap<QString, QByteArray> treeHashes(const QString &root)
{
    QMap<QString, QByteArray> out;
    for (const QString &path : filesUnder(root)) {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        out.insert(QDir(root).relativeFilePath(path),
                   QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return out;
}

// One row of ../shared/testdata/MANIFEST.tsv.
struct ManifestRow
{
    QString file;
    QString transferSyntax;
    QString burnedIn; // "YES-PHI (viewed): ...", "unlikely", ...
    QString features;
    QString modality;
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
            rows.push_back({cols[0], cols[4], cols[6], cols[7], cols[3]});
    }
    return rows;
}

// Dates, times and numbers someone saw burned into a corpus image (the
// quoted strings of a MANIFEST row's burned-in column): tokens of four or
// more characters with two or more digits.
inline QStringList seenNumbers(const QString &burnedIn)
{
    QStringList out;
    static const QRegularExpression quoted(QStringLiteral("'([^']+)'"));
    for (const QRegularExpressionMatch &m : quoted.globalMatch(burnedIn))
        for (const QString &token :
             m.captured(1).split(QRegularExpression(QStringLiteral("[\\s,\\[\\]]+")), Qt::SkipEmptyParts))
            if (token.size() >= 4 && token.count(QRegularExpression(QStringLiteral("\\d"))) >= 2)
                out << token;
    return out;
}

} // namespace veil::test

#define VEIL_REQUIRE_TESTDATA()                                                                                        \
    do {                                                                                                               \
        if (!veil::test::haveTestData())                                                                               \
            QSKIP("../shared/testdata is not there");                                                                  \
    } while (0)
