// Project: the re-identification key, opt-outs, the export gate and records.
#include "engine/project/Project.h"

#include "engine/project/ProjectPrivate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace veil {
namespace {

QString checklistJson(const SharingChecklist &c)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("lowRiskEvenCombined"), c.lowRiskEvenCombined},
                                                       {QStringLiteral("accessControlled"), c.accessControlled},
                                                       {QStringLiteral("noIncentive"), c.noIncentive},
                                                       {QStringLiteral("healthcarePurpose"), c.healthcarePurpose},
                                                       {QStringLiteral("societalBenefit"), c.societalBenefit}})
                                 .toJson(QJsonDocument::Compact));
}

SharingChecklist checklistFrom(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    return {o.value(QStringLiteral("lowRiskEvenCombined")).toBool(),
            o.value(QStringLiteral("accessControlled")).toBool(), o.value(QStringLiteral("noIncentive")).toBool(),
            o.value(QStringLiteral("healthcarePurpose")).toBool(), o.value(QStringLiteral("societalBenefit")).toBool()};
}

} // namespace

QList<Project::Original> Project::reidentify(const QString &pseudonym)
{
    QList<Original> out;
    SqlQuery q(d->db.handle(), "SELECT kind, original_sealed FROM reid WHERE pseudonym = ? ORDER BY kind");
    q.bind({pseudonym.trimmed()});
    while (q.next()) {
        QStringList values;
        for (const QJsonValue &v : QJsonDocument::fromJson(d->crypto.open(q.blob(1), "reid")).array())
            values << v.toString();
        out << Original{q.text(0), pseudonym.trimmed(), values};
    }
    d->audit(QStringLiteral("reid.reidentify"), pseudonym.trimmed(),
             out.isEmpty() ? QStringLiteral("no such pseudonym")
                           : QStringLiteral("%1 entry(ies) shown").arg(out.size()));
    return out;
}

Project::Lookup Project::lookup(const QString &originalPatientId)
{
    Lookup out;
    const QByteArray key = patientKeyOf(d->crypto, originalPatientId);
    SqlQuery q(d->db.handle(), "SELECT id, pseudo_patient FROM instances WHERE patient_key = ? ORDER BY id");
    q.bind({key});
    while (q.next()) {
        out.instances << q.integer(0);
        out.pseudoPatientId = q.text(1);
    }
    SqlQuery e(d->db.handle(), "SELECT DISTINCT e.export_id FROM export_items e JOIN instances i ON i.id = "
                               "e.instance_id WHERE i.patient_key = ? ORDER BY e.export_id");
    e.bind({key});
    while (e.next())
        out.exports << e.integer(0);
    d->audit(QStringLiteral("reid.lookup"),
             out.pseudoPatientId.isEmpty() ? QStringLiteral("unknown patient") : out.pseudoPatientId,
             QStringLiteral("%1 instance(s), %2 export(s)").arg(out.instances.size()).arg(out.exports.size()));
    return out;
}

bool Project::addOptOut(const QString &patientId)
{
    if (patientId.trimmed().isEmpty())
        return d->fail(QStringLiteral("an empty patient ID"));
    SqlTransaction tx(d->db);
    const bool ok =
        d->db.exec("INSERT OR IGNORE INTO optouts(patient_key, added_at, added_by, patient_sealed) VALUES(?, ?, ?, ?)",
                   {patientKeyOf(d->crypto, patientId), ProjectPrivate::now(), d->user,
                    d->crypto.sealText(patientId.trimmed(), "optout")}) &&
        d->audit(QStringLiteral("optout.add"), QStringLiteral("opt-out"),
                 d->db.changes() ? QStringLiteral("a patient opted out") : QStringLiteral("already on the list")) &&
        tx.commit();
    return ok || d->fail(d->db.lastError());
}

bool Project::removeOptOut(const QString &patientId)
{
    SqlTransaction tx(d->db);
    const bool ok = d->db.exec("DELETE FROM optouts WHERE patient_key = ?", {patientKeyOf(d->crypto, patientId)}) &&
                    d->audit(QStringLiteral("optout.remove"), QStringLiteral("opt-out"),
                             d->db.changes() ? QStringLiteral("a patient taken off the list")
                                             : QStringLiteral("not on the list")) &&
                    tx.commit();
    return ok || d->fail(d->db.lastError());
}

int Project::optOutCount() const
{
    return d->db.scalar("SELECT count(*) FROM optouts", {}, 0).toInt();
}

