// Project: adding instances, reading them back, checking the originals.
#include "engine/project/Project.h"

#include "engine/dicom/DicomFile.h"
#include "engine/dicom/input/InputScanner.h"
#include "engine/dicom/input/ZipArchive.h"
#include "engine/jobs/JobContext.h"
#include "engine/project/ProjectPrivate.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace veil {
namespace {

// SHA-256 of the original's bytes, read without locking or changing it.
Result<QString> contentHash(const InputItem &item, qint64 *size)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!item.zipEntry.isEmpty()) {
        const Result<QByteArray> bytes = ZipArchive::read(item.filePath, item.zipEntry);
        if (!bytes)
            return bytes.error();
        if (bytes->isEmpty())
            return failure(QStringLiteral("empty zip entry"), ErrorCode::NotDicom);
        hash.addData(*bytes);
        *size = bytes->size();
        return QString::fromLatin1(hash.result().toHex());
    }
    QFile file(item.filePath);
    if (!file.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("cannot read the file"), file.exists() ? ErrorCode::Io : ErrorCode::NotFound);
    if (!hash.addData(&file))
        return failure(QStringLiteral("read error"), ErrorCode::Io);
    *size = file.size();
    return QString::fromLatin1(hash.result().toHex());
}

QJsonArray valuesToJson(const QList<IdentityValues::Value> &values)
{
    QJsonArray out;
    for (const IdentityValues::Value &v : values)
        out << QJsonArray{v.text, v.source};
    return out;
}

QList<IdentityValues::Value> valuesFromJson(const QJsonArray &array)
{
    QList<IdentityValues::Value> out;
    for (const QJsonValue &v : array)
        out << IdentityValues::Value{v.toArray().at(0).toString(), v.toArray().at(1).toString()};
    return out;
}

QByteArray identityJson(const IdentityValues &v)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("names"), valuesToJson(v.names)},
                                     {QStringLiteral("ids"), valuesToJson(v.ids)},
                                     {QStringLiteral("dates"), valuesToJson(v.dates)},
                                     {QStringLiteral("phrases"), valuesToJson(v.phrases)}})
        .toJson(QJsonDocument::Compact);
}

QByteArray sourceJson(const InputItem &item)
{
    return QJsonDocument(QJsonArray{item.filePath, item.zipEntry}).toJson(QJsonDocument::Compact);
}

InputItem sourceFromJson(const QByteArray &json)
{
    const QJsonArray a = QJsonDocument::fromJson(json).array();
    return {a.at(0).toString(), a.at(1).toString()};
}

QByteArray labelsJson(const InstanceInfo &i)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("patientName"), i.patientName},
                                     {QStringLiteral("patientSex"), i.patientSex},
                                     {QStringLiteral("studyDate"), i.studyDate},
                                     {QStringLiteral("studyDescription"), i.studyDescription},
                                     {QStringLiteral("seriesDescription"), i.seriesDescription},
                                     {QStringLiteral("transferSyntax"), i.transferSyntaxName},
                                     {QStringLiteral("photometric"), i.photometric},
                                     {QStringLiteral("manufacturer"), i.manufacturer},
                                     {QStringLiteral("model"), i.model},
                                     {QStringLiteral("seriesNumber"), i.seriesNumber},
                                     {QStringLiteral("instanceNumber"), i.instanceNumber},
                                     {QStringLiteral("frameTimeMs"), i.frameTimeMs}})
        .toJson(QJsonDocument::Compact);
}

InstanceLabels labelsFrom(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    auto t = [&](const char *k) { return o.value(QLatin1String(k)).toString(); };
    InstanceLabels l{t("patientName"),      t("patientSex"),        t("studyDate"),
                     t("studyDescription"), t("seriesDescription"), t("transferSyntax"),
                     t("photometric"),      t("manufacturer"),      t("model")};
    l.seriesNumber = o.value(QStringLiteral("seriesNumber")).toInt();
    l.instanceNumber = o.value(QStringLiteral("instanceNumber")).toInt();
    l.frameTimeMs = o.value(QStringLiteral("frameTimeMs")).toDouble();
    return l;
}

QByteArray originalsJson(const QStringList &values)
{
    return QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact);
}

const char *const kInstanceColumns =
    "SELECT id, content_hash, size, source_sealed, modality, sop_class, frames, rows, columns, pseudo_patient, "
    "pseudo_study, pseudo_series, pseudo_sop, status, status_by, status_at, comment_sealed, auto_at, added_at, "
    "EXISTS(SELECT 1 FROM optouts o WHERE o.patient_key = instances.patient_key), labels_sealed FROM instances";

