#include "export/ShareExport.h"

#include "dicom/DicomFile.h"
#include "dicom/QuasiIdentifiers.h"
#include "dicom/ZipArchive.h"
#include "export/ExportTarget.h"
#include "export/PackageFiles.h"
#include "jobs/JobContext.h"
#include "net/PacsClient.h"
#include "project/Project.h"

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

// The original identifiers the last check looks for in every written tag.
QStringList identifiersOf(const IdentityValues &v, const DeidOptions &options)
{
    QStringList out;
    for (const auto &n : v.names)
        for (const QString &part : QString(n.text).replace(QLatin1Char('^'), QLatin1Char(' ')).split(QLatin1Char(' ')))
            if (part.trimmed().size() >= 4)
                out << part.trimmed();
    for (const auto &i : v.ids)
        if (i.text.trimmed().size() >= 4)
            out << i.text.trimmed();
    if (!options.test(size_t(DeidOption::RetainLongitudinalFullDates)))
        for (const auto &d : v.dates)
            if (d.text.size() == 8)
                out << d.text;
    if (!options.test(size_t(DeidOption::RetainInstitutionIdentity)))
        for (const auto &p : v.phrases)
            if (p.text.trimmed().size() >= 6)
                out << p.text.trimmed();
    out.removeDuplicates();
    return out;
}

QString leakIn(const QString &path, const QStringList &identifiers)
{
    for (const QString &text : headerTexts(path))
        for (const QString &id : identifiers)
            if (text.contains(id, Qt::CaseInsensitive))
                return QStringLiteral("an original identifier is still in a tag");
    return {};
}

bool checkRequest(const ExportRequest &r, QString *error)
{
    if (r.target.isEmpty() && !r.to)
        *error = QStringLiteral("no target given");
    else if (r.allowUnreviewed && r.overrideReason.trimmed().isEmpty())
        *error = QStringLiteral("exporting unreviewed images needs a reason (--reason)");
    PacsNode node;
    if (error->isEmpty() && !r.sendTo.isEmpty()) {
        if (!parsePacsUrl(r.sendTo, &node, error))
            return false;
        if (const NetResult answer = echo(node); !answer.ok)
            *error = QStringLiteral("the PACS to send to does not answer: %1").arg(answer.error);
    }
    return error->isEmpty();
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
    settings.masks = [enabled](int frame) {
        QList<QRect> out;
        for (const ProjectMask &m : enabled)
            if (m.frame < 0 || m.frame == frame)
                out << m.box;
        return out;
    };
    // Re-OCR for header values wherever text was found or masked (also text a reviewer chose to keep).
    settings.verify = !enabled.isEmpty() || !project.findings(inst.id).isEmpty();
    const DeidOutcome outcome = deidentifyInstance(inst.source, settings);
    QString problem = outcome.ok
                          ? leakIn(outcome.outputPath, identifiersOf(project.identity(inst.id), settings.options))
                          : outcome.error;
    if (outcome.ok && !problem.isEmpty())
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
    if (!checkRequest(request, &result.error))
        return result;
    const std::shared_ptr<ExportTarget> target = request.to ? request.to : ExportTarget::forPath(request.target);
    QList<qint64> all;
    for (const ProjectInstance &i : project.instances())
        all << i.id;
    const ExportGate gate = project.gateExport(all, request.allowUnreviewed, request.overrideReason);
    ExportSummary &summary = result.summary;
    summary.refused = gate.refused;
    if (gate.allowed.isEmpty()) {
        result.error =
            QStringLiteral("nothing may be exported: no image is approved (%1 refused)").arg(gate.refused.size());
        return result;
    }
    if (!target->check(bytesOf(project, gate.allowed), &result.error) || !target->prepare(&result.error))
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
            result.error = QStringLiteral("cancelled");
            return result;
        }
        job.setProgress(n, gate.allowed.size(), QStringLiteral("Exporting"));
        ProjectInstance inst;
        if (project.instance(gate.allowed[n], &inst))
            exportOne(project, inst, settings, summary, risk);
    }
    summary.risk = analyseRisk(risk);
    if (!finishPackage(project, request, *target, result, job)) {
        target->discard();
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace veil
