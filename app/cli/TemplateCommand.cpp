#include "app/cli/CliCommon.h"

#include "engine/dicom/DicomFile.h"
#include "engine/pixel/DeviceTemplates.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace veil::cli {

// veil-cli template add TEMPLATES --from DICOM --mask x,y,w,h [--mask ...] [--name NAME]
int runTemplate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Saves a mask set for the device that made an image: every image with the "
                       "same signature (manufacturer, model, size, SOP class, photometric) gets "
                       "these masks in deid, on top of what OCR finds, and its safe words stay readable."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("from"), QStringLiteral("A DICOM image of the device."), QStringLiteral("DICOM")});
    parser.addOption(
        {QStringLiteral("mask"), QStringLiteral("A rectangle x,y,width,height (repeatable)."), QStringLiteral("RECT")});
    parser.addOption({QStringLiteral("name"), QStringLiteral("A name for the template."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("safe"),
                      QStringLiteral("A word this device prints that may stay in the pixels (repeatable)."),
                      QStringLiteral("WORD")});
    parser.addPositionalArgument(QStringLiteral("add"), QStringLiteral("The action (add)."), QStringLiteral("add"));
    parser.addPositionalArgument(QStringLiteral("templates"),
                                 QStringLiteral("Templates file (JSON), created if missing."),
                                 QStringLiteral("TEMPLATES"));
    if (const int rc = parseArgs(parser, args); rc >= 0)
        return rc;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2 || pos[0] != QLatin1String("add"))
        return usageError(parser, QStringLiteral("the form is: template add TEMPLATES --from DICOM --mask x,y,w,h"));
    if (!parser.isSet(QStringLiteral("from")) ||
        (!parser.isSet(QStringLiteral("mask")) && !parser.isSet(QStringLiteral("safe"))))
        return usageError(parser,
                          QStringLiteral("--from DICOM and at least one --mask x,y,w,h or --safe WORD are needed"));
    const Result<std::unique_ptr<DicomFile>> opened = DicomFile::open({parser.value(QStringLiteral("from")), {}});
    if (!opened) {
        err() << "veil-cli template: cannot read " << parser.value(QStringLiteral("from")) << ": " << opened.message()
              << '\n';
        return 1;
    }
    DeviceTemplate t{parser.value(QStringLiteral("name")),
                     DeviceSignature::of((*opened)->info()),
                     {},
                     parser.values(QStringLiteral("safe"))};
    if (t.name.isEmpty())
        t.name = QStringLiteral("%1 %2 %3x%4")
                     .arg(t.match.manufacturer, t.match.model)
                     .arg(t.match.columns)
                     .arg(t.match.rows)
                     .simplified();
    for (const QString &m : parser.values(QStringLiteral("mask"))) {
        const QStringList v = m.split(QLatin1Char(','));
        const QRect r = v.size() == 4 ? QRect(v[0].toInt(), v[1].toInt(), v[2].toInt(), v[3].toInt()) : QRect();
        if (r.width() <= 0 || r.height() <= 0 || r.x() < 0 || r.y() < 0) {
            err() << "veil-cli template: bad --mask '" << m << "' (x,y,width,height)\n";
            return 2;
        }
        t.masks << r;
    }
    const QString path = pos[1];
    QStringList errors;
    DeviceTemplates templates = QFileInfo::exists(path) ? DeviceTemplates::load(path, &errors) : DeviceTemplates();
    for (const QString &e : errors)
        err() << path << ": " << e << '\n';
    if (!errors.isEmpty())
        return 2;
    templates.add(t);
    if (const Status saved = templates.save(path); !saved) {
        err() << "veil-cli template: " << saved.message() << '\n';
        return 1;
    }
    out() << "saved template '" << t.name << "' (" << t.masks.size() << " masks, " << t.safeWords.size()
          << " safe words) to " << path << '\n';
    return 0;
}

} // namespace veil::cli
