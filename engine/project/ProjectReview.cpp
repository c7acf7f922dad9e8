// Project: automatic findings, masks and review decisions.
#include "engine/project/Project.h"

#include "engine/dicom/DicomFile.h"
#include "engine/jobs/JobContext.h"
#include "engine/pixel/BurnedText.h"
#include "engine/project/ProjectPrivate.h"

namespace veil {

QString statusName(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Unreviewed:
        return QStringLiteral("unreviewed");
    case ReviewStatus::AutoCleaned:
        return QStringLiteral("auto-cleaned");
    case ReviewStatus::Flagged:
        return QStringLiteral("flagged");
    case ReviewStatus::Approved:
        return QStringLiteral("approved");
    case ReviewStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

bool statusFromName(const QString &name, ReviewStatus *status)
{
    for (int s = 0; s <= int(ReviewStatus::Rejected); ++s)
        if (statusName(ReviewStatus(s)) == name) {
            *status = ReviewStatus(s);
            return true;
        }
    return false;
}

namespace {

QString originName(ProjectMask::Origin o)
{
    return o == ProjectMask::Origin::Automatic  ? QStringLiteral("automatic")
           : o == ProjectMask::Origin::Template ? QStringLiteral("template")
                                                : QStringLiteral("manual");
}

QString geometry(const ProjectMask &m)
{
    return QStringLiteral("%1,%2 %3x%4, %5")
        .arg(m.box.x())
        .arg(m.box.y())
        .arg(m.box.width())
        .arg(m.box.height())
        .arg(m.frame < 0 ? QStringLiteral("all frames") : QStringLiteral("frame %1").arg(m.frame));
}

} // namespace

Status Project::runAutomatic(qint64 id, JobContext &job)
{
    ProjectInstance inst;
    if (!instance(id, &inst))
        return failure(QStringLiteral("no instance %1 in the project").arg(id), ErrorCode::NotFound);
    const Result<TextScan> scan = scanOriginal(inst.source, identity(id), job, safeListFor(inst));
    if (!scan)
        return scan.error();
    return storeAutomatic(id, *scan);
}

Result<TextScan> scanOriginal(const InputItem &source, const IdentityValues &identity, JobContext &job,
                              std::shared_ptr<const SafeList> safeList)
{
    const Result<std::unique_ptr<DicomFile>> file = DicomFile::open(source);
    if (!file)
        return failure(QStringLiteral("the original cannot be read (%1)").arg(file.message()), file.code());
    Result<TextScan> scan = scanBurnedText(**file, PhiMatcher(identity, std::move(safeList)), job);
    if (job.isCancelled())
        return failure(QStringLiteral("cancelled"), ErrorCode::Cancelled);
    return scan;
}

Status Project::storeAutomatic(qint64 id, const TextScan &scan)
{
    int phi = 0, unknown = 0, masked = 0;
    SqlTransaction tx(d->db);
    bool ok = d->db.exec("DELETE FROM masks WHERE instance_id = ? AND origin IN (?, ?)",
                         {id, int(ProjectMask::Origin::Automatic), int(ProjectMask::Origin::Template)}) &&
              d->db.exec("DELETE FROM findings WHERE instance_id = ?", {id});
    for (const TextBox &b : scan.boxes) {
        if (!ok)
            break;
        ok = d->db.exec("INSERT INTO findings(instance_id, frame, x, y, w, h, class, confidence, why, detector, "
                        "text_sealed, rule) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        {id, b.frame, b.box.x(), b.box.y(), b.box.width(), b.box.height(), int(b.cls),
                         double(b.confidence), b.why, b.detector, d->crypto.sealText(b.text, "finding"), int(b.rule)});
        phi += b.cls == TextClass::Phi ? 1 : 0;
        unknown += b.cls == TextClass::Unknown ? 1 : 0;
        if (ok && b.cls != TextClass::NotPhi) {
            ++masked;
            ok = d->db.exec("INSERT INTO masks(instance_id, finding_id, frame, x, y, w, h, origin, enabled, author, "
                            "changed_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, 1, 'veil', ?)",
                            {id, d->db.lastInsertId(), b.frame, b.box.x(), b.box.y(), b.box.width(), b.box.height(),
                             int(ProjectMask::Origin::Automatic), ProjectPrivate::now()});
        }
    }
    ProjectInstance inst;
    instance(id, &inst);
    const DeviceTemplates saved = templates();
    for (const DeviceTemplate *t : saved.matching(signatureOf(inst)))
        for (const QRect &r : t->masks)
            if (ok) {
                ++masked;
                ok =
                    d->db.exec("INSERT INTO masks(instance_id, frame, x, y, w, h, origin, enabled, author, changed_at) "
                               "VALUES(?, -1, ?, ?, ?, ?, ?, 1, 'veil', ?)",
                               {id, r.x(), r.y(), r.width(), r.height(), int(ProjectMask::Origin::Template),
                                ProjectPrivate::now()});
            }
    // A person's decision stands; otherwise the result says whether a person must look.
    const ReviewStatus next = unknown > 0 ? ReviewStatus::Flagged : ReviewStatus::AutoCleaned;
    ok = ok &&
         d->db.exec("UPDATE instances SET auto_at = ?, status = CASE WHEN status = 0 THEN ? ELSE status END, "
                    "status_by = CASE WHEN status = 0 THEN 'veil' ELSE status_by END, "
                    "status_at = CASE WHEN status = 0 THEN ? ELSE status_at END WHERE id = ?",
                    {ProjectPrivate::now(), int(next), ProjectPrivate::now(), id}) &&
         d->audit(QStringLiteral("auto.run"), instanceObject(id),
                  QStringLiteral("%1 text box(es): %2 PHI, %3 unknown; %4 mask(s)")
                      .arg(scan.boxes.size())
                      .arg(phi)
                      .arg(unknown)
                      .arg(masked)) &&
         tx.commit();
    if (!ok)
        return failure(QStringLiteral("project write failed: %1").arg(d->db.lastError()), ErrorCode::Io);
    return {};
}

QList<ProjectFinding> Project::findings(qint64 instanceId) const
{
    QList<ProjectFinding> out;
    SqlQuery q(d->db.handle(), "SELECT id, frame, x, y, w, h, class, confidence, why, detector, text_sealed, rule "
                               "FROM findings WHERE instance_id = ? ORDER BY id");
    q.bind({instanceId});
    while (q.next())
        out << ProjectFinding{q.integer(0),
                              instanceId,
                              int(q.integer(1)),
                              QRect(int(q.integer(2)), int(q.integer(3)), int(q.integer(4)), int(q.integer(5))),
                              d->crypto.openText(q.blob(10), "finding"),
                              float(q.real(7)),
                              TextClass(q.integer(6)),
                              q.text(8),
                              q.text(9),
                              TextRule(q.integer(11))};
    return out;
}

qint64 Project::addMask(const ProjectMask &m)
{
    SqlTransaction tx(d->db);
    qint64 id = 0;
    const bool ok =
        d->db.exec("INSERT INTO masks(instance_id, finding_id, frame, x, y, w, h, origin, enabled, author, "
                   "changed_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   {m.instanceId, m.findingId > 0 ? QVariant(m.findingId) : QVariant(), m.frame, m.box.x(), m.box.y(),
                    m.box.width(), m.box.height(), int(m.origin), m.enabled, d->user, ProjectPrivate::now()}) &&
        (id = d->db.lastInsertId()) > 0 &&
        d->audit(QStringLiteral("mask.add"), QStringLiteral("mask %1 of %2").arg(id).arg(instanceObject(m.instanceId)),
                 originName(m.origin) + QStringLiteral(" ") + geometry(m)) &&
        tx.commit();
    if (!ok)
        d->fail(d->db.lastError());
    return ok ? id : 0;
}

