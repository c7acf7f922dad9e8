#include "engine/export/ExportTarget.h"

#include "engine/dicom/input/ZipArchive.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStorageInfo>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace veil {
namespace {

// A folder or a zip file on a local file system: staging happens in a hidden
// ".veil-partial-<name>-<random>" folder beside the target, so that a killed
// export never leaves anything that looks like a package.
class LocalTarget : public ExportTarget
{
public:
    LocalTarget(const QString &path, bool zip) : m_target(QFileInfo(path).absoluteFilePath()), m_zip(zip)
    {
        m_target.setCaching(false); // asked again at publish time
    }

    QString location() const override { return m_target.absoluteFilePath(); }
    QString packageName() const override { return m_target.completeBaseName(); }
    QString stagingFolder() const override { return m_staging; }

    // An empty folder may be the target (it is replaced whole when the
    // package is complete); anything else that exists is never overwritten.
    bool emptyFolder() const
    {
        return m_target.isDir() && !m_zip &&
               QDir(m_target.absoluteFilePath())
                   .isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    }

    Status check(qint64 bytes) const override
    {
        const QString parent = m_target.absolutePath();
        if (m_target.exists() && !emptyFolder())
            return failure(
                m_target.isDir()
                    ? QStringLiteral("%1 is a folder that is not empty; an export never "
                                     "overwrites: choose a new or an empty folder")
                          .arg(m_target.absoluteFilePath())
                    : QStringLiteral("%1 already exists; an export never overwrites").arg(m_target.absoluteFilePath()),
                ErrorCode::Invalid);
        if (!QFileInfo(parent).isDir())
            return failure(QStringLiteral("the folder %1 does not exist").arg(parent), ErrorCode::NotFound);
        if (::access(QFile::encodeName(parent).constData(), W_OK | X_OK) != 0)
            return failure(
                QStringLiteral("cannot write in %1: %2").arg(parent, QString::fromLocal8Bit(strerror(errno))),
                ErrorCode::Io);
        const qint64 need = bytes * (m_zip ? 3 : 2) + (16 << 20); // output (+ the zip), reports, headroom
        const qint64 free = QStorageInfo(m_target.absolutePath()).bytesAvailable();
        if (free >= 0 && free < need)
            return failure(
                QStringLiteral("not enough free space: %1 MB needed, %2 MB free").arg(need >> 20).arg(free >> 20),
                ErrorCode::Io);
        return {};
    }

    Status prepare() override
    {
        const QDir dir = m_target.absoluteDir();
        const QString prefix = QStringLiteral(".veil-partial-%1-").arg(m_target.fileName());
        for (const QFileInfo &f : dir.entryInfoList({prefix + QLatin1Char('*')},
                                                    QDir::Hidden | QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot))
            f.isDir() ? void(QDir(f.absoluteFilePath()).removeRecursively())
                      : void(QFile::remove(f.absoluteFilePath()));
        m_staging = dir.filePath(
            prefix + QStringLiteral("%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')));
        if (::mkdir(QFile::encodeName(m_staging).constData(), 0700) != 0) {
            const QString why = QStringLiteral("cannot create the staging folder in %1: %2")
                                    .arg(dir.absolutePath(), QString::fromLocal8Bit(strerror(errno)));
            m_staging.clear();
            return failure(why, ErrorCode::Io);
        }
        return {};
    }

    Status publish(const QStringList &files) override
    {
        if (!m_zip) {
            // rename(2) replaces an empty folder in one step; Qt's rename would refuse it.
            const bool free = !m_target.exists() || emptyFolder();
            if (!free || ::rename(QFile::encodeName(m_staging).constData(),
                                  QFile::encodeName(m_target.absoluteFilePath()).constData()) != 0)
                return failure(QStringLiteral("cannot move the package into place at %1: %2")
                                   .arg(m_target.absoluteFilePath(), free ? QString::fromLocal8Bit(strerror(errno))
                                                                          : QStringLiteral("it exists now")),
                               ErrorCode::Io);
            return {};
        }
        const QString partial = m_staging + QStringLiteral(".zip");
        if (Status zipped = ZipArchive::create(partial, m_staging, files); !zipped) {
            QFile::remove(partial);
            return zipped;
        }
        if (m_target.exists() || !QFile::rename(partial, m_target.absoluteFilePath())) {
            QFile::remove(partial);
            return failure(QStringLiteral("cannot move the zip file into place at %1").arg(m_target.absoluteFilePath()),
                           ErrorCode::Io);
        }
        discard();
        return {};
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
