// A project file whose bytes are damaged (the main file and its WAL), opened
// with the known passphrase and read as a session reads it. The input is a
// list of patches to a real project made once at start: 5 bytes each, the
// first saying which file (bit 0: main or WAL) and whether to cut it there
// (bit 7), three an offset, one the new byte. The first byte chooses the
// template (bit 0: with a WAL holding uncommitted-to-main pages, or without).
// What opens is read, changed, and merged as a shard into a sound project.
#include "../e2e/HostileFiles.h"
#include "FuzzSupport.h"

#include "engine/jobs/JobContext.h"
#include "engine/project/Project.h"
#include "engine/project/ProjectCrypto.h"
#include "engine/project/SqliteDb.h"

#include <QDir>
#include <QFile>

namespace {

const QString kPass = QStringLiteral("fuzz passphrase");

struct Template
{
    QByteArray main, walMain, wal;
    QByteArray target; // an empty project of the same secret, to merge into
};

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Argon2 at libsodium's minimum limits, so that an open costs milliseconds.
void cheapenKdf(const QString &path)
{
    veil::SqliteDb db;
    if (!db.open(path, false))
        qFatal("cannot reopen the template");
    veil::ProjectCrypto::KdfParams kdf;
    kdf.salt = db.scalar("SELECT value FROM meta WHERE key = 'kdf_salt'").toByteArray();
    kdf.ops = db.scalar("SELECT value FROM meta WHERE key = 'kdf_ops'").toULongLong();
    kdf.memBytes = db.scalar("SELECT value FROM meta WHERE key = 'kdf_mem'").toULongLong();
    const veil::ProjectCrypto crypto = veil::ProjectCrypto::unwrap(
        db.scalar("SELECT value FROM meta WHERE key = 'wrapped_key'").toByteArray(), kPass, kdf);
    kdf.ops = 1;
    kdf.memBytes = 8192;
    db.exec("UPDATE meta SET value = ? WHERE key = 'wrapped_key'", {crypto.wrap(kPass, kdf)});
    db.exec("UPDATE meta SET value = ? WHERE key = 'kdf_ops'", {qint64(kdf.ops)});
    db.exec("UPDATE meta SET value = ? WHERE key = 'kdf_mem'", {qint64(kdf.memBytes)});
}

// A project with one instance, a mask, a decision, a comment, an opt-out and settings.
Template makeTemplate(const QString &dir)
{
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    const QString image = dir + QStringLiteral("/in/IM1.dcm"), path = dir + QStringLiteral("/t.veil");
    veil::hostile::Image i;
    i.pixels = QByteArray(64 * 64, '\x20');
    veil::hostile::write(image, veil::hostile::image(i));
    {
        auto p = veil::Project::create(path, kPass).valueOr(nullptr);
        if (!p)
            qFatal("cannot create the template project");
        const qint64 id = p->addInputs({dir + QStringLiteral("/in")}, veil::JobContext::none()).added.value(0);
        veil::ProjectMask m;
        m.instanceId = id;
        m.box = QRect(1, 2, 30, 10);
        p->addMask(m);
        p->setStatus(id, veil::ReviewStatus::Approved, QStringLiteral("a comment"));
        p->addOptOut(QStringLiteral("SOMEONE-ELSE"));
        p->setSetting(QStringLiteral("options"), QStringLiteral("[\"retain-uids\"]"));
    }
    cheapenKdf(path);
    Template t;
    t.main = bytesOf(path);
    {
        const QString target = dir + QStringLiteral("/target.veil");
        auto p = veil::Project::open(path, kPass).valueOr(nullptr);
        if (!p || !veil::Project::create(target, kPass, p->pseudonyms()->key()))
            qFatal("cannot create the merge target");
        cheapenKdf(target);
        t.target = bytesOf(target);
    }
    auto p = veil::Project::open(path, kPass).valueOr(nullptr);
    if (!p)
        qFatal("cannot reopen the template project");
    p->setStatus(p->instances().value(0).id, veil::ReviewStatus::Flagged, QStringLiteral("in the WAL"));
    t.walMain = bytesOf(path);
    t.wal = bytesOf(path + QStringLiteral("-wal"));
    return t;
}

void patch(QByteArray &main, QByteArray &wal, const uint8_t *data, size_t size)
{
    for (size_t at = 0; at + 5 <= size; at += 5) {
        QByteArray &target = (data[at] & 1) && !wal.isEmpty() ? wal : main;
        if (target.isEmpty())
            continue;
        const qsizetype offset = qsizetype((data[at + 1] | data[at + 2] << 8 | data[at + 3] << 16) % target.size());
        if (data[at] & 0x80)
            target.truncate(offset);
        else
            target[offset] = char(data[at + 4]);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::setUp();
    static const QString dir = QStringLiteral("/dev/shm/veil-fuzz-project-%1").arg(getpid());
    static const Template t = makeTemplate(dir + QStringLiteral("/template"));
    const bool withWal = size > 0 && (data[0] & 1);
    QByteArray main = withWal ? t.walMain : t.main, wal = withWal ? t.wal : QByteArray();
    if (size > 0)
        patch(main, wal, data + 1, size - 1);
    const QString path = dir + QStringLiteral("/p.veil");
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-wal"));
    veil::hostile::write(path, main);
    if (!wal.isEmpty())
        veil::hostile::write(path + QStringLiteral("-wal"), wal);
    auto p = veil::Project::open(path, kPass).valueOr(nullptr);
    if (!p)
        return 0;
    (void)p->checkIntegrity();
    for (const veil::ProjectInstance &i : p->instances()) {
        p->masks(i.id);
        p->findings(i.id);
        p->identity(i.id);
    }
    p->audit();
    p->exports();
    p->profile();
    p->deidSettings();
    p->setStatus(1, veil::ReviewStatus::Rejected, QStringLiteral("fuzz"));
    // The damaged project as a shard merged into a sound one (issue 17).
    const QString target = dir + QStringLiteral("/target.veil");
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    veil::hostile::write(target, t.target);
    if (auto merged = veil::Project::open(target, kPass).valueOr(nullptr))
        (void)merged->merge({p.get()}, veil::JobContext::none());
    return 0;
}
