// Project: shard projects merged into one (issue 17). Every value a shard
// sealed is opened with the shard's data key and sealed again with this
// project's; every keyed hash is made again from the value it hides.
#include "engine/project/Project.h"

#include "engine/jobs/JobContext.h"
#include "engine/project/ProjectPrivate.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace veil {
namespace {

// Refusals and damage, as one line naming the shard.
struct MergeError
{
    QString message;
    ErrorCode code = ErrorCode::Invalid;
};

// One shard merged into the target, inside the target's transaction.
class ShardMerge
{
public:
    ShardMerge(ProjectPrivate &target, ProjectPrivate &shard, const QString &origin, MergeReport &report)
        : t(target), s(shard), m_origin(origin), m_report(report)
    {
    }

    Status run(JobContext &job, qint64 *done, qint64 total);

private:
    QByteArray reseal(const QVariant &sealed, const char *context);
    QVariant resealOrNull(const QVariant &sealed, const char *context)
    {
        return sealed.isNull() ? QVariant() : QVariant(reseal(sealed, context));
    }
    QString patientSourceOf(const QString &pseudoPatient);
    static QByteArray decisionsOf(ProjectPrivate &d, qint64 id);
    Status mergeInstance(qint64 shardId);
    qint64 insertInstance(qint64 shardId);
    bool copyFindingsAndMasks(qint64 shardId, qint64 targetId);
    bool flagConflict(qint64 shardId, qint64 targetId);
    Status mergeReid();
    Status mergeOptOuts();
    bool mergeSafeWords();
    bool mergeAudit();

    ProjectPrivate &t;
    ProjectPrivate &s;
    QString m_origin;
    MergeReport &m_report;
    QHash<qint64, qint64> m_ids; // shard instance id -> target instance id
    bool m_damaged = false;      // a sealed value of the shard did not open, or a table did not end
};

QByteArray ShardMerge::reseal(const QVariant &sealed, const char *context)
{
    bool ok = false;
    const QByteArray plain = s.crypto.open(sealed.toByteArray(), context, &ok);
    m_damaged = m_damaged || !ok;
    return t.crypto.seal(plain, context);
}

// The value its patient key hides: the patient ID, or the name when there is none.
QString ShardMerge::patientSourceOf(const QString &pseudoPatient)
{
    const QVariant sealed =
        s.db.scalar("SELECT original_sealed FROM reid WHERE kind = 'patient' AND pseudonym = ?", {pseudoPatient});
    bool ok = false;
    const QJsonArray originals = QJsonDocument::fromJson(s.crypto.open(sealed.toByteArray(), "reid", &ok)).array();
    m_damaged = m_damaged || !ok;
    const QString id = originals.at(0).toString(), name = originals.at(1).toString();
    return id.trimmed().isEmpty() ? name : id;
}

// What a reviewer decided about an instance: status, comment and masks, in a canonical order.
QByteArray ShardMerge::decisionsOf(ProjectPrivate &d, qint64 id)
{
    SqlQuery i(d.db.handle(), "SELECT status, comment_sealed FROM instances WHERE id = ?");
    i.bind({id});
    QByteArray out;
    if (i.next())
        out = QByteArray::number(i.integer(0)) + '\n' +
              (i.isNull(1) ? QByteArray() : d.crypto.open(i.blob(1), "comment")) + '\n';
    out += "masks\n" + d.db.scalar("SELECT group_concat(m, ';') FROM (SELECT frame || ',' || x || ',' || y || ',' "
                                   "|| w || ',' || h || ',' || origin || ',' || enabled AS m FROM masks WHERE "
                                   "instance_id = ? ORDER BY m)",
                                   {id})
                           .toByteArray();
    return out;
}

qint64 ShardMerge::insertInstance(qint64 shardId)
{
    SqlQuery q(s.db.handle(),
               "SELECT content_hash, size, source_sealed, identity_sealed, pseudo_patient, pseudo_study, "
               "pseudo_series, pseudo_sop, modality, sop_class, frames, rows, columns, status, status_by, status_at, "
               "comment_sealed, auto_at, added_at, labels_sealed FROM instances WHERE id = ?");
    q.bind({shardId});
    if (!q.next())
        return 0;
    const QByteArray patientKey = patientKeyOf(t.crypto, patientSourceOf(q.text(4)));
    if (!t.db.exec("INSERT INTO instances(content_hash, size, source_sealed, identity_sealed, patient_key, "
                   "pseudo_patient, pseudo_study, pseudo_series, pseudo_sop, modality, sop_class, frames, rows, "
                   "columns, status, status_by, status_at, comment_sealed, auto_at, added_at, labels_sealed) "
                   "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   {q.value(0),
                    q.value(1),
                    reseal(q.value(2), "source"),
                    resealOrNull(q.value(3), "identity"),
                    patientKey,
                    q.value(4),
                    q.value(5),
                    q.value(6),
                    q.value(7),
                    q.value(8),
                    q.value(9),
                    q.value(10),
                    q.value(11),
                    q.value(12),
                    q.value(13),
                    q.value(14),
                    q.value(15),
                    resealOrNull(q.value(16), "comment"),
                    q.value(17),
                    q.value(18),
                    resealOrNull(q.value(19), "labels")}))
        return 0;
    return t.db.lastInsertId();
}