ProjectInstance instanceFrom(const SqlQuery &q, const ProjectCrypto &crypto)
{
    ProjectInstance i;
    i.id = q.integer(0);
    i.contentHash = q.text(1);
    i.size = q.integer(2);
    i.source = sourceFromJson(crypto.open(q.blob(3), "source"));
    i.modality = q.text(4);
    i.sopClassUid = q.text(5);
    i.frames = int(q.integer(6));
    i.rows = int(q.integer(7));
    i.columns = int(q.integer(8));
    i.pseudoPatientId = q.text(9);
    i.pseudoStudyUid = q.text(10);
    i.pseudoSeriesUid = q.text(11);
    i.pseudoSopUid = q.text(12);
    i.status = ReviewStatus(q.integer(13));
    i.statusBy = q.text(14);
    i.statusAt = QDateTime::fromString(q.text(15), Qt::ISODateWithMs);
    i.comment = q.isNull(16) ? QString() : crypto.openText(q.blob(16), "comment");
    i.autoDone = !q.isNull(17);
    i.addedAt = QDateTime::fromString(q.text(18), Qt::ISODateWithMs);
    i.optedOut = q.integer(19) != 0;
    i.labels = labelsFrom(crypto.open(q.blob(20), "labels"));

    return i;
}

} // namespace

QByteArray patientKeyOf(const ProjectCrypto &crypto, const QString &patientId)
{
    return crypto.keyedHash("patient", patientId.trimmed().toUtf8());
}

// One instance: its row, its re-identification entries and its audit row,
// in one transaction.
static bool addOne(ProjectPrivate &d, const PreparedInstance &prepared, qint64 *id)
{
    const InstanceInfo &info = prepared.info;
    const InputItem &item = prepared.item;
    const QString &hash = prepared.hash;
    const qint64 size = prepared.size;
    const Pseudonyms &p = *d.pseudonyms;
    const QString pid = p.patientId(info.patientId, info.patientName);
    const QString study = p.uid(info.studyInstanceUid), series = p.uid(info.seriesInstanceUid),
                  sop = p.uid(info.sopInstanceUid);
    const QString patientKeySource = info.patientId.trimmed().isEmpty() ? info.patientName : info.patientId;
    SqlTransaction tx(d.db);
    auto reid = [&](const char *kind, const QString &pseudonym, const QStringList &originals) {
        return d.db.exec("INSERT OR IGNORE INTO reid(kind, pseudonym, original_sealed) VALUES(?, ?, ?)",
                         {QString::fromLatin1(kind), pseudonym, d.crypto.seal(originalsJson(originals), "reid")});
    };
    const bool ok =
        d.db.exec("INSERT INTO instances(content_hash, size, source_sealed, identity_sealed, patient_key, "
                  "pseudo_patient, pseudo_study, pseudo_series, pseudo_sop, modality, sop_class, frames, rows, "
                  "columns, added_at, labels_sealed) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  {hash, size, d.crypto.seal(sourceJson(item), "source"),
                   d.crypto.seal(identityJson(prepared.identity), "identity"), patientKeyOf(d.crypto, patientKeySource),
                   pid, study, series, sop, info.modality, info.sopClassUid, info.frames, info.rows, info.columns,
                   ProjectPrivate::now(), d.crypto.seal(labelsJson(info), "labels")}) &&
        (*id = d.db.lastInsertId()) > 0 && reid("patient", pid, {info.patientId, info.patientName}) &&
        reid("study", study, {info.studyInstanceUid, info.accessionNumber, info.studyDate}) &&
        reid("series", series, {info.seriesInstanceUid}) && reid("instance", sop, {info.sopInstanceUid}) &&
        d.audit(QStringLiteral("instance.add"), instanceObject(*id),
                QStringLiteral("%1, %2 frame(s), patient %3").arg(info.modality).arg(info.frames).arg(pid)) &&
        tx.commit();
    return ok;
}

AddReport Project::addInputs(const QStringList &paths, JobContext &job, const std::function<void(qint64)> &added,
                             const Shard &shard)
{
    const ScanResult scan = scanInputs(paths, job);
    AddReport report = addItems(scan.items, job, added, shard);
    QList<SkippedInput> missing;
    for (const SkippedInput &s : scan.skipped)
        if (!shard.takes(d->pseudonyms->key(), s.path))
            ++report.otherShards;
        else
            (s.failure ? missing : report.skipped) << s;
    report.failed = missing + report.failed;
    return report;
}