bool Project::updateMask(const ProjectMask &m)
{
    SqlTransaction tx(d->db);
    const bool ok =
        d->db.exec("UPDATE masks SET frame = ?, x = ?, y = ?, w = ?, h = ?, enabled = ?, author = ?, changed_at = ? "
                   "WHERE id = ?",
                   {m.frame, m.box.x(), m.box.y(), m.box.width(), m.box.height(), m.enabled, d->user,
                    ProjectPrivate::now(), m.id}) &&
        d->db.changes() == 1 &&
        d->audit(QStringLiteral("mask.change"), QStringLiteral("mask %1").arg(m.id),
                 (m.enabled ? QStringLiteral("masked ") : QStringLiteral("kept ")) + geometry(m)) &&
        tx.commit();
    return ok || d->fail(QStringLiteral("no mask %1 (or %2)").arg(m.id).arg(d->db.lastError()));
}

bool Project::removeMask(qint64 maskId)
{
    SqlTransaction tx(d->db);
    const bool ok = d->db.exec("DELETE FROM masks WHERE id = ?", {maskId}) && d->db.changes() == 1 &&
                    d->audit(QStringLiteral("mask.remove"), QStringLiteral("mask %1").arg(maskId)) && tx.commit();
    return ok || d->fail(QStringLiteral("no mask %1").arg(maskId));
}

bool Project::mask(qint64 maskId, ProjectMask *out) const
{
    const qint64 instanceId = d->db.scalar("SELECT instance_id FROM masks WHERE id = ?", {maskId}, 0).toLongLong();
    for (const ProjectMask &m : masks(instanceId))
        if (m.id == maskId) {
            *out = m;
            return true;
        }
    return false;
}

QList<ProjectMask> Project::masks(qint64 instanceId) const
{
    QList<ProjectMask> out;
    SqlQuery q(d->db.handle(), "SELECT id, finding_id, frame, x, y, w, h, origin, enabled, author, changed_at FROM "
                               "masks WHERE instance_id = ? ORDER BY id");
    q.bind({instanceId});
    while (q.next()) {
        ProjectMask m;
        m.id = q.integer(0);
        m.instanceId = instanceId;
        m.findingId = q.integer(1);
        m.frame = int(q.integer(2));
        m.box = QRect(int(q.integer(3)), int(q.integer(4)), int(q.integer(5)), int(q.integer(6)));
        m.origin = ProjectMask::Origin(q.integer(7));
        m.enabled = q.integer(8) != 0;
        m.author = q.text(9);
        m.changedAt = QDateTime::fromString(q.text(10), Qt::ISODateWithMs);
        out << m;
    }
    return out;
}

bool Project::setStatus(qint64 id, ReviewStatus status, const QString &comment)
{
    SqlTransaction tx(d->db);
    const bool ok =
        d->db.exec("UPDATE instances SET status = ?, status_by = ?, status_at = ?, comment_sealed = ? WHERE id = ?",
                   {int(status), d->user, ProjectPrivate::now(),
                    comment.isEmpty() ? QVariant() : QVariant(d->crypto.sealText(comment, "comment")), id}) &&
        d->db.changes() == 1 &&
        d->audit(QStringLiteral("status.set"), instanceObject(id),
                 statusName(status) + (comment.isEmpty() ? QString() : QStringLiteral(", with a comment"))) &&
        tx.commit();
    return ok || d->fail(QStringLiteral("no instance %1 (or %2)").arg(id).arg(d->db.lastError()));
}

} // namespace veil