bool ShardMerge::copyFindingsAndMasks(qint64 shardId, qint64 targetId)
{
    QHash<qint64, qint64> findings;
    SqlQuery f(s.db.handle(), "SELECT id, frame, x, y, w, h, class, confidence, why, detector, text_sealed, rule "
                              "FROM findings WHERE instance_id = ? ORDER BY id");
    f.bind({shardId});
    while (f.next()) {
        if (!t.db.exec("INSERT INTO findings(instance_id, frame, x, y, w, h, class, confidence, why, detector, "
                       "text_sealed, rule) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       {targetId, f.value(1), f.value(2), f.value(3), f.value(4), f.value(5), f.value(6), f.value(7),
                        f.value(8), f.value(9), resealOrNull(f.value(10), "finding"), f.value(11)}))
            return false;
        findings.insert(f.integer(0), t.db.lastInsertId());
    }
    m_damaged = m_damaged || f.failed();
    SqlQuery m(s.db.handle(), "SELECT finding_id, frame, x, y, w, h, origin, enabled, author, changed_at FROM masks "
                              "WHERE instance_id = ? ORDER BY id");
    m.bind({shardId});
    while (m.next()) {
        const QVariant finding = m.isNull(0) ? QVariant() : QVariant(findings.value(m.integer(0)));
        if (!t.db.exec("INSERT INTO masks(instance_id, finding_id, frame, x, y, w, h, origin, enabled, author, "
                       "changed_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       {targetId, finding, m.value(1), m.value(2), m.value(3), m.value(4), m.value(5), m.value(6),
                        m.value(7), m.value(8), m.value(9)}))
            return false;
    }
    m_damaged = m_damaged || m.failed();
    return true;
}

