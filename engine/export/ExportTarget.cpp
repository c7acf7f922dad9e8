#include "export/ExportTarget.h"

#include "dicom/ZipArchive.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStorageInfo>

namespace veil {
namespace {

// A folder or a zip file on a local file system: staging happens in a hidden
// ".veil-partial-<name>-<random>" folder beside the target, so that a killed
// export never leaves anything that looks like a package.
class LocalTarget : public ExportTarget
{
public:
    LocalTarget(const QString &path, bool zip) : m_target(QFileInfo(path).absoluteFilePath()), m_zip(zip) {}

    QString location() const override { return m_target.absoluteFilePath(); }
    QString packageName() const override { return m_target.completeBaseName(); }
    QString stagingFolder() const override { return m_staging; }

    bool check(qint64 bytes, QString *error) const override
    {
        if (m_target.exists())
            *error = QStringLiteral("%1 already exists; an export never overwrites").arg(m_target.filePath());
        else if (!m_target.absoluteDir().exists())
            *error = QStringLiteral("the folder %1 does not exist").arg(m_target.absolutePath());
        if (!error->isEmpty())
            return false;
        const qint64 need = bytes * (m_zip ? 3 : 2) + (16 << 20); // output (+ the zip), reports, headroom
        const qint64 free = QStorageInfo(m_target.absolutePath()).bytesAvailable();
        if (free >= 0 && free < need) {
            *error = QStringLiteral("not enough free space: %1 MB needed, %2 MB free").arg(need >> 20).arg(free >> 20);
            return false;
        }
        return true;
    }

    bool prepare(QString *error) override
    {
        const QDir dir = m_target.absoluteDir();
        const QString prefix = QStringLiteral(".veil-partial-%1-").arg(m_target.fileName());
        for (const QFileInfo &f : dir.entryInfoList({prefix + QLatin1Char('*')},
                                                    QDir::Hidden | QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot))
            f.isDir() ? void(QDir(f.absoluteFilePath()).removeRecursively())
                      : void(QFile::remove(f.absoluteFilePath()));
        m_staging = dir.filePath(
            prefix + QStringLiteral("%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')));
        if (!QDir().mkpath(m_staging)) {
            *error = QStringLiteral("cannot create the staging folder beside the target");
            return false;
        }
        return true;
    }

    bool publish(const QStringList &files, QString *error) override
    {
        if (!m_zip) {
            if (m_target.exists() || !QDir().rename(m_staging, m_target.absoluteFilePath())) {
                *error = QStringLiteral("cannot move the package into place");
                return false;
            }
            return true;
        }
        const QString partial = m_staging + QStringLiteral(".zip");
        if (!ZipArchive::create(partial, m_staging, files, error)) {
            QFile::remove(partial);
            return false;
        }
        if (m_target.exists() || !QFile::rename(partial, m_target.absoluteFilePath())) {
            QFile::remove(partial);
            *error = QStringLiteral("cannot move the zip file into place");
            return false;
        }
        discard();
        return true;
    }

    void discard() override
    {
        if (!m_staging.isEmpty())
            QDir(m_staging).removeRecursively();
    }

private:
    QFileInfo m_target;
    bool m_zip;
    QString m_staging;
};

} // namespace

std::unique_ptr<ExportTarget> ExportTarget::forPath(const QString &path)
{
    return std::make_unique<LocalTarget>(path, path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive));
}

} // namespace veil
