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

qint64 bytesOf(Project &project, const QList<qint64> &ids)
{
    qint64 bytes = 0;
    for (qint64 id : ids) {
        ProjectInstance i;
        if (project.instance(id, &i))
            bytes += i.size;
    }
    return bytes;
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
bool exportOne(Project &project, const ProjectInstance &inst, DeidSettings settings, ExportSummary &summary,
               RiskRecords &risk)
{
    const QList<ProjectMask> masks = project.masks(inst.id);
    QList<ProjectMask> enabled;
    for (const ProjectMask &m : masks)
        if (m.enabled)
            enabled << m;
    settings.masks = [masks](int frame) { return burnedRects(masks, frame); };
    // Re-OCR for header values wherever text was found or masked (also text a reviewer chose to keep).
    settings.verify = !enabled.isEmpty() || !project.findings(inst.id).isEmpty();
    const Result<DeidOutcome> deidentified = deidentifyInstance(inst.source, settings);
    const DeidOutcome outcome = deidentified.valueOr({});
    QString problem = deidentified ? LeakCheck(project.identity(inst.id), replacedUidsOf(inst.source), settings.options)
                                         .problemIn(outcome.outputPath)
                                   : deidentified.message();
    if (deidentified && !problem.isEmpty())
        QFile::remove(outcome.outputPath);
    if (!problem.isEmpty()) {
        summary.failedChecks << ExportRefusal{inst.id, problem};
        project.setStatus(inst.id, ReviewStatus::Flagged, QStringLiteral("export check: %1").arg(problem));
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
                      inst.statusAt};
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

ExportResult exportShare(Project &project, const ExportRequest &request, JobContext &job)
{
    ExportResult result;
    if (Status checked = checkRequest(request); !checked) {
        result.status = checked;
        return result;
    }
    const std::shared_ptr<ExportTarget> target = request.to ? request.to : ExportTarget::forPath(request.target);
    QList<qint64> all;
    for (const ProjectInstance &i : project.instances())
        all << i.id;
    const ExportGate gate = project.gateExport(all, request.allowUnreviewed, request.overrideReason);
    ExportSummary &summary = result.summary;
    summary.refused = gate.refused;
    if (gate.allowed.isEmpty()) {
        result.status = failure(
            QStringLiteral("nothing may be exported: no image is approved (%1 refused)").arg(gate.refused.size()),
            ErrorCode::Invalid);
        return result;
    }
    result.status = target->check(bytesOf(project, gate.allowed));
    if (result.status)
        result.status = target->prepare();
    if (!result.status)
        return result;
    DeidSettings settings = project.deidSettings(); // read once, not per image
    settings.outputDir = target->stagingFolder();
    summary.packageName = target->packageName();
    summary.at = QDateTime::currentDateTimeUtc();
    const ProjectProfile profile = project.profile();
    summary.profileName = profile.name.isEmpty() ? QStringLiteral("DICOM PS3.15 Basic Profile") : profile.name;
    for (int o = 0; o < int(DeidOption::Count); ++o)
        if (settings.options.test(size_t(o)))
            summary.options << optionName(DeidOption(o));
    summary.licence = request.licence;
    summary.record.recipient = request.recipient;
    summary.record.purpose = request.purpose;
    summary.record.agreement = request.agreement;
    summary.record.checklist = request.checklist;
    summary.record.overrideReason = request.allowUnreviewed ? request.overrideReason : QString();
    RiskRecords risk;
    for (int n = 0; n < gate.allowed.size(); ++n) {
        if (job.isCancelled()) {
            target->discard();
            result.status = failure(QStringLiteral("cancelled"), ErrorCode::Cancelled);
            return result;
        }
        job.setProgress(n, gate.allowed.size(), QStringLiteral("Exporting"));
        ProjectInstance inst;
        if (project.instance(gate.allowed[n], &inst))
            exportOne(project, inst, settings, summary, risk);
    }
    summary.risk = analyseRisk(risk);
    if (summary.items.isEmpty()) { // nothing passed the last check: no package, no record
        target->discard();
        result.status = failure(QStringLiteral("nothing was exported: all %1 approved image(s) failed the last check "
                                               "and went back to review (flagged)")
                                    .arg(summary.failedChecks.size()));
        project.auditExportFailure(
            QStringLiteral("%1 (%2)").arg(result.status.message(), failureList(summary.failedChecks)));
        return result;
    }
    result.status = finishPackage(project, request, *target, result, job);
    if (!result.status)
        target->discard();
    return result;
}

} // namespace veil
