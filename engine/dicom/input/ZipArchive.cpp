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

Result<ZipPtr> openArchive(const QString &path)
{
    int code = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!z) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, code);
        const QString why = QString::fromUtf8(zip_error_strerror(&ze));
        zip_error_fini(&ze);
        return failure(QStringLiteral("cannot open zip archive: %1").arg(why),
                       code == ZIP_ER_NOENT ? ErrorCode::NotFound : ErrorCode::Damaged);
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

Result<QStringList> ZipArchive::entries(const QString &archivePath)
{
    Result<ZipPtr> opened = openArchive(archivePath);
    if (!opened)
        return opened.error();
    const ZipPtr &z = *opened;
    QStringList out;
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

Result<QByteArray> ZipArchive::head(const QString &archivePath, const QString &entry, qint64 bytes)
{
    Result<ZipPtr> opened = openArchive(archivePath);
    if (!opened)
        return opened.error();
    zip_file_t *zf = zip_fopen(opened->get(), entry.toUtf8().constData(), 0);
    if (!zf)
        return failure(QStringLiteral("cannot read zip entry: %1").arg(QString::fromUtf8(zip_strerror(opened->get()))),
                       ErrorCode::NotFound);
    QByteArray data(qsizetype(bytes), Qt::Uninitialized);
    const zip_int64_t got = zip_fread(zf, data.data(), zip_uint64_t(bytes));
    zip_fclose(zf);
    if (got < 0)
        return failure(QStringLiteral("zip entry is damaged"), ErrorCode::Damaged);
    data.truncate(qsizetype(got));
    return data;
}

Result<QByteArray> ZipArchive::read(const QString &archivePath, const QString &entry, qint64 maxBytes)
{
    Result<ZipPtr> opened = openArchive(archivePath);
    if (!opened)
        return opened.error();
    const ZipPtr &z = *opened;
    zip_stat_t st;
    zip_stat_init(&st);
    const QByteArray name = entry.toUtf8();
    if (zip_stat(z.get(), name.constData(), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
        return failure(QStringLiteral("zip entry not found"), ErrorCode::NotFound);
    if (qint64(st.size) > maxBytes)
        return failure(QStringLiteral("zip entry larger than %1 bytes").arg(maxBytes), ErrorCode::TooLarge);
    zip_file_t *zf = zip_fopen(z.get(), name.constData(), 0);
    if (!zf)
        return failure(QStringLiteral("cannot read zip entry: %1").arg(QString::fromUtf8(zip_strerror(z.get()))),
                       ErrorCode::Damaged);
    QByteArray data(qsizetype(st.size), Qt::Uninitialized);
    const zip_int64_t got = zip_fread(zf, data.data(), st.size);
    zip_fclose(zf);
    if (got != zip_int64_t(st.size))
        return failure(QStringLiteral("zip entry is damaged"), ErrorCode::Damaged);
    return data;
}

} // namespace veil

namespace veil {

Status ZipArchive::create(const QString &zipPath, const QString &folder, const QStringList &files)
{
    int code = 0;
    zip_t *z = zip_open(QFile::encodeName(zipPath).constData(), ZIP_CREATE | ZIP_EXCL, &code);
    if (!z)
        return failure(QStringLiteral("cannot create the zip file (libzip error %1)").arg(code), ErrorCode::Io);
    for (const QString &rel : files) {
        const QByteArray source = QFile::encodeName(folder + QLatin1Char('/') + rel);
        zip_source_t *s = zip_source_file(z, source.constData(), 0, 0);
        if (!s || zip_file_add(z, rel.toUtf8().constData(), s, ZIP_FL_ENC_UTF_8) < 0) {
            if (s)
                zip_source_free(s);
            const QString why =
                QStringLiteral("cannot add %1 to the zip file: %2").arg(rel, QString::fromUtf8(zip_strerror(z)));
            zip_discard(z);
            return failure(why, ErrorCode::Io);
        }
    }
    if (zip_close(z) != 0) { // writes everything now
        const QString why = QStringLiteral("cannot write the zip file: %1").arg(QString::fromUtf8(zip_strerror(z)));
        zip_discard(z);
        return failure(why, ErrorCode::Io);
    }
    return {};
}

} // namespace veil