// The same image decided otherwise elsewhere: a person looks again. Until
// then every mask of either side stays (when in doubt, remove).
bool ShardMerge::flagConflict(qint64 shardId, qint64 targetId)
{
    auto summary = [](ProjectPrivate &d, qint64 id) {
        SqlQuery q(d.db.handle(), "SELECT status, status_by, status_at, (SELECT count(*) FROM masks WHERE "
                                  "instance_id = instances.id) FROM instances WHERE id = ?");
        q.bind({id});
        if (!q.next())
            return QString();
        return QStringLiteral("%1 by %2 at %3, %4 mask(s)")
            .arg(statusName(ReviewStatus(q.integer(0))), q.text(1).isEmpty() ? QStringLiteral("nobody") : q.text(1),
                 q.text(2).isEmpty() ? QStringLiteral("-") : q.text(2))
            .arg(q.integer(3));
    };
    const QString both = QStringLiteral("here: %1; shard %2: %3; flagged for review with the masks of both")
                             .arg(summary(t, targetId), m_origin, summary(s, shardId));
    SqlQuery m(s.db.handle(), "SELECT frame, x, y, w, h, origin, enabled, author, changed_at FROM masks WHERE "
                              "instance_id = ? ORDER BY id");
    m.bind({shardId});
    while (m.next())
        if (!t.db.exec("INSERT INTO masks(instance_id, frame, x, y, w, h, origin, enabled, author, changed_at) "
                       "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS(SELECT 1 FROM masks WHERE instance_id = "
                       "? AND frame = ? AND x = ? AND y = ? AND w = ? AND h = ? AND origin = ? AND enabled = ?)",
                       {targetId, m.value(0), m.value(1), m.value(2), m.value(3), m.value(4), m.value(5), m.value(6),
                        m.value(7), m.value(8), targetId, m.value(0), m.value(1), m.value(2), m.value(3), m.value(4),
                        m.value(5), m.value(6)}))
            return false;
    m_damaged = m_damaged || m.failed();
    return t.db.exec("UPDATE instances SET status = ?, status_by = ?, status_at = ? WHERE id = ?",
                     {int(ReviewStatus::Flagged), t.user, ProjectPrivate::now(), targetId}) &&
           t.audit(QStringLiteral("merge.conflict"), instanceObject(targetId), both);
}

Status ShardMerge::mergeInstance(qint64 shardId)
{
    const QString hash = s.db.scalar("SELECT content_hash FROM instances WHERE id = ?", {shardId}).toString();
    const QByteArray shardDecisions = decisionsOf(s, shardId);
    const QByteArray decisions = t.crypto.keyedHash("merge", shardDecisions);
    qint64 targetId = t.db.scalar("SELECT id FROM instances WHERE content_hash = ?", {hash}, 0).toLongLong();
    const QByteArray merged =
        t.db.scalar("SELECT decisions FROM merged WHERE origin = ? AND content_hash = ?", {m_origin, hash})
            .toByteArray();
    bool ok = true;
    if (targetId > 0 && merged == decisions) {
        ++m_report.unchanged; // merged before, and not changed in the shard since
    } else if (targetId == 0) {
        ok = (targetId = insertInstance(shardId)) > 0 && copyFindingsAndMasks(shardId, targetId);
        ++m_report.added;
    } else if (decisionsOf(t, targetId) == shardDecisions) {
        ++m_report.unchanged;
    } else {
        ok = flagConflict(shardId, targetId);
        ++m_report.conflicts;
    }
    ok = ok && t.db.exec("INSERT OR REPLACE INTO merged(origin, content_hash, decisions) VALUES(?, ?, ?)",
                         {m_origin, hash, decisions});
    if (!ok)
        return failure(t.db.lastError(), ErrorCode::Io);
    m_ids.insert(shardId, targetId);
    return {};
}

Status ShardMerge::mergeReid()
{
    SqlQuery q(s.db.handle(), "SELECT kind, pseudonym, original_sealed FROM reid");
    while (q.next()) {
        if (t.db.scalar("SELECT 1 FROM reid WHERE kind = ? AND pseudonym = ?", {q.value(0), q.value(1)}, 0).toInt())
            continue;
        if (!t.db.exec("INSERT INTO reid(kind, pseudonym, original_sealed) VALUES(?, ?, ?)",
                       {q.value(0), q.value(1), reseal(q.value(2), "reid")}))
            return failure(t.db.lastError(), ErrorCode::Io);
    }
    m_damaged = m_damaged || q.failed();
    return {};
}

