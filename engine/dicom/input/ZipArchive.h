#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace veil {

// Read-only access to a zip archive (libzip). Entries are read into memory:
// nothing is extracted to disk, so no temporary copy of patient data exists.
class ZipArchive
{
public:
    static bool looksLikeZip(const QString &path);
    // File entries (directories left out), in archive order.
    static QStringList entries(const QString &archivePath, QString *error);
    static QByteArray read(const QString &archivePath, const QString &entry, QString *error,
                           qint64 maxBytes = qint64(2) << 30);
    // Writes a new archive (never over an existing file) holding `files`
    // (paths relative to `folder`, stored under the same names).
    static bool create(const QString &zipPath, const QString &folder, const QStringList &files, QString *error);
};

} // namespace veil
