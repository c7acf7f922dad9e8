#include "CliCommon.h"

#include "dicom/DemoStudy.h"

#include <QCommandLineParser>

namespace veil::cli {

int runMakeDemo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes the synthetic demo study (all identity in it is fake)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("Output folder."), QStringLiteral("DIR"));
    parser.process(args);
    if (parser.positionalArguments().size() != 1) {
        err() << parser.helpText();
        return 2;
    }
    const DemoStudyResult result = writeDemoStudy(parser.positionalArguments().first());
    if (!result.ok) {
        err() << "veil-cli make-demo: " << result.error << '\n';
        return 1;
    }
    out() << "wrote " << result.files.size() << " files to " << parser.positionalArguments().first() << '\n';
    return 0;
}

} // namespace veil::cli
