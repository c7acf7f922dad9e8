#include "engine/export/ShareExport.h"

#include "engine/dicom/DicomFile.h"
#include "engine/dicom/header/QuasiIdentifiers.h"
#include "engine/dicom/input/ZipArchive.h"
#include "engine/export/ExportTarget.h"
#include "engine/export/LeakCheck.h"
#include "engine/export/PackageFiles.h"
#include "engine/jobs/JobContext.h"
#include "engine/net/PacsClient.h"
#include "engine/pipeline/Deidentify.h"
#include "engine/project/Project.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace veil {
namespace {

QString sha256Of(const QString &path)
{
    QFile f(path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !h.addData(&f))
        return {};
    return QString::fromLatin1(h.result().toHex());
}

Status checkRequest(const ExportRequest &r)
{
    if (r.target.isEmpty() && !r.to)
        return failure(QStringLiteral("no target given"), ErrorCode::Invalid);
    if (r.allowUnreviewed && r.overrideReason.trimmed().isEmpty())
        return failure(QStringLiteral("exporting unreviewed images needs a reason (--reason)"), ErrorCode::Invalid);
    if (r.sendTo.isEmpty())
        return {};
    const Result<PacsNode> node = parsePacsUrl(r.sendTo);
    if (!node)
        return node.error();
    if (Status answer = echo(*node); !answer)
        return failure(QStringLiteral("the PACS to send to does not answer: %1").arg(answer.message()), answer.code());
    return {};
}

// A patient's quasi-identifiers: every value seen, per attribute, '|'-joined.
using RiskRecords = QHash<QString, QHash<QString, QString>>;

void addQuasiIdentifiers(RiskRecords &records, const QString &patient, const QHash<QString, QString> &values)
{
    QHash<QString, QString> &r = records[patient];
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (!r.value(it.key()).split(QLatin1Char('|')).contains(it.value()))
            r[it.key()] = r.contains(it.key()) ? r[it.key()] + QLatin1Char('|') + it.value() : it.value();
}

// One instance into the staging folder, checked; false sends it back to review.
bool exportOne(const ExportSnapshot::Item &one, DeidSettings settings, ExportSummary &summary, RiskRecords &risk)
{
    const ProjectInstance &inst = one.instance;
    const QList<ProjectMask> masks = one.masks;
    QList<ProjectMask> enabled;
    for (const ProjectMask &m : masks)
        if (m.enabled)
            enabled << m;
    settings.masks = [masks](int frame) { return burnedRects(masks, frame); };
    // Re-OCR for header values wherever text was found or masked (also text a reviewer chose to keep).
    settings.verify = !enabled.isEmpty() || one.hadFindings;
    const Result<DeidOutcome> deidentified = deidentifyInstance(inst.source, settings);
    const DeidOutcome outcome = deidentified.valueOr({});
    QString problem =
        deidentified
            ? LeakCheck(one.identity, replacedUidsOf(inst.source), settings.options).problemIn(outcome.outputPath)
            : deidentified.message();
    if (deidentified && !problem.isEmpty())
        QFile::remove(outcome.outputPath);
    if (!problem.isEmpty()) {
        summary.failedChecks << ExportRefusal{inst.id, problem}; // back to review when the export finishes
        return false;
    }
    for (const DeidRecordEntry &e : outcome.record)
        ++summary.tagActions[e.action];
    ExportedItem item{inst.id,
                      QDir(settings.outputDir).relativeFilePath(outcome.outputPath),
                      sha256Of(outcome.outputPath),
                      inst.pseudoPatientId,
                      inst.pseudoStudyUid,
                      inst.pseudoSeriesUid,
                      outcome.sopInstanceUid,
                      inst.modality,
                      inst.sopClassUid,
                      int(enabled.size()),
                      {},
                      {},
                      inst.statusBy,
                      inst.statusAt,
                      readSeriesLabel(outcome.outputPath)};
    if (!enabled.isEmpty())
        makeThumbnails(inst.source, outcome.outputPath, enabled, item.before, item.after);
    addQuasiIdentifiers(risk, inst.pseudoPatientId, readQuasiIdentifiers(outcome.outputPath));
    summary.items << item;
    return true;
}

QString failureList(const QList<ExportRefusal> &failed)
{
    QStringList parts;
    for (const ExportRefusal &f : failed)
        parts << QStringLiteral("instance %1: %2").arg(f.instanceId).arg(f.reason);
    return parts.join(QStringLiteral("; "));
}

} // namespace

RiskFigures previewRisk(Project &project, const QList<qint64> &ids, JobContext &job)
{
    RiskRecords records;
    const DeidSettings settings = project.deidSettings();
    for (int n = 0; n < ids.size() && !job.isCancelled(); ++n) {
        job.setProgress(n, ids.size(), QStringLiteral("Estimating the re-identification risk"));
        ProjectInstance inst;
        if (project.instance(ids[n], &inst))
            addQuasiIdentifiers(records, inst.pseudoPatientId, quasiIdentifiersAfter(inst.source, settings));
    }
    return analyseRisk(records);
}

