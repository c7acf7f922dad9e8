#include "MainWindow.h"
#include "ProcessSetup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char **argv)
{
    veil::ensureSingleThreadedOpenMp(argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Veil"));
    QApplication::setOrganizationName(QStringLiteral("Veil"));
    QApplication::setApplicationVersion(QStringLiteral(VEIL_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Veil: review and de-identify DICOM studies.\nThe passphrase of PROJECT is asked for, or taken from "
        "$VEIL_PASSPHRASE (for scripts)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("add"), QStringLiteral("Add these files or folders to the project."), QStringLiteral("PATH")});
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("A project file (*.veil) to open."),
                                 QStringLiteral("[PROJECT]"));
    parser.process(app);
    veil::MainWindow window;
    window.show();
    const QStringList pos = parser.positionalArguments();
    if (!pos.isEmpty()) {
        QString error;
        const bool opened = qEnvironmentVariableIsSet("VEIL_PASSPHRASE")
                                ? window.openProject(pos[0], qEnvironmentVariable("VEIL_PASSPHRASE"), &error)
                                : false;
        if (!opened && !error.isEmpty())
            QMessageBox::warning(&window, QStringLiteral("Veil"), error);
        else if (!opened)
            QTimer::singleShot(0, &window, [&window, path = pos[0]] { window.openProjectDialog(path); });
        if (opened)
            window.addPaths(parser.values(QStringLiteral("add")));
    }
    return app.exec();
}
