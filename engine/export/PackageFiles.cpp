#include "engine/export/PackageFiles.h"

#include "engine/dicom/DicomDirWriter.h"
#include "engine/dicom/DicomFile.h"
#include "engine/export/ExportTarget.h"
#include "engine/jobs/JobContext.h"
#include "engine/net/PacsClient.h"
#include "engine/project/Project.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

namespace veil {
namespace {

DisplayFrame shrink(const DisplayFrame &f, int maxSide)
{
    if (f.isNull())
        return f;
    const int step = std::max(1, (std::max(f.width, f.height) + maxSide - 1) / maxSide);
    DisplayFrame out;
    out.width = f.width / step;
    out.height = f.height / step;
    out.channels = f.channels;
    out.pixels.resize(qsizetype(out.width) * out.height * out.channels);
    // Each thumbnail pixel is the mean of the step x step block it stands for
    // (picking one pixel of the block made text and speckle look jagged).
    QList<int> sums(qsizetype(out.width) * out.channels);
    for (int y = 0; y < out.height; ++y) {
        std::fill(sums.begin(), sums.end(), 0);
        for (int sy = y * step; sy < (y + 1) * step; ++sy) {
            const uchar *row =
                reinterpret_cast<const uchar *>(f.pixels.constData()) + qsizetype(sy) * f.width * f.channels;
            for (int x = 0; x < out.width * step; ++x)
                for (int c = 0; c < f.channels; ++c)
                    sums[(x / step) * f.channels + c] += row[x * f.channels + c];
        }
        for (qsizetype i = 0; i < sums.size(); ++i)
            out.pixels[qsizetype(y) * out.width * out.channels + i] = char(sums[i] / (step * step));
    }
    return out;
}

void paintBox(DisplayFrame &f, const QRect &r, bool fill)
{
    const QRect box = r.intersected(QRect(0, 0, f.width, f.height));
    const uchar outline[3] = {235, 60, 60};
    for (int y = box.top(); y <= box.bottom(); ++y)
        for (int x = box.left(); x <= box.right(); ++x) {
            const bool edge = y - box.top() < 2 || box.bottom() - y < 2 || x - box.left() < 2 || box.right() - x < 2;
            if (!edge && !fill)
                continue;
            for (int c = 0; c < f.channels; ++c)
                f.pixels[(qsizetype(y) * f.width + x) * f.channels + c] =
                    char(edge ? outline[f.channels == 3 ? c : 0] : 0);
        }
}

bool writeText(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit();
}

QByteArray manifestCsv(const ExportSummary &s)
{
    QByteArray csv = "patient,study,series,instance,modality,sop_class,file,sha256\n";
    for (const ExportedItem &i : s.items)
        csv += QStringList{i.patient, i.study, i.series, i.sop, i.modality, i.sopClass, i.path, i.sha256}
                   .join(QLatin1Char(','))
                   .toUtf8() +
               '\n';
    return csv;
}

QByteArray manifestJson(const ExportSummary &s)
{
    QJsonArray files;
    for (const ExportedItem &i : s.items)
        files << QJsonObject{{QStringLiteral("patient"), i.patient},   {QStringLiteral("study"), i.study},
                             {QStringLiteral("series"), i.series},     {QStringLiteral("instance"), i.sop},
                             {QStringLiteral("modality"), i.modality}, {QStringLiteral("sopClass"), i.sopClass},
                             {QStringLiteral("file"), i.path},         {QStringLiteral("sha256"), i.sha256}};
    return QJsonDocument(QJsonObject{{QStringLiteral("package"), s.packageName},
                                     {QStringLiteral("created"), s.at.toString(Qt::ISODate)},
                                     {QStringLiteral("decisionsAsOf"), s.decisionsAt.toString(Qt::ISODate)},
                                     {QStringLiteral("profile"), s.profileName},
                                     {QStringLiteral("options"), QJsonArray::fromStringList(s.options)},
                                     {QStringLiteral("files"), files}})
        .toJson(QJsonDocument::Indented);
}

QStringList filesUnder(const QString &folder)
{
    QStringList out;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(folder).relativeFilePath(it.next());
    out.sort();
    return out;
}

// Files renamed to DICOM file IDs (P/S/E/I, 8 characters each) and a
// DICOMDIR over them, for media and viewers that want one.
Status layoutForDicomDir(ExportSummary &s, const QString &staging)
{
    QHash<QString, int> patients, studies, series;
    QHash<QString, int> studyOf, seriesOf, instanceOf; // per parent: next number
    QStringList ids;
    QSet<QString> tops;
    for (ExportedItem &i : s.items) {
        const int p =
            patients.contains(i.patient) ? patients[i.patient] : (patients[i.patient] = int(patients.size()) + 1);
        const QString studyKey = i.patient + i.study, seriesKey = studyKey + i.series;
        const int st = studies.contains(studyKey) ? studies[studyKey] : (studies[studyKey] = ++studyOf[i.patient]);
        const int se = series.contains(seriesKey) ? series[seriesKey] : (series[seriesKey] = ++seriesOf[studyKey]);
        const int in = ++instanceOf[seriesKey];
        const QString id = dicomDirFileId(p, st, se, in);
        tops.insert(i.path.section(QLatin1Char('/'), 0, 0));
        if (!QDir().mkpath(QFileInfo(staging + QLatin1Char('/') + id).absolutePath()) ||
            !QFile::rename(staging + QLatin1Char('/') + i.path, staging + QLatin1Char('/') + id))
            return failure(QStringLiteral("cannot lay the files out for a DICOMDIR"), ErrorCode::Io);
        i.path = id;
        ids << id;
    }
    for (const QString &top : tops)
        QDir(staging + QLatin1Char('/') + top).removeRecursively(); // empty now
    return writeDicomDir(staging, ids);
}

} // namespace

void makeThumbnails(const InputItem &original, const QString &output, const QList<ProjectMask> &masks,
                    DisplayFrame &before, DisplayFrame &after)
{
    const std::unique_ptr<DicomFile> in = DicomFile::open(original).valueOr(nullptr);
    const std::unique_ptr<DicomFile> out = DicomFile::open({output, {}}).valueOr(nullptr);
    if (!in || !out)
        return;
    DisplayFrame a = in->renderFrame(0).valueOr({}), b = out->renderFrame(0).valueOr({});
    if (a.isNull() || b.isNull())
        return;
    for (const ProjectMask &m : masks)
        if (m.frame <= 0)
            paintBox(a, m.box, true); // the "before" never shows the text it hides
    before = shrink(a, 192);
    after = shrink(b, 192);
}

QString licenceText(const ExportSummary &s, const std::function<QString(const char *)> &translate)
{
    // The sources are English; the GUI passes their translation into the
    // language chosen for the report (the CLI writes English).
    const auto text = [&translate](const char *source) {
        return translate ? translate(source) : QString::fromUtf8(source);
    };
    const QString who =
        s.record.recipient.isEmpty() ? text(QT_TRANSLATE_NOOP("ExportReport", "the recipient")) : s.record.recipient;
    const QString what =
        s.record.purpose.isEmpty() ? text(QT_TRANSLATE_NOOP("ExportReport", "the purpose agreed")) : s.record.purpose;
    if (s.licence == QLatin1String("cc-by-4.0") || s.licence == QLatin1String("cc-by-nc-4.0"))
        return text(
                   QT_TRANSLATE_NOOP("ExportReport",
                                     "%1\n\nThe de-identified images in this package (%2) are made available under "
                                     "the Creative Commons %3 licence: https://creativecommons.org/licenses/%4/4.0/\n\n"
                                     "Shared with %5 for %6. Any attempt to re-identify a person in these images is "
                                     "forbidden.\n"))
            .arg(s.packageName, s.at.toString(Qt::ISODate),
                 s.licence == QLatin1String("cc-by-4.0")
                     ? QStringLiteral("Attribution 4.0 International")
                     : QStringLiteral("Attribution-NonCommercial 4.0 International"),
                 s.licence == QLatin1String("cc-by-4.0") ? QStringLiteral("by") : QStringLiteral("by-nc"), who, what);
    return text(QT_TRANSLATE_NOOP("ExportReport",
                                  "DATA USE AGREEMENT\n\nPackage: %1 (%2)\nRecipient: %3\nPurpose: %4\n"
                                  "Agreement reference: %5\n\n"
                                  "1. The recipient uses the data only for the purpose above.\n"
                                  "2. The recipient makes no attempt to identify any person, and does not link the "
                                  "data with other data in a way that could identify a person.\n"
                                  "3. The data stay with the recipient; access is limited to people bound by this "
                                  "agreement.\n"
                                  "4. If a person is found to be identifiable, the recipient stops using the data "
                                  "and tells the provider at once.\n"
                                  "5. The data are deleted when the purpose is fulfilled or at the provider's "
                                  "request (for instance after a patient withdraws).\n"))
        .arg(s.packageName, s.at.toString(Qt::ISODate), who, what,
             s.record.agreement.isEmpty() ? text(QT_TRANSLATE_NOOP("ExportReport", "(none given)"))
                                          : s.record.agreement);
}

namespace {

// The checked DICOM files of the package to a PACS; what the record says of it.
QString sendToPacs(const QString &url, const QString &staging, const QList<ExportedItem> &items, ExportResult &result,
                   JobContext &job)
{
    const Result<PacsNode> parsed = parsePacsUrl(url);
    if (!parsed) { // checked before the export began
        result.sendError = parsed.message();
        return {};
    }
    const PacsNode &node = *parsed;
    QStringList files;
    for (const ExportedItem &i : items)
        files << staging + QLatin1Char('/') + i.path;
    const NetResult sent = storeFiles(node, files, job); // a cancel stops it; what went is recorded
    result.sent = sent.done;
    result.sendError = sent.status.message();
    return QStringLiteral(" and %1@%2:%3 (%4 of %5 instances sent)")
        .arg(node.calledAeTitle, node.host)
        .arg(node.port)
        .arg(sent.done)
        .arg(files.size());
}

} // namespace

Status stagePackage(const ExportRequest &request, ExportTarget &target, ExportResult &result, JobContext &job,
                    QString *sentTo)
{
    const QString staging = target.stagingFolder();
    ExportSummary &s = result.summary;
    const QString licenceFile =
        s.licence == QLatin1String("dua") ? QStringLiteral("DATA_USE_AGREEMENT.txt") : QStringLiteral("LICENSE.txt");
    if (request.dicomDir)
        if (Status laidOut = layoutForDicomDir(s, staging); !laidOut)
            return laidOut;
    if (!writeText(staging + QStringLiteral("/manifest.csv"), manifestCsv(s)) ||
        !writeText(staging + QStringLiteral("/manifest.json"), manifestJson(s)) ||
        (s.licence != QLatin1String("none") &&
         !writeText(staging + QLatin1Char('/') + licenceFile, licenceText(s, request.translate).toUtf8())))
        return failure(QStringLiteral("cannot write the manifest"), ErrorCode::Io);
    if (request.writeReport)
        if (Status written = request.writeReport(s, staging); !written)
            return written;
    if (!request.sendTo.isEmpty())
        *sentTo = sendToPacs(request.sendTo, staging, s.items, result, job);
    return {};
}

Status publishAndRecord(Project &project, ExportTarget &target, ExportResult &result, const QString &sentTo)
{
    // The package appears under its name only now, complete.
    if (Status published = target.publish(filesUnder(target.stagingFolder())); !published)
        return published;
    const ExportSummary &s = result.summary;
    ExportRecord record = s.record;
    record.target = target.location() + sentTo;
    for (const ExportedItem &i : s.items)
        record.items << ExportRecord::Item{i.instanceId, i.path, i.sha256};
    result.recordId = project.recordExport(record);
    if (result.recordId <= 0)
        return failure(QStringLiteral("the package was written to %1 but cannot be recorded in the project: %2")
                           .arg(target.location(), project.lastError()),
                       ErrorCode::Io);
    return {};
}

} // namespace veil
