// veil-cli export PROJECT --to DIR|FILE.zip [...]
#include "app/cli/CliCommon.h"

#include "engine/export/ExportTarget.h"
#include "engine/export/ShareExport.h"
#include "engine/jobs/JobContext.h"
#include "engine/project/Project.h"
#include "widgets/models/ExportReport.h"

#include <QCommandLineParser>

#include <algorithm>

namespace veil::cli {

namespace {

SharingChecklist checklistFrom(const QStringList &answers, QStringList *unknown)
{
    SharingChecklist c;
    for (const QString &a : answers) {
        if (a == QLatin1String("low-risk"))
            c.lowRiskEvenCombined = true;
        else if (a == QLatin1String("access-controlled"))
            c.accessControlled = true;
        else if (a == QLatin1String("no-incentive"))
            c.noIncentive = true;
        else if (a == QLatin1String("healthcare"))
            c.healthcarePurpose = true;
        else if (a == QLatin1String("societal-benefit"))
            c.societalBenefit = true;
        else
            *unknown << a;
    }
    return c;
}

void printRisk(const RiskFigures &r)
{
    out() << "re-identification risk: " << r.records << " patient record(s) over "
          << (r.quasiIdentifiers.isEmpty() ? QStringLiteral("no quasi-identifier")
                                           : r.quasiIdentifiers.join(QStringLiteral(", ")))
          << "; smallest k = " << r.smallestK << '\n';
    for (const auto &rec : r.atRisk)
        out() << "  k = " << rec.k << ": " << rec.pseudonym << '\n';
    for (const RiskFigures::Advice &a : r.advice)
        out() << "  advice: " << adviceText(a) << '\n';
}

} // namespace

namespace {

void addExportOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Exports the approved images of a project as a share package: de-identified DICOM files, manifest.csv/json, "
        "REPORT.html/pdf, the licence or data-use agreement. Written beside the target and moved into place at the "
        "end; never over an existing target."));
    parser.addHelpOption();
    addPassphraseOption(parser);
    parser.addOption(
        {QStringLiteral("to"), QStringLiteral("A new folder, or a new .zip file."), QStringLiteral("TARGET")});
    parser.addOption({QStringLiteral("allow-unreviewed"), QStringLiteral("Include auto-cleaned images nobody reviewed "
                                                                         "(needs --reason; audited).")});
    parser.addOption(
        {QStringLiteral("reason"), QStringLiteral("Why unreviewed images may go."), QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("recipient"), QStringLiteral("Who receives the package."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("purpose"), QStringLiteral("What it is for."), QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("agreement"), QStringLiteral("Data-use agreement reference."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("licence"), QStringLiteral("dua (default), cc-by-4.0, cc-by-nc-4.0 or none."),
                      QStringLiteral("NAME"), QStringLiteral("dua")});
    parser.addOption(
        {QStringLiteral("dicomdir"),
         QStringLiteral("Name the files as DICOM file IDs (DICOM/P.../S.../E.../I...) and add a DICOMDIR.")});
    parser.addOption({QStringLiteral("send"),
                      QStringLiteral("Also send the package's DICOM files to a PACS (C-STORE), after every check."),
                      QStringLiteral("dicom://AE@host:port")});
    parser.addOption({QStringLiteral("checklist"),
                      QStringLiteral("Checklist answers that hold, comma-separated: low-risk, access-controlled, "
                                     "no-incentive, healthcare, societal-benefit."),
                      QStringLiteral("LIST")});
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project file."));
}

// The request the command line asks for; empty `problem` when it is whole.
ExportRequest exportRequestFrom(const QCommandLineParser &parser, QString *problem)
{
    QStringList unknown;
    ExportRequest request;
    request.target = parser.value(QStringLiteral("to"));
    request.allowUnreviewed = parser.isSet(QStringLiteral("allow-unreviewed"));
    request.overrideReason = parser.value(QStringLiteral("reason"));
    request.recipient = parser.value(QStringLiteral("recipient"));
    request.purpose = parser.value(QStringLiteral("purpose"));
    request.agreement = parser.value(QStringLiteral("agreement"));
    request.licence = parser.value(QStringLiteral("licence"));
    request.checklist =
        checklistFrom(parser.value(QStringLiteral("checklist")).split(QLatin1Char(','), Qt::SkipEmptyParts), &unknown);
    request.writeReport = writeExportReport;
    request.dicomDir = parser.isSet(QStringLiteral("dicomdir"));
    request.sendTo = parser.value(QStringLiteral("send"));
    const QStringList licences{QStringLiteral("dua"), QStringLiteral("cc-by-4.0"), QStringLiteral("cc-by-nc-4.0"),
                               QStringLiteral("none")};
    if (parser.positionalArguments().size() != 1)
        *problem = QStringLiteral("give one project file");
    else if (request.target.isEmpty())
        *problem = QStringLiteral("--to DIR or --to FILE.zip is needed");
    else if (!unknown.isEmpty())
        *problem = QStringLiteral("unknown checklist answer '%1' (low-risk, access-controlled, no-incentive, "
                                  "healthcare, societal-benefit)")
                       .arg(unknown.join(QStringLiteral("', '")));
    else if (!licences.contains(request.licence))
        *problem =
            QStringLiteral("unknown licence '%1' (%2)").arg(request.licence, licences.join(QStringLiteral(", ")));
    else if (request.allowUnreviewed && request.overrideReason.trimmed().isEmpty())
        *problem = QStringLiteral("--allow-unreviewed needs --reason TEXT (it is audited)");
    return request;
}

int exportSummary(const ExportRequest &request, const ExportResult &result)
{
    for (const ExportRefusal &r : result.summary.refused)
        out() << "refused: instance " << r.instanceId << ": " << r.reason << '\n';
    for (const ExportRefusal &r : result.summary.failedChecks)
        out() << "failed the last check, sent back to review: instance " << r.instanceId << ": " << r.reason << '\n';
    if (!result.status) {
        err() << "veil-cli export: " << result.status.message() << '\n';
        return ExitFailures;
    }
    printRisk(result.summary.risk);
    out() << "exported " << result.summary.items.size() << " instance(s) to " << request.target << " (export "
          << result.recordId << "); " << result.summary.refused.size() << " refused, "
          << result.summary.failedChecks.size() << " failed the last check\n";
    int rc = ExitOk;
    if (!result.summary.failedChecks.isEmpty()) {
        err() << "veil-cli export: " << result.summary.failedChecks.size()
              << " approved image(s) failed the last check and are not in the package (flagged for review; "
                 "see above)\n";
        rc = ExitFailures;
    }
    if (request.sendTo.isEmpty())
        return rc;
    out() << "sent " << result.sent << " of " << result.summary.items.size() << " instance(s) to the PACS\n";
    if (!result.sendError.isEmpty()) {
        err() << "veil-cli export: the package is written and recorded, but not every instance reached the PACS: "
              << result.sendError << '\n';
        rc = ExitFailures;
    }
    return rc;
}

} // namespace

