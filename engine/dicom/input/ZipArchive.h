#pragma once

#include "engine/core/Result.h"

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
    static Result<QStringList> entries(const QString &archivePath);
    // An entry larger than `maxBytes` (as its header says; a lie only makes it
    // shorter) is refused before anything is inflated: an entry is read into
    // memory whole, and a zip bomb's entries claim gigabytes.
    static constexpr qint64 kMaxEntryBytes = qint64(512) << 20;
    static Result<QByteArray> read(const QString &archivePath, const QString &entry, qint64 maxBytes = kMaxEntryBytes);
    // The first `bytes` of an entry (fewer when it is shorter): what it is,
    // without inflating the rest.
    static Result<QByteArray> head(const QString &archivePath, const QString &entry, qint64 bytes);
    // Writes a new archive (never over an existing file) holding `files`
    // (paths relative to `folder`, stored under the same names).
    static Status create(const QString &zipPath, const QString &folder, const QStringList &files);
};

} // namespace veil
