#include "MainWindow.h"
#include "ProcessSetup.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char **argv)
{
    veil::ensureSingleThreadedOpenMp(argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Veil"));
    QApplication::setOrganizationName(QStringLiteral("Veil"));
    QApplication::setApplicationVersion(QStringLiteral(VEIL_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Veil: review and de-identify DICOM studies."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QStringLiteral("Files, folders, DICOMDIRs or zip archives to open."),
                                 QStringLiteral("[PATH...]"));
    parser.process(app);
    veil::MainWindow window;
    window.show();
    window.openPaths(parser.positionalArguments());
    return app.exec();
}
