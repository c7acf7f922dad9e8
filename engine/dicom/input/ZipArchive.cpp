#include "engine/dicom/input/ZipArchive.h"

#include <QFile>

#include <zip.h>

#include <memory>

namespace veil {
namespace {

struct ZipCloser
{
    void operator()(zip_t *z) const { zip_discard(z); } // read-only: never write back
};
using ZipPtr = std::unique_ptr<zip_t, ZipCloser>;

ZipPtr openArchive(const QString &path, QString *error)
{
    int code = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!z && error) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, code);
        *error = QStringLiteral("cannot open zip archive: %1").arg(QString::fromUtf8(zip_error_strerror(&ze)));
        zip_error_fini(&ze);
    }
    return ZipPtr(z);
}

} // namespace

bool ZipArchive::looksLikeZip(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(4) == QByteArray("PK\x03\x04", 4);
}

QStringList ZipArchive::entries(const QString &archivePath, QString *error)
{
    QStringList out;
    ZipPtr z = openArchive(archivePath, error);
    if (!z)
        return out;
    const zip_int64_t n = zip_get_num_entries(z.get(), 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        const char *name = zip_get_name(z.get(), zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        if (!name)
            continue;
        const QString entry = QString::fromUtf8(name);
        if (entry.endsWith(QLatin1Char('/')) || entry.startsWith(QLatin1String("__MACOSX/")))
            continue;
        out << entry;
    }
    return out;
}

QByteArray ZipArchive::read(const QString &archivePath, const QString &entry, QString *error, qint64 maxBytes)
{
    ZipPtr z = openArchive(archivePath, error);
    if (!z)
        return {};
    zip_stat_t st;
    zip_stat_init(&st);
    const QByteArray name = entry.toUtf8();
    if (zip_stat(z.get(), name.constData(), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
        if (error)
            *error = QStringLiteral("zip entry not found");
        return {};
    }
    if (qint64(st.size) > maxBytes) {
        if (error)
            *error = QStringLiteral("zip entry larger than %1 bytes").arg(maxBytes);
        return {};
    }
    zip_file_t *zf = zip_fopen(z.get(), name.constData(), 0);
    if (!zf) {
        if (error)
            *error = QStringLiteral("cannot read zip entry: %1").arg(QString::fromUtf8(zip_strerror(z.get())));
        return {};
    }
    QByteArray data(qsizetype(st.size), Qt::Uninitialized);
    const zip_int64_t got = zip_fread(zf, data.data(), st.size);
    zip_fclose(zf);
    if (got != zip_int64_t(st.size)) {
        if (error)
            *error = QStringLiteral("zip entry is damaged");
        return {};
    }
    return data;
}

} // namespace veil

namespace veil {

bool ZipArchive::create(const QString &zipPath, const QString &folder, const QStringList &files, QString *error)
{
    int code = 0;
    zip_t *z = zip_open(QFile::encodeName(zipPath).constData(), ZIP_CREATE | ZIP_EXCL, &code);
    if (!z) {
        *error = QStringLiteral("cannot create the zip file (libzip error %1)").arg(code);
        return false;
    }
    for (const QString &rel : files) {
        const QByteArray source = QFile::encodeName(folder + QLatin1Char('/') + rel);
        zip_source_t *s = zip_source_file(z, source.constData(), 0, 0);
        if (!s || zip_file_add(z, rel.toUtf8().constData(), s, ZIP_FL_ENC_UTF_8) < 0) {
            if (s)
                zip_source_free(s);
            *error = QStringLiteral("cannot add %1 to the zip file: %2").arg(rel, QString::fromUtf8(zip_strerror(z)));
            zip_discard(z);
            return false;
        }
    }
    if (zip_close(z) != 0) { // writes everything now
        *error = QStringLiteral("cannot write the zip file: %1").arg(QString::fromUtf8(zip_strerror(z)));
        zip_discard(z);
        return false;
    }
    return true;
}

} // namespace veil
