#include "app/ProcessSetup.h"
#include "app/gui/MainWindow.h"
#include "widgets/UiLanguage.h"
#include "widgets/volume/VolumeView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char **argv)
{
    veil::ensureSingleThreadedOpenMp(argv);
    veil::ensureRuntimeDir();
    veil::VolumeView::setDefaultSurfaceFormat(); // the 3-D view's OpenGL, before the QApplication
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Veil"));
    QApplication::setOrganizationName(QStringLiteral("Veil"));
    QApplication::setApplicationVersion(QStringLiteral(VEIL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.veil.Veil"));
    QApplication::setWindowIcon(veil::MainWindow::applicationIcon());
    // The language chosen in Settings, else the user's where Veil speaks it, and Qt's own dialogs.
    veil::installUiTranslators(veil::effectiveUiLanguage(), QStringLiteral(":/i18n"));
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
        const veil::Status opened = qEnvironmentVariableIsSet("VEIL_PASSPHRASE")
                                        ? window.openProject(pos[0], qEnvironmentVariable("VEIL_PASSPHRASE"))
                                        : veil::failure({});
        if (!opened && !opened.message().isEmpty())
            QMessageBox::warning(&window, QStringLiteral("Veil"), opened.message());
        else if (!opened)
            QTimer::singleShot(0, &window, [&window, path = pos[0]] { window.openProjectDialog(path); });
        if (opened)
            window.addPaths(parser.values(QStringLiteral("add")));
    }
    return app.exec();
}
