#include "app/cli/CliCommon.h"

#include "engine/dicom/DicomFile.h"
#include "widgets/models/FrameImage.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSaveFile>

namespace veil::cli {
namespace {

bool parseWindow(const QString &text, RenderOptions &options)
{
    const QStringList parts = text.split(QLatin1Char(','));
    bool okC = false, okW = false;
    if (parts.size() != 2)
        return false;
    options.windowCenter = parts[0].toDouble(&okC);
    options.windowWidth = parts[1].toDouble(&okW);
    return okC && okW && *options.windowWidth > 0;
}

// FILE may name a zip entry as archive.zip!/entry.
InputItem itemFor(const QString &path)
{
    const qsizetype bang = path.indexOf(QLatin1String("!/"));
    if (bang > 0 && !QFileInfo::exists(path))
        return {path.left(bang), path.mid(bang + 2)};
    return {path, {}};
}

} // namespace

int runRender(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Renders one frame as a viewer shows it (window applied, 8-bit grey or RGB) to PNG."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("frame"), QStringLiteral("Frame number, from 0."), QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption(
        {QStringLiteral("window"), QStringLiteral("Window centre and width, e.g. 40,400."), QStringLiteral("C,W")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("PNG file to write."), QStringLiteral("PNG")});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("DICOM file (or archive.zip!/entry)."),
                                 QStringLiteral("FILE"));
    if (const int rc = parseArgs(parser, args); rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1)
        return usageError(parser, QStringLiteral("give one DICOM file"));
    if (!parser.isSet(QStringLiteral("out")))
        return usageError(parser, QStringLiteral("--out PNG is needed"));
    bool frameOk = false;
    const int frame = parser.value(QStringLiteral("frame")).toInt(&frameOk);
    RenderOptions options;
    if (!frameOk || frame < 0 ||
        (parser.isSet(QStringLiteral("window")) && !parseWindow(parser.value(QStringLiteral("window")), options))) {
        return usageError(parser, QStringLiteral("bad --frame (a number from 0) or --window (centre,width)"));
    }
    const QString path = parser.positionalArguments().first();
    const Result<std::unique_ptr<DicomFile>> file = DicomFile::open(itemFor(path));
    const Result<DisplayFrame> frameRead = file ? (*file)->renderFrame(frame, options) : file.error();
    if (!frameRead) {
        err() << "veil-cli render: " << path << ": " << frameRead.message() << '\n';
        return 1;
    }
    const DisplayFrame &rendered = *frameRead;
    QSaveFile outFile(parser.value(QStringLiteral("out")));
    if (!outFile.open(QIODevice::WriteOnly) || !toQImage(rendered).save(&outFile, "PNG") || !outFile.commit()) {
        err() << "veil-cli render: cannot write " << parser.value(QStringLiteral("out")) << '\n';
        return 1;
    }
    out() << rendered.width << 'x' << rendered.height << (rendered.channels == 3 ? " RGB" : " grey") << " frame "
          << frame << " of " << (*file)->info().frames << '\n';
    return 0;
}

} // namespace veil::cli