PreparedInstance Project::prepare(const InputItem &item)
{
    PreparedInstance p;
    p.item = item;
    const Result<QString> hash = contentHash(item, &p.size);
    if (!hash) {
        p.status = hash.error();
        return p;
    }
    p.hash = *hash;
    const Result<std::unique_ptr<DicomFile>> file = DicomFile::open(item);
    if (!file) {
        p.status = file.error();
        return p;
    }
    p.info = (*file)->info();
    p.identity = (*file)->identityValues();
    return p;
}

bool Project::addPrepared(const PreparedInstance &prepared, qint64 *id, AddReport &report)
{
    *id = 0;
    if (!prepared.status) {
        (prepared.status.code() == ErrorCode::NotDicom ? report.skipped : report.failed)
            << SkippedInput{prepared.item.displayPath(), prepared.status.message()};
        return false;
    }
    if (d->db.scalar("SELECT id FROM instances WHERE content_hash = ?", {prepared.hash}).isValid()) {
        ++report.alreadyPresent;
        return false;
    }
    if (prepared.info.isDicomDir)
        return false; // its references were scanned
    if (!addOne(*d, prepared, id)) {
        report.failed << SkippedInput{prepared.item.displayPath(),
                                      QStringLiteral("project write failed: %1").arg(d->db.lastError())};
        return false;
    }
    report.added << *id;
    return true;
}

AddReport Project::addItems(const QList<InputItem> &items, JobContext &job, const std::function<void(qint64)> &added,
                            const Shard &shard)
{
    AddReport report;
    for (int n = 0; n < items.size(); ++n) {
        if (job.isCancelled()) {
            report.cancelled = true;
            break;
        }
        job.setProgress(n, items.size(), QStringLiteral("Adding"));
        qint64 id = 0;
        if (!shard.isWhole()) { // the head of the file says whose it is; only our own are read in full
            const QString study = DicomFile::studyUidOf(items[n]).valueOr(QString());
            if (!shard.takes(d->pseudonyms->key(), study.isEmpty() ? items[n].displayPath() : study)) {
                ++report.otherShards;
                continue;
            }
        }
        const PreparedInstance prepared = prepare(items[n]);
        if (addPrepared(prepared, &id, report) && added)
            added(id);
    }
    job.setProgress(items.size(), items.size(), QStringLiteral("Adding"));
    return report;
}

QList<ProjectInstance> Project::instances() const
{
    QList<ProjectInstance> out;
    SqlQuery q(d->db.handle(), (QByteArray(kInstanceColumns) + " ORDER BY id").constData());
    while (q.next())
        out << instanceFrom(q, d->crypto);
    return out;
}

bool Project::instance(qint64 id, ProjectInstance *out) const
{
    SqlQuery q(d->db.handle(), (QByteArray(kInstanceColumns) + " WHERE id = ?").constData());
    q.bind({id});
    if (!q.next())
        return false;
    *out = instanceFrom(q, d->crypto);
    return true;
}

IdentityValues Project::identity(qint64 id) const
{
    const QByteArray sealed = d->db.scalar("SELECT identity_sealed FROM instances WHERE id = ?", {id}).toByteArray();
    const QJsonObject o = QJsonDocument::fromJson(d->crypto.open(sealed, "identity")).object();
    IdentityValues v;
    v.names = valuesFromJson(o.value(QStringLiteral("names")).toArray());
    v.ids = valuesFromJson(o.value(QStringLiteral("ids")).toArray());
    v.dates = valuesFromJson(o.value(QStringLiteral("dates")).toArray());
    v.phrases = valuesFromJson(o.value(QStringLiteral("phrases")).toArray());
    return v;
}

OriginalCheck Project::checkOriginals(JobContext &job) const
{
    OriginalCheck check;
    const QList<ProjectInstance> all = instances();
    for (int n = 0; n < all.size() && !job.isCancelled(); ++n) {
        job.setProgress(n, all.size(), QStringLiteral("Checking originals"));
        qint64 size = 0;
        const Result<QString> hash = contentHash(all[n].source, &size);
        if (!hash)
            check.missing << all[n].id;
        else if (*hash != all[n].contentHash)
            check.changed << all[n].id;
    }
    return check;
}

} // namespace veil