Result<ExportSnapshot> snapshotForExport(Project &project, const ExportRequest &request)
{
    if (Status checked = checkRequest(request); !checked)
        return checked.error();
    ExportSnapshot snap;
    snap.takenAt = QDateTime::currentDateTimeUtc();
    QList<qint64> all;
    for (const ProjectInstance &i : project.instances())
        all << i.id;
    snap.gate = project.gateExport(all, request.allowUnreviewed, request.overrideReason);
    snap.settings = project.deidSettings();
    const ProjectProfile profile = project.profile();
    snap.profileName = profile.name.isEmpty() ? QStringLiteral("DICOM PS3.15 Basic Profile") : profile.name;
    for (qint64 id : snap.gate.allowed) {
        ExportSnapshot::Item item;
        if (!project.instance(id, &item.instance))
            continue;
        item.masks = project.masks(id);
        item.hadFindings = !project.findings(id).isEmpty();
        item.identity = project.identity(id);
        snap.bytes += item.instance.size;
        snap.items << item;
    }
    return snap;
}

namespace {

ExportSummary summaryOf(const ExportSnapshot &snap, const ExportRequest &request, const ExportTarget &target)
{
    ExportSummary summary;
    summary.refused = snap.gate.refused;
    summary.packageName = target.packageName();
    summary.at = QDateTime::currentDateTimeUtc();
    summary.decisionsAt = snap.takenAt;
    summary.profileName = snap.profileName;
    for (int o = 0; o < int(DeidOption::Count); ++o)
        if (snap.settings.options.test(size_t(o)))
            summary.options << optionName(DeidOption(o));
    summary.licence = request.licence;
    summary.record.recipient = request.recipient;
    summary.record.purpose = request.purpose;
    summary.record.agreement = request.agreement;
    summary.record.checklist = request.checklist;
    summary.record.overrideReason = request.allowUnreviewed ? request.overrideReason : QString();
    summary.record.decisionsAt = snap.takenAt;
    return summary;
}

} // namespace

ExportRun stageExport(const ExportSnapshot &snap, const ExportRequest &request, JobContext &job)
{
    ExportRun run;
    ExportResult &result = run.result;
    run.target = request.to ? request.to : ExportTarget::forPath(request.target);
    result.summary.refused = snap.gate.refused;
    if (snap.gate.allowed.isEmpty()) {
        result.status = failure(
            QStringLiteral("nothing may be exported: no image is approved (%1 refused)").arg(snap.gate.refused.size()),
            ErrorCode::Invalid);
        return run;
    }
    result.status = run.target->check(snap.bytes);
    if (result.status)
        result.status = run.target->prepare();
    if (!result.status)
        return run;
    ExportSummary &summary = result.summary = summaryOf(snap, request, *run.target);
    DeidSettings settings = snap.settings;
    settings.outputDir = run.target->stagingFolder();
    RiskRecords risk;
    for (int n = 0; n < snap.items.size(); ++n) {
        if (job.isCancelled()) {
            result.status = failure(QStringLiteral("cancelled"), ErrorCode::Cancelled);
            return run;
        }
        job.setProgress(n, snap.items.size(), QStringLiteral("Exporting"));
        exportOne(snap.items[n], settings, summary, risk);
    }
    summary.risk = analyseRisk(risk);
    if (!summary.items.isEmpty())
        result.status = stagePackage(request, *run.target, result, job, &run.sentTo);
    return run;
}

ExportResult finishExport(Project &project, ExportRun run)
{
    ExportResult &result = run.result;
    const ExportSummary &summary = result.summary;
    for (const ExportRefusal &f : summary.failedChecks)
        project.setStatus(f.instanceId, ReviewStatus::Flagged, QStringLiteral("export check: %1").arg(f.reason));
    if (result.status && summary.items.isEmpty()) { // nothing passed the last check: no package, no record
        result.status = failure(QStringLiteral("nothing was exported: all %1 approved image(s) failed the last check "
                                               "and went back to review (flagged)")
                                    .arg(summary.failedChecks.size()));
        project.auditExportFailure(
            QStringLiteral("%1 (%2)").arg(result.status.message(), failureList(summary.failedChecks)));
    }
    if (result.status)
        result.status = publishAndRecord(project, *run.target, result, run.sentTo);
    if (!result.status && run.target) // discard() leaves an unprepared target alone
        run.target->discard();
    return result;
}

ExportResult exportShare(Project &project, const ExportRequest &request, JobContext &job)
{
    const Result<ExportSnapshot> snap = snapshotForExport(project, request);
    if (!snap) {
        ExportResult result;
        result.status = snap.error();
        return result;
    }
    return finishExport(project, stageExport(*snap, request, job));
}

} // namespace veil
