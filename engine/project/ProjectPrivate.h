#pragma once

#include "engine/core/Result.h"
#include "engine/project/ProjectCrypto.h"
#include "engine/project/SqliteDb.h"

#include "engine/deid/Pseudonyms.h"

#include <QString>

#include <memory>

namespace veil {

// One writer per project file: an exclusive flock() on "<project>.lock",
// released by the kernel when the process ends, however it ends. The file
// says who holds it and since when ("process 4711 of anna since ... UTC").
class ProjectLock
{
public:
    ProjectLock() = default;
    ~ProjectLock();
    // Waits up to `waitSeconds` for another holder to let go; Locked with
    // who holds it otherwise.
    Status acquire(const QString &projectPath, int waitSeconds = 0);
    void release();
    bool held() const { return m_fd >= 0; }

private:
    static QString holder(int fd);
    int m_fd = -1;
};

struct ProjectPrivate
{
    QString path;
    SqliteDb db;
    ProjectLock lock;
    ProjectCrypto crypto;
    std::shared_ptr<const Pseudonyms> pseudonyms;
    QString user; // the OS user, for audit rows and decisions
    QString lastError;
    QString readOnly; // why the project is open read-only (empty: writable)

    // One append-only audit row; call inside the transaction of the change.
    bool audit(const QString &action, const QString &object, const QString &details = {});
    bool fail(const QString &message); // sets lastError, returns false
    static QString now();              // UTC, ISO 8601 with milliseconds
};

QString osUserName();
QString instanceObject(qint64 id); // "instance 12"
// The keyed hash that finds a patient's instances and opt-outs without storing the ID.
QByteArray patientKeyOf(const ProjectCrypto &crypto, const QString &patientId);

} // namespace veil
