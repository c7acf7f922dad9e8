#include "app/cli/CliCommon.h"

#include "engine/dicom/DicomFile.h"
#include "engine/jobs/JobContext.h"
#include "engine/pixel/BurnedText.h"
#include "widgets/models/FrameImage.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>

namespace veil::cli {
namespace {

QJsonObject boxJson(const TextBox &b)
{
    return QJsonObject{{QStringLiteral("x"), b.box.x()},
                       {QStringLiteral("y"), b.box.y()},
                       {QStringLiteral("width"), b.box.width()},
                       {QStringLiteral("height"), b.box.height()},
                       {QStringLiteral("frame"), b.frame},
                       {QStringLiteral("text"), b.text},
                       {QStringLiteral("confidence"), b.confidence},
                       {QStringLiteral("class"), textClassName(b.cls)},
                       {QStringLiteral("why"), b.why},
                       {QStringLiteral("detector"), b.detector}};
}

// The first frame with every box drawn: red PHI, yellow unknown, green not PHI.
bool writeOverlay(DicomFile &file, const TextScan &scan, const QString &path)
{
    const Result<DisplayFrame> frame = file.renderFrame(0);
    if (!frame)
        return false;
    QImage image = toQImage(*frame).convertToFormat(QImage::Format_RGB32);
    QPainter p(&image);
    p.setPen(QPen(QColor(80, 140, 255), 1, Qt::DotLine));
    for (const QRect &r : scan.regions)
        p.drawRect(r.adjusted(-1, -1, 1, 1));
    for (const TextBox &b : scan.boxes) {
        const QColor c = b.cls == TextClass::Phi ? Qt::red : (b.cls == TextClass::Unknown ? Qt::yellow : Qt::green);
        p.setPen(QPen(c, 1));
        p.drawRect(b.box);
    }
    p.end();
    return image.save(path, "PNG");
}

} // namespace

int runOcr(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Finds and reads the text burned into an image's pixels and classes "
                       "each box as PHI, not PHI or unknown, with the reason."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), QStringLiteral("One JSON object with every box.")});
    parser.addOption({QStringLiteral("overlay"), QStringLiteral("Also write the first frame with the boxes drawn."),
                      QStringLiteral("PNG")});
    addOcrLanguagesOption(parser);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("DICOM file."), QStringLiteral("FILE"));
    if (const int rc = parseArgs(parser, args); rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1)
        return usageError(parser, QStringLiteral("give one DICOM file"));
    if (!applyOcrLanguages(parser))
        return ExitUsage;
    const QString path = parser.positionalArguments().first();
    Result<std::unique_ptr<DicomFile>> opened = DicomFile::open({path, {}});
    if (!opened) {
        err() << "veil-cli ocr: " << path << ": " << opened.message() << '\n';
        return 1;
    }
    const std::unique_ptr<DicomFile> file = std::move(opened).value();
    const PhiMatcher matcher(file->identityValues());
    const Result<TextScan> scanned = scanBurnedText(*file, matcher, JobContext::none());
    if (!scanned) {
        err() << "veil-cli ocr: " << path << ": " << scanned.message() << '\n';
        return 1;
    }
    const TextScan &scan = *scanned;
    if (parser.isSet(QStringLiteral("overlay")) && !writeOverlay(*file, scan, parser.value(QStringLiteral("overlay"))))
        err() << "veil-cli ocr: cannot write the overlay\n";
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray boxes;
        for (const TextBox &b : scan.boxes)
            boxes.append(boxJson(b));
        out() << QJsonDocument(QJsonObject{{QStringLiteral("boxes"), boxes},
                                           {QStringLiteral("frames"), scan.framesDecoded},
                                           {QStringLiteral("ocrCalls"), scan.ocrCalls},
                                           {QStringLiteral("milliseconds"), scan.milliseconds}})
                     .toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const TextBox &b : scan.boxes)
        out() << textClassName(b.cls) << '\t' << b.box.x() << ',' << b.box.y() << ' ' << b.box.width() << 'x'
              << b.box.height() << '\t' << b.text << '\t' << qRound(b.confidence) << '\t' << b.why << '\n';
    out() << "\n"
          << scan.boxes.size() << " boxes, " << scan.framesDecoded << " frames decoded, " << scan.ocrCalls
          << " OCR calls, " << qRound(scan.milliseconds) << " ms\n";
    return 0;
}

} // namespace veil::cli
