#include "engine/project/Project.h"

#include "engine/ocr/TextReader.h"
#include "engine/project/ProjectPrivate.h"
#include "engine/project/ProjectSchema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace veil {

// ---- helpers ------------------------------------------------------------

QString osUserName()
{
    if (const passwd *pw = getpwuid(getuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return QStringLiteral("uid %1").arg(getuid());
}

QString instanceObject(qint64 id)
{
    return QStringLiteral("instance %1").arg(id);
}

QString ProjectPrivate::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool ProjectPrivate::audit(const QString &action, const QString &object, const QString &details)
{
    return db.exec("INSERT INTO audit(at, user, action, object, details) VALUES(?, ?, ?, ?, ?)",
                   {now(), user, action, object, details});
}

bool ProjectPrivate::fail(const QString &message)
{
    lastError = readOnly.isEmpty()
                    ? message
                    : QStringLiteral("the project is open read-only (%1); nothing was changed").arg(readOnly);
    return false;
}

// ---- open and create -----------------------------------------------------

namespace {

QString errnoText()
{
    return QString::fromLocal8Bit(strerror(errno));
}

// Why this process cannot write the project (the file, its folder, or the
// -wal/-shm files SQLite keeps beside it); empty when it can.
QString unwritableReason(const QString &path)
{
    const QByteArray file = QFile::encodeName(path), dir = QFile::encodeName(QFileInfo(path).absolutePath());
    if (::access(file.constData(), W_OK) != 0)
        return QStringLiteral("%1 cannot be written: %2").arg(path, errnoText());
    if (::access(dir.constData(), W_OK | X_OK) != 0)
        return QStringLiteral("its folder %1 cannot be written: %2").arg(QFileInfo(path).absolutePath(), errnoText());
    for (const char *suffix : {"-wal", "-shm"}) {
        const QByteArray side = file + suffix;
        if (::access(side.constData(), F_OK) == 0 && ::access(side.constData(), R_OK | W_OK) != 0)
            return QStringLiteral("%1%2 cannot be written: %3").arg(path, QLatin1String(suffix), errnoText());
    }
    return {};
}

// SQLite gives -wal and -shm the main file's mode whenever it opens them
// empty (0444 for a read-only copy, which then locks every later writer
// out). Ours get the project's own mode back, 0600, before SQLite opens
// them (damage an older run left) and once it has (whatever the umask and
// the main file's mode).
void mendSidecars(const QString &path)
{
    for (const char *suffix : {"-wal", "-shm"}) {
        const QByteArray side = QFile::encodeName(path) + suffix;
        struct stat st
        {
        };
        if (::lstat(side.constData(), &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == ::geteuid() &&
            (st.st_mode & 07777) != 0600)
            ::chmod(side.constData(), 0600);
    }
}

using PrivatePtr = std::unique_ptr<ProjectPrivate>;

// SQLite walks a damaged b-tree whose pages are referenced twice without end
// (a query that never finishes; found by fuzz_project). Its quick check finds
// that, at about 0.25 s per 400 MB held in the page cache, so every project is
// checked when it is opened and a damaged one is refused with the reason.
Status checkStructure(SqliteDb &db)
{
    const QString result = db.scalar("PRAGMA quick_check(1)").toString();
    if (result == QLatin1String("ok"))
        return {};
    return failure(QStringLiteral("the project file is damaged (%1); open a backup copy of it")
                       .arg(result.isEmpty() ? db.lastError() : result),
                   ErrorCode::Damaged);
}

Result<PrivatePtr> openReadOnly(PrivatePtr d, const QString &why)
{
    mendSidecars(d->path);
    if (Status opened = d->db.openReadOnly(d->path); !opened)
        return opened.error();
    mendSidecars(d->path);
    d->readOnly = why;
    if (Status sound = checkStructure(d->db); !sound)
        return sound.error();
    const int version = d->db.scalar("PRAGMA user_version", {}, 0).toInt();
    if (version != Project::kSchemaVersion)
        return failure(QStringLiteral("this project's format (%1) needs updating, which a read-only project cannot do; "
                                      "open it once where it can be written")
                           .arg(version),
                       ErrorCode::Unsupported);
    return d;
}

// WAL + FULL: a committed decision survives a crash or power loss.
bool configure(SqliteDb &db)
{
    return db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;");
}

Result<PrivatePtr> openDatabase(const QString &path, bool create, Project::OpenMode mode = Project::OpenMode::ReadWrite,
                                int waitSeconds = 0)
{
    auto d = std::make_unique<ProjectPrivate>();
    d->path = QFileInfo(path).absoluteFilePath();
    d->user = osUserName();
    if (!ProjectCrypto::available())
        return failure(QStringLiteral("libsodium could not start"));
    if (!create && !QFileInfo(path).isFile())
        return failure(QStringLiteral("no project file at %1").arg(path), ErrorCode::NotFound);
    if (create && QFileInfo::exists(path))
        return failure(QStringLiteral("%1 already exists; a new project needs a new file").arg(path),
                       ErrorCode::Invalid);
    mendSidecars(d->path); // what an older run left 0444 would lock every writer out
    if (mode == Project::OpenMode::ReadOnly) {
        if (Status locked = d->lock.acquire(d->path, waitSeconds); !locked)
            return locked.error();
        return openReadOnly(std::move(d), QStringLiteral("opened to be read"));
    }
    if (!create) {
        if (const QString why = unwritableReason(d->path); !why.isEmpty()) {
            if (mode == Project::OpenMode::ReadOnlyIfNeeded)
                return openReadOnly(std::move(d), why);
            return failure(QStringLiteral("the project cannot be changed: %1").arg(why), ErrorCode::Io);
        }
    }
    if (Status locked = d->lock.acquire(d->path, waitSeconds); !locked)
        return locked.error();
    mendSidecars(d->path);
    if (Status opened = d->db.open(d->path, create); !opened)
        return opened.error();
    if (create) // only its owner reads it, like a key file
        QFile::setPermissions(d->path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const bool wal = configure(d->db);
    mendSidecars(d->path);
    if (!wal)
        return failure(d->db.lastError(), ErrorCode::Io);
    if (Status sound = create ? Status() : checkStructure(d->db); !sound)
        return sound.error();
    if (Status migrated = migrateProject(d->db, Project::kSchemaVersion); !migrated)
        return migrated.error();
    return d;
}

std::shared_ptr<const Pseudonyms> pseudonymsFrom(const ProjectCrypto &crypto, const QByteArray &sealedSecret)
{
    bool ok = false;
    const QByteArray secret = crypto.open(sealedSecret, "deid-secret", &ok);
    const DeidKey key = DeidKey::fromSecret(secret);
    return ok && key.isValid() ? std::make_shared<Pseudonyms>(key) : nullptr;
}

ProjectCrypto::KdfParams kdfOf(SqliteDb &db)
{
    ProjectCrypto::KdfParams kdf;
    kdf.salt = db.scalar("SELECT value FROM meta WHERE key = 'kdf_salt'").toByteArray();
    kdf.ops = db.scalar("SELECT value FROM meta WHERE key = 'kdf_ops'").toULongLong();
    kdf.memBytes = db.scalar("SELECT value FROM meta WHERE key = 'kdf_mem'").toULongLong();
    return kdf;
}

} // namespace

Project::Project(std::unique_ptr<ProjectPrivate> dd) : d(std::move(dd)) {}

Project::~Project() = default;

Result<std::unique_ptr<Project>> Project::create(const QString &path, const QString &passphrase, const DeidKey &deidKey)
{
    if (passphrase.size() < kMinPassphrase)
        return failure(QStringLiteral("the passphrase needs at least 8 characters"), ErrorCode::Invalid);
    Result<PrivatePtr> opened = openDatabase(path, true);
    if (!opened)
        return opened.error();
    PrivatePtr d = std::move(opened).value();
    const ProjectCrypto::KdfParams kdf = ProjectCrypto::newKdfParams();
    d->crypto = ProjectCrypto::generate();
    const DeidKey secret = deidKey.isValid() ? deidKey : DeidKey::generate();
    const QByteArray sealedSecret = d->crypto.seal(secret.secret(), "deid-secret");
    SqlTransaction tx(d->db);
    auto put = [&](const char *key, const QVariant &value) {
        return d->db.exec("INSERT INTO meta(key, value) VALUES(?, ?)", {QString::fromLatin1(key), value});
    };
    if (!put("kdf_salt", kdf.salt) || !put("kdf_ops", qint64(kdf.ops)) || !put("kdf_mem", qint64(kdf.memBytes)) ||
        !put("wrapped_key", d->crypto.wrap(passphrase, kdf)) || !put("deid_secret", sealedSecret) ||
        !put("created_at", ProjectPrivate::now()) || !put("created_by", d->user) ||
        !d->audit(QStringLiteral("project.create"), QFileInfo(path).fileName(),
                  deidKey.isValid() ? QStringLiteral("pseudonymisation secret imported")
                                    : QStringLiteral("new pseudonymisation secret")) ||
        !tx.commit()) {
        const QString why = QStringLiteral("cannot write the new project: %1").arg(d->db.lastError());
        d.reset();
        QFile::remove(path);
        return failure(why, ErrorCode::Io);
    }
    d->pseudonyms = std::make_shared<Pseudonyms>(secret);
    return std::unique_ptr<Project>(new Project(std::move(d)));
}

Result<std::unique_ptr<Project>> Project::open(const QString &path, const QString &passphrase, OpenMode mode,
                                               int waitSeconds)
{
    Result<PrivatePtr> opened = openDatabase(path, false, mode, waitSeconds);
    if (!opened)
        return opened.error();
    PrivatePtr d = std::move(opened).value();
    const QByteArray wrapped = d->db.scalar("SELECT value FROM meta WHERE key = 'wrapped_key'").toByteArray();
    const ProjectCrypto::KdfParams kdf = kdfOf(d->db);
    // A damaged (or hostile) file must not make the key derivation run for
    // hours or ask for terabytes; Veil writes 2 passes over 64 MB.
    if (kdf.ops > 64 || kdf.memBytes > (quint64(4) << 30))
        return failure(QStringLiteral("the project's key settings are damaged (%1 passes over %2 MB)")
                           .arg(kdf.ops)
                           .arg(kdf.memBytes >> 20),
                       ErrorCode::Damaged);
    d->crypto = ProjectCrypto::unwrap(wrapped, passphrase, kdf);
    if (!d->crypto.isValid())
        return failure(QStringLiteral("wrong passphrase for this project"), ErrorCode::BadPassphrase);
    d->pseudonyms =
        pseudonymsFrom(d->crypto, d->db.scalar("SELECT value FROM meta WHERE key = 'deid_secret'").toByteArray());
    if (!d->pseudonyms)
        return failure(QStringLiteral("the project's pseudonymisation secret is damaged"), ErrorCode::Damaged);
    // The prefix of the profile in force.
    {
        Project probe(std::move(d));
        const PseudonymSettings settings = pseudonymSettingsOf(probe.profile());
        d = std::move(probe.d);
        d->pseudonyms = std::make_shared<Pseudonyms>(d->pseudonyms->key(), settings);
    }
    if (d->readOnly.isEmpty() && !d->audit(QStringLiteral("key.unlock"), QFileInfo(path).fileName()))
        return failure(QStringLiteral("cannot write to the project: %1").arg(d->db.lastError()), ErrorCode::Io);
    auto project = std::unique_ptr<Project>(new Project(std::move(d)));
    TextReader::setLanguages(project->ocrLanguages()); // the project's languages for this process's OCR
    return project;
}

void Project::suspend()
{
    if (!d->readOnly.isEmpty() || !d->lock.held())
        return;
    d->db.close(); // nothing is read or written until resume()
    d->lock.release();
}

Status Project::resume(int waitSeconds)
{
    if (!d->readOnly.isEmpty() || d->lock.held())
        return {};
    if (Status locked = d->lock.acquire(d->path, waitSeconds); !locked)
        return locked;
    if (Status opened = d->db.open(d->path, false); !opened)
        return opened;
    if (!configure(d->db))
        return failure(d->db.lastError(), ErrorCode::Io);
    return {};
}

QString Project::path() const
{
    return d->path;
}

std::shared_ptr<const Pseudonyms> Project::pseudonyms() const
{
    return d->pseudonyms;
}

QString Project::readOnlyReason() const
{
    return d->readOnly;
}

QString Project::lastError() const
{
    return d->lastError;
}

Status Project::checkIntegrity() const
{
    const QString result = d->db.scalar("PRAGMA integrity_check").toString();
    if (result != QLatin1String("ok"))
        return failure(result.isEmpty() ? QStringLiteral("the project cannot be read") : result, ErrorCode::Damaged);
    return {};
}

bool Project::setSetting(const QString &key, const QString &json)
{
    SqlTransaction tx(d->db);
    if (!d->db.exec("INSERT INTO settings(key, json) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET json = excluded.json",
                    {key, json}) ||
        !d->audit(QStringLiteral("settings.change"), key) || !tx.commit())
        return d->fail(d->db.lastError());
    return true;
}

QString Project::setting(const QString &key) const
{
    return d->db.scalar("SELECT json FROM settings WHERE key = ?", {key}).toString();
}

QList<AuditEntry> Project::audit() const
{
    QList<AuditEntry> out;
    SqlQuery q(d->db.handle(), "SELECT id, at, user, action, object, details, origin FROM audit ORDER BY id");
    while (q.next())
        out << AuditEntry{q.integer(0), QDateTime::fromString(q.text(1), Qt::ISODateWithMs),
                          q.text(2),    q.text(3),
                          q.text(4),    q.text(5),
                          q.text(6)};
    return out;
}

QString Project::projectId() const
{
    return d->db.scalar("SELECT value FROM meta WHERE key = 'project_id'").toString();
}

} // namespace veil
