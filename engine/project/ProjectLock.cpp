#include "engine/project/ProjectPrivate.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace veil {

ProjectLock::~ProjectLock()
{
    release();
}

void ProjectLock::release()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the flock
    m_fd = -1;
}

// Who holds the lock and since when, as its holder wrote it (the note is a
// courtesy: the flock is the lock).
QString ProjectLock::holder(int fd)
{
    char note[160] = {};
    const ssize_t n = ::pread(fd, note, sizeof note - 1, 0);
    return n > 0 ? QString::fromUtf8(note, int(n)).trimmed() : QStringLiteral("another process");
}

Status ProjectLock::acquire(const QString &projectPath, int waitSeconds)
{
    release();
    const QByteArray lockPath = QFile::encodeName(projectPath + QStringLiteral(".lock"));
    m_fd = ::open(lockPath.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd < 0)
        return failure(
            QStringLiteral("cannot create the project's lock file: %1").arg(QString::fromLocal8Bit(strerror(errno))),
            ErrorCode::Io);
    QElapsedTimer waited;
    waited.start();
    while (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        if (waited.elapsed() >= qint64(waitSeconds) * 1000) {
            const QString who = holder(m_fd);
            release();
            return failure(
                QStringLiteral("this project is open in another Veil (%1)%2; close it there first, or "
                               "wait until it is closed")
                    .arg(who, waitSeconds > 0 ? QStringLiteral(", still after %1 s").arg(waitSeconds) : QString()),
                ErrorCode::Locked);
        }
        QThread::msleep(100);
    }
    const QByteArray me =
        QByteArray("process ") + QByteArray::number(getpid()) + " of " + osUserName().toUtf8() + " since " +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toLatin1() + " UTC";
    if (::ftruncate(m_fd, 0) == 0 && ::pwrite(m_fd, me.constData(), size_t(me.size()), 0) < 0) {
        // the lock holds without the note
    }
    return {};
}

} // namespace veil
