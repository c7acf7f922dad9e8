#include "app/cli/CliCommon.h"

#include "engine/dicom/demo/DemoStudy.h"

#include <QCommandLineParser>

namespace veil::cli {

int runMakeDemo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes the synthetic demo study (all identity in it is fake)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("Output folder."), QStringLiteral("DIR"));
    if (const int rc = parseArgs(parser, args); rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1)
        return usageError(parser, QStringLiteral("give one output folder"));
    const Result<QStringList> files = writeDemoStudy(parser.positionalArguments().first());
    if (!files) {
        err() << "veil-cli make-demo: " << files.message() << '\n';
        return 1;
    }
    out() << "wrote " << files->size() << " files to " << parser.positionalArguments().first() << '\n';
    return 0;
}

} // namespace veil::cli