// An opt-out is a keyed hash of the patient ID under the shard's data key:
// it is carried by the ID sealed beside it (format 5) or, for older rows,
// by the shard's own patients; one that can be carried by neither refuses the merge.
Status ShardMerge::mergeOptOuts()
{
    QHash<QByteArray, QString> known; // shard key -> patient ID, from the shard's patients
    SqlQuery p(s.db.handle(), "SELECT pseudonym FROM reid WHERE kind = 'patient'");
    while (p.next()) {
        const QString source = patientSourceOf(p.text(0));
        known.insert(patientKeyOf(s.crypto, source), source);
    }
    m_damaged = m_damaged || p.failed();
    SqlQuery q(s.db.handle(), "SELECT patient_key, added_at, added_by, patient_sealed FROM optouts");
    int lost = 0;
    while (q.next()) {
        bool ok = false;
        QString id = q.isNull(3) ? QString() : s.crypto.openText(q.blob(3), "optout", &ok);
        if (!ok)
            id = known.value(q.blob(0));
        if (id.isEmpty()) {
            ++lost;
            continue;
        }
        if (!t.db.exec("INSERT OR IGNORE INTO optouts(patient_key, added_at, added_by, patient_sealed) "
                       "VALUES(?, ?, ?, ?)",
                       {patientKeyOf(t.crypto, id), q.value(1), q.value(2), t.crypto.sealText(id, "optout")}))
            return failure(t.db.lastError(), ErrorCode::Io);
        m_report.optOuts += t.db.changes();
    }
    m_damaged = m_damaged || q.failed();
    if (lost > 0)
        return failure(QStringLiteral("%1 opt-out(s) of this shard name patients it does not hold and were recorded "
                                      "before Veil kept them sealed, so they cannot be carried over: add them to the "
                                      "target with 'project optout --add' first")
                           .arg(lost));
    return {};
}

bool ShardMerge::mergeSafeWords()
{
    auto wordsOf = [](ProjectPrivate &d) {
        const QByteArray sealed = QByteArray::fromBase64(
            d.db.scalar("SELECT json FROM settings WHERE key = 'safeWords'").toString().toLatin1());
        return sealed.isEmpty() ? QStringList()
                                : d.crypto.openText(sealed, "safe-words").split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    };
    QStringList words = wordsOf(t);
    const int before = int(words.size());
    for (const QString &w : wordsOf(s))
        if (!words.contains(w))
            words << w;
    if (words.size() == before)
        return true;
    return t.db.exec(
               "INSERT INTO settings(key, json) VALUES('safeWords', ?) ON CONFLICT(key) DO UPDATE SET json = "
               "excluded.json",
               {QString::fromLatin1(t.crypto.sealText(words.join(QLatin1Char('\n')), "safe-words").toBase64())}) &&
           t.audit(QStringLiteral("safelist.merge"), QStringLiteral("project safe list"),
                   QStringLiteral("%1 word(s) from shard %2; %3 word(s) now")
                       .arg(words.size() - before)
                       .arg(m_origin)
                       .arg(words.size()));
}

// The shard's audit rows keep their time, user and origin; "instance N"
// names the instance's number here. Rows the shard itself merged keep theirs.
bool ShardMerge::mergeAudit()
{
    static const QRegularExpression instance(QStringLiteral("^instance (\\d+)$"));
    SqlQuery q(s.db.handle(), "SELECT id, at, user, action, object, details, origin, origin_id FROM audit ORDER BY id");
    while (q.next()) {
        QString object = q.text(4);
        const QRegularExpressionMatch m = instance.match(object);
        if (q.isNull(6) && m.hasMatch() && m_ids.contains(m.captured(1).toLongLong()))
            object = instanceObject(m_ids.value(m.captured(1).toLongLong()));
        const bool own = q.isNull(6);
        if (!t.db.exec("INSERT OR IGNORE INTO audit(at, user, action, object, details, origin, origin_id) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?)",
                       {q.value(1), q.value(2), q.value(3), object, q.value(5), own ? m_origin : q.text(6),
                        own ? q.value(0) : q.value(7)}))
            return false;
        m_report.auditRows += t.db.changes();
    }
    m_damaged = m_damaged || q.failed();
    return true;
}