// parse -> request -> run -> summary
int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    addExportOptions(parser);
    if (const int rc = parseArgs(parser, args); rc >= 0)
        return rc;
    QString problem;
    const ExportRequest request = exportRequestFrom(parser, &problem);
    if (!problem.isEmpty())
        return usageError(parser, problem);
    auto project = openProject(parser, parser.positionalArguments().first());
    if (!project)
        return ExitProject;
    JobContext job([](qint64 done, qint64 total, const QString &) {
        err() << "\rexporting " << done + 1 << '/' << total << Qt::flush;
    });
    const Result<ExportSnapshot> snap = snapshotForExport(*project, request);
    if (!snap) {
        ExportResult failed;
        failed.status = snap.error();
        return exportSummary(request, failed);
    }
    // While the package is written from the snapshot, other processes may
    // open the project (review goes on); it is taken back to record the export.
    project->suspend();
    ExportRun run = stageExport(*snap, request, job);
    err() << '\n';
    if (const Status back = project->resume(std::max(waitSeconds(parser), 600)); !back) {
        if (run.target)
            run.target->discard();
        err() << "veil-cli export: " << back.message() << "; nothing was exported\n";
        return ExitProject;
    }
    return exportSummary(request, finishExport(*project, std::move(run)));
}

} // namespace veil::cli
