#include "app/cli/CliCommon.h"

#include "engine/dicom/input/IndexJob.h"
#include "engine/jobs/JobContext.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace veil::cli {
namespace {

QJsonObject instanceJson(const InstanceInfo &i)
{
    return QJsonObject{
        {QStringLiteral("path"), i.source.displayPath()},
        {QStringLiteral("status"), QStringLiteral("ok")},
        {QStringLiteral("kind"), i.isDicomDir ? QStringLiteral("DICOMDIR") : QStringLiteral("instance")},
        {QStringLiteral("sopClassUid"), i.sopClassUid},
        {QStringLiteral("sopClass"), i.sopClassName},
        {QStringLiteral("modality"), i.modality},
        {QStringLiteral("transferSyntaxUid"), i.transferSyntaxUid},
        {QStringLiteral("transferSyntax"), i.transferSyntaxName},
        {QStringLiteral("rows"), i.rows},
        {QStringLiteral("columns"), i.columns},
        {QStringLiteral("frames"), i.frames},
        {QStringLiteral("samplesPerPixel"), i.samplesPerPixel},
        {QStringLiteral("photometric"), i.photometric},
        {QStringLiteral("bitsAllocated"), i.bitsAllocated},
        {QStringLiteral("bitsStored"), i.bitsStored},
        {QStringLiteral("pixelRepresentation"), i.pixelRepresentation},
        {QStringLiteral("burnedInAnnotation"), i.burnedInAnnotation},
    };
}

QString instanceLine(const InstanceInfo &i)
{
    const QString what =
        i.isDicomDir ? QStringLiteral("DICOMDIR") : (i.sopClassName.isEmpty() ? i.sopClassUid : i.sopClassName);
    const QString geometry =
        i.hasPixelData ? QStringLiteral("%1x%2x%3").arg(i.columns).arg(i.rows).arg(i.frames) : QStringLiteral("-");
    return QStringList{i.source.displayPath(),
                       QStringLiteral("ok"),
                       what,
                       i.modality.isEmpty() ? QStringLiteral("-") : i.modality,
                       i.transferSyntaxName,
                       geometry,
                       i.photometric.isEmpty() ? QStringLiteral("-") : i.photometric,
                       i.hasPixelData ? QStringLiteral("%1 bits").arg(i.bitsStored) : QStringLiteral("-")}
        .join(QLatin1Char('\t'));
}

void printEvent(const IndexEvent &e, bool json)
{
    if (e.kind == IndexEvent::Kind::Instance) {
        if (json)
            out() << QJsonDocument(instanceJson(*e.instance)).toJson(QJsonDocument::Compact) << '\n';
        else
            out() << instanceLine(*e.instance) << '\n';
        return;
    }
    const QString status = e.kind == IndexEvent::Kind::Skipped ? QStringLiteral("skipped") : QStringLiteral("error");
    if (json)
        out() << QJsonDocument(QJsonObject{{QStringLiteral("path"), e.path},
                                           {QStringLiteral("status"), status},
                                           {QStringLiteral("reason"), e.reason}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    else
        out() << e.path << '\t' << status << '\t' << e.reason << '\n';
}

void printSummary(const IndexResult &r, bool json)
{
    const QMap<QString, int> reasons = r.reasonCounts();
    if (json) {
        QJsonObject byReason;
        for (auto it = reasons.begin(); it != reasons.end(); ++it)
            byReason.insert(it.key(), it.value());
        out() << QJsonDocument(QJsonObject{{QStringLiteral("summary"),
                                            QJsonObject{{QStringLiteral("read"), int(r.instances.size())},
                                                        {QStringLiteral("skipped"), int(r.skipped.size())},
                                                        {QStringLiteral("failed"), int(r.failed.size())},
                                                        {QStringLiteral("cancelled"), r.cancelled},
                                                        {QStringLiteral("reasons"), byReason}}}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
        return;
    }
    out() << "\nSummary: " << r.instances.size() << " read, " << r.skipped.size() << " skipped, " << r.failed.size()
          << " failed\n";
    for (auto it = reasons.begin(); it != reasons.end(); ++it)
        out() << "  " << it.value() << " x " << it.key() << '\n';
}

} // namespace

int runInfo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Lists every DICOM instance found under the paths (files, folders, "
                                                    "DICOMDIR, zip), then a summary. Reads headers only."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("json"), QStringLiteral("One JSON object per line; the last line is the summary.")});
    parser.addPositionalArgument(QStringLiteral("paths"), QStringLiteral("Files, folders, DICOMDIRs or zip archives."),
                                 QStringLiteral("PATH..."));
    if (const int rc = parseArgs(parser, args); rc >= 0)
        return rc;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return usageError(parser, QStringLiteral("give the files or folders to read"));
    const bool json = parser.isSet(QStringLiteral("json"));
    const IndexResult result = indexInputs(paths, JobContext::none(), [&](const IndexEvent &e) {
        printEvent(e, json);
        out().flush();
    });
    printSummary(result, json);
    out().flush();
    return result.failed.isEmpty() ? 0 : 1;
}

} // namespace veil::cli