Status ShardMerge::run(JobContext &job, qint64 *done, qint64 total)
{
    const MergeReport before = m_report;
    SqlQuery q(s.db.handle(), "SELECT id FROM instances ORDER BY id");
    while (q.next()) {
        if (job.isCancelled())
            return failure(QStringLiteral("cancelled"), ErrorCode::Cancelled);
        if (Status merged = mergeInstance(q.integer(0)); !merged)
            return merged;
        job.setProgress(++*done, total, QStringLiteral("merging"));
    }
    m_damaged = m_damaged || q.failed();
    if (Status reid = mergeReid(); !reid)
        return reid;
    if (Status optOuts = mergeOptOuts(); !optOuts)
        return optOuts;
    if (!mergeSafeWords() || !mergeAudit())
        return failure(t.db.lastError(), ErrorCode::Io);
    if (m_damaged)
        return failure(QStringLiteral("the shard is damaged (a sealed value does not open, or a table does not end)"),
                       ErrorCode::Damaged);
    m_report.exportsLeft += s.db.scalar("SELECT count(*) FROM exports", {}, 0).toInt();
    const QString counts = QStringLiteral("shard %1: %2 instance(s) added, %3 unchanged, %4 conflict(s), %5 opt-out(s)")
                               .arg(m_origin)
                               .arg(m_report.added - before.added)
                               .arg(m_report.unchanged - before.unchanged)
                               .arg(m_report.conflicts - before.conflicts)
                               .arg(m_report.optOuts - before.optOuts);
    if (!t.audit(QStringLiteral("project.merge"), QStringLiteral("project"), counts))
        return failure(t.db.lastError(), ErrorCode::Io);
    return {};
}

QByteArray normalisedJson(const QString &json)
{
    return json.isEmpty() ? QByteArray() : QJsonDocument::fromJson(json.toUtf8()).toJson(QJsonDocument::Compact);
}

} // namespace

Result<MergeReport> Project::merge(const QList<const Project *> &shards, JobContext &job)
{
    if (!d->readOnly.isEmpty())
        return failure(QStringLiteral("the project is open read-only (%1)").arg(d->readOnly), ErrorCode::Io);
    qint64 total = 0, done = 0;
    QStringList origins{projectId()};
    for (const Project *shard : shards) {
        const QString name = QFileInfo(shard->path()).fileName();
        if (origins.contains(shard->projectId()))
            return failure(QStringLiteral("%1 is this project, or a copy of it or of another shard given: shards "
                                          "are made with 'project create', not copied")
                               .arg(name));
        origins << shard->projectId();
        if (shard->d->pseudonyms->key().secret() != d->pseudonyms->key().secret())
            return failure(QStringLiteral("%1 was made with another pseudonymisation secret: its pseudonyms, UIDs "
                                          "and date shifts would not match this project's")
                               .arg(name));
        if (normalisedJson(shard->setting(QStringLiteral("profile"))) !=
            normalisedJson(setting(QStringLiteral("profile"))))
            return failure(QStringLiteral("%1 was made with another de-identification profile (options, rules or "
                                          "pseudonym prefix)")
                               .arg(name));
        total += shard->d->db.scalar("SELECT count(*) FROM instances", {}, 0).toLongLong();
    }
    MergeReport report;
    SqlTransaction tx(d->db);
    if (!tx.isActive())
        return failure(d->db.lastError(), ErrorCode::Io);
    for (const Project *shard : shards) {
        ShardMerge one(*d, *shard->d, shard->projectId(), report);
        if (Status merged = one.run(job, &done, total); !merged)
            return failure(QStringLiteral("%1: %2").arg(QFileInfo(shard->path()).fileName(), merged.message()),
                           merged.code());
    }
    if (!tx.commit())
        return failure(d->db.lastError(), ErrorCode::Io);
    return report;
}

} // namespace veil