// Reasons are English in the project and its audit; the GUI shows them
// translated (context veil::ExportGate).
ExportGate Project::previewGate(const QList<qint64> &ids, bool allowAutoCleaned, const QString &overrideReason) const
{
    ExportGate gate;
    const bool override = allowAutoCleaned && !overrideReason.trimmed().isEmpty();
    for (qint64 id : ids) {
        ProjectInstance i;
        QString reason;
        if (!instance(id, &i))
            reason = QString::fromLatin1(QT_TRANSLATE_NOOP("veil::ExportGate", "not in the project"));
        else if (i.optedOut)
            reason = QString::fromLatin1(
                QT_TRANSLATE_NOOP("veil::ExportGate", "the patient opted out: their data must never leave"));
        else if (i.status == ReviewStatus::AutoCleaned && allowAutoCleaned && !override)
            reason = QString::fromLatin1(
                QT_TRANSLATE_NOOP("veil::ExportGate", "auto-cleaned but not reviewed: an override needs a reason"));
        else if (i.status == ReviewStatus::AutoCleaned && !override)
            reason = QString::fromLatin1(QT_TRANSLATE_NOOP("veil::ExportGate", "auto-cleaned but not reviewed"));
        else if (i.status == ReviewStatus::Unreviewed)
            reason = QString::fromLatin1(QT_TRANSLATE_NOOP("veil::ExportGate", "not reviewed yet"));
        else if (i.status == ReviewStatus::Flagged)
            reason = QString::fromLatin1(QT_TRANSLATE_NOOP("veil::ExportGate", "flagged for review"));
        else if (i.status == ReviewStatus::Rejected)
            reason = QString::fromLatin1(QT_TRANSLATE_NOOP("veil::ExportGate", "rejected by the reviewer"));
        if (reason.isEmpty())
            gate.allowed << id;
        else
            gate.refused << ExportRefusal{id, reason};
    }
    return gate;
}

ExportGate Project::gateExport(const QList<qint64> &ids, bool allowAutoCleaned, const QString &overrideReason)
{
    const ExportGate gate = previewGate(ids, allowAutoCleaned, overrideReason);
    const bool override = allowAutoCleaned && !overrideReason.trimmed().isEmpty();
    QStringList refusals;
    for (const ExportRefusal &r : gate.refused)
        refusals << QStringLiteral("%1: %2").arg(instanceObject(r.instanceId), r.reason);
    if (!gate.refused.isEmpty())
        d->audit(QStringLiteral("export.refused"), QStringLiteral("%1 instance(s)").arg(gate.refused.size()),
                 refusals.join(QStringLiteral("; ")));
    if (override)
        d->audit(QStringLiteral("export.override"), QStringLiteral("%1 instance(s)").arg(gate.allowed.size()),
                 QStringLiteral("unreviewed auto-cleaned data allowed; the reason is kept encrypted with the export"));
    return gate;
}

qint64 Project::recordExport(const ExportRecord &r)
{
    SqlTransaction tx(d->db);
    bool ok = d->db.exec(
        "INSERT INTO exports(at, user, recipient, purpose, agreement, checklist, target_sealed, "
        "override_sealed, decisions_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {ProjectPrivate::now(), d->user, r.recipient, r.purpose, r.agreement, checklistJson(r.checklist),
         d->crypto.sealText(r.target, "export-target"),
         r.overrideReason.isEmpty() ? QVariant() : QVariant(d->crypto.sealText(r.overrideReason, "override")),
         r.decisionsAt.isValid() ? QVariant(r.decisionsAt.toString(Qt::ISODateWithMs)) : QVariant()});
    const qint64 id = ok ? d->db.lastInsertId() : 0;
    for (const ExportRecord::Item &item : r.items)
        ok = ok && d->db.exec("INSERT INTO export_items(export_id, instance_id, output, sha256) VALUES(?, ?, ?, ?)",
                              {id, item.instanceId, item.output, item.sha256});
    ok = ok &&
         d->audit(QStringLiteral("export"), QStringLiteral("export %1").arg(id),
                  QStringLiteral("%1 instance(s)%2%3")
                      .arg(r.items.size())
                      .arg(r.overrideReason.isEmpty() ? QString() : QStringLiteral(", with an override"))
                      .arg(r.decisionsAt.isValid()
                               ? QStringLiteral(", decisions as of %1").arg(r.decisionsAt.toString(Qt::ISODateWithMs))
                               : QString())) &&
         tx.commit();
    if (!ok)
        d->fail(d->db.lastError());
    return ok ? id : 0;
}

bool Project::auditExportFailure(const QString &reason)
{
    return d->audit(QStringLiteral("export.failed"), QStringLiteral("export"), reason) || d->fail(d->db.lastError());
}

QList<ExportRecord> Project::exports() const
{
    QList<ExportRecord> out;
    SqlQuery q(d->db.handle(), "SELECT id, at, user, recipient, purpose, agreement, checklist, target_sealed, "
                               "override_sealed, decisions_at FROM exports ORDER BY id");
    while (q.next()) {
        ExportRecord r;
        r.id = q.integer(0);
        r.at = QDateTime::fromString(q.text(1), Qt::ISODateWithMs);
        r.user = q.text(2);
        r.recipient = q.text(3);
        r.purpose = q.text(4);
        r.agreement = q.text(5);
        r.checklist = checklistFrom(q.text(6));
        r.target = d->crypto.openText(q.blob(7), "export-target");
        r.overrideReason = q.isNull(8) ? QString() : d->crypto.openText(q.blob(8), "override");
        r.decisionsAt = q.isNull(9) ? QDateTime() : QDateTime::fromString(q.text(9), Qt::ISODateWithMs);
        SqlQuery items(d->db.handle(), "SELECT instance_id, output, sha256 FROM export_items WHERE export_id = ?");
        items.bind({r.id});
        while (items.next())
            r.items << ExportRecord::Item{items.integer(0), items.text(1), items.text(2)};
        out << r;
    }
    return out;
}

} // namespace veil
