// Screenshots of the main states of the GUI, for people to look at (not a
// test): start page, review of an ultrasound cine with its boxes, the tag
// panel filtered, progress during a big add. Run under Xvfb by
// tools/screenshots; writes PNGs into the folder given.
#include "app/ProcessSetup.h"
#include "app/gui/MainWindow.h"
#include "engine/dicom/demo/DemoStudy.h"
#include "widgets/ExportDialog.h"
#include "widgets/ReviewPage.h"
#include "widgets/SettingsDialog.h"
#include "widgets/TagPanel.h"
#include "widgets/UiLanguage.h"
#include "widgets/models/JobController.h"
#include "widgets/models/ReviewSession.h"
#include "widgets/volume/VolumeView.h"
#include "widgets/volume/VolumeWindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>
#include <QTreeView>

#include <cstdio>

using namespace veil;

namespace {

void pump(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
}

void waitIdle(MainWindow &w, int maxMs = 120000)
{
    QElapsedTimer t;
    t.start();
    while (w.jobs()->runningJobs() > 0 && t.elapsed() < maxMs)
        pump(50);
    pump(300);
}

void shoot(MainWindow &w, const QString &dir, const char *name)
{
    pump(300);
    const QPixmap shot = w.screen()->grabWindow(0);
    const QString path = dir + QLatin1Char('/') + QLatin1String(name);
    shot.save(path);
    std::printf("wrote %s (%dx%d)\n", qPrintable(path), shot.width(), shot.height());
}

} // namespace

int main(int argc, char **argv)
{
    ensureSingleThreadedOpenMp(argv);
    ensureRuntimeDir();
    VolumeView::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("VeilScreenshots"));
    QApplication::setApplicationName(QStringLiteral("Veil"));
    QApplication::setWindowIcon(MainWindow::applicationIcon());
    // LANG=fr_FR.UTF-8 tools/screenshots: the screens in that language, to check the layouts.
    installUiTranslators(effectiveUiLanguage(), QStringLiteral(VEIL_QM_DIR));
    if (argc < 2) {
        std::fprintf(stderr, "usage: veil-screenshots OUTDIR [SHARED_TESTDATA]\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    const QString shared = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    QDir().mkpath(out);
    QTemporaryDir tmp;
    const QString demo = tmp.filePath(QStringLiteral("demo"));
    if (const Result<QStringList> written = writeDemoStudy(demo); !written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.message()));
        return 1;
    }
    QSettings().setValue(QStringLiteral("recentProjects"),
                         QStringList{QStringLiteral("/home/coordinator/shares/trial7-site3.veil"),
                                     QStringLiteral("/home/coordinator/shares/us-teaching-2026.veil")});
    MainWindow w;
    w.resize(1280, 800);
    w.move(0, 0);
    w.show();
    shoot(w, out, "1-start-page.png");

    if (const Status made =
            w.createProject(tmp.filePath(QStringLiteral("demo.veil")), QStringLiteral("screenshot passphrase"));
        !made) {
        std::fprintf(stderr, "%s\n", qPrintable(made.message()));
        return 1;
    }
    QStringList inputs{demo};
    const QString cine = shared + QStringLiteral("/deid/ultrasounds/GREYSCALE_CINE.zip");
    const QString still = shared + QStringLiteral("/deid/ultrasounds/RGB_IMAGE.dcm");
    if (!shared.isEmpty() && QFile::exists(cine))
        inputs << cine << still;
    w.addPaths(inputs);
    waitIdle(w);
    ReviewSession *s = w.session();
    qint64 target = 0;
    for (const ProjectInstance &i : s->instances())
        if (i.modality == QLatin1String("US") && i.frames > 1 && (target == 0 || i.frames == 27))
            target = i.id;
    s->setCurrent(target);
    waitIdle(w);
    shoot(w, out, "2-review-cine-with-boxes.png");
    for (const ProjectInstance &i : s->instances())
        if (i.source.filePath.endsWith(QLatin1String("RGB_IMAGE.dcm")))
            s->setCurrent(i.id);
    waitIdle(w);
    shoot(w, out, "2b-review-still-lines-and-words.png");
    w.reviewPage()->safeListReviewAction->trigger(); // only the words the safe list does not know
    waitIdle(w);
    shoot(w, out, "2c-safe-list-review.png");
    w.reviewPage()->safeListReviewAction->trigger();
    if (auto *details = w.reviewPage()->findChild<QTabWidget *>(QStringLiteral("details"))) {
        details->setCurrentIndex(1); // the words in the pixels, and why each is masked or kept
        waitIdle(w);
        shoot(w, out, "2d-words-in-the-pixels.png");
        details->setCurrentIndex(0);
    }
    s->setCurrent(target);
    waitIdle(w);

    for (QLineEdit *filter : w.reviewPage()->tagPanel()->findChildren<QLineEdit *>())
        filter->setText(QStringLiteral("Patient"));
    w.reviewPage()->tagPanel()->view()->expandAll();
    waitIdle(w);
    shoot(w, out, "3-tag-panel.png");

    {
        for (const ProjectInstance &i : s->instances())
            if (i.status == ReviewStatus::AutoCleaned)
                s->setStatus(i.id, ReviewStatus::Approved);
        {
            QStringList errors;
            const ProjectProfile profile = ProjectProfile::fromJson(
                R"({"options": ["clean-descriptors"], "keepWords": ["ACME", "TRIAL7"]})", &errors);
            SettingsDialog settings(profile, QByteArray(), true, &w);
            settings.setOcrLanguages({QStringLiteral("deu")}, ReviewSession::installedOcrLanguages());
            settings.move(360, 60);
            settings.show();
            waitIdle(w);
            shoot(w, out, "7-settings.png");
        }
        ExportDialog dialog(s, &w);
        dialog.move(320, 20);
        dialog.show();
        waitIdle(w);
        shoot(w, out, "5-export-dialog.png");
        ExportRequest typed = dialog.request();
        typed.recipient = QStringLiteral("Trial 7 core lab");
        typed.purpose = QStringLiteral("validation");
        typed.target = QStringLiteral("/no/such/folder/share.zip");
        dialog.setRequest(typed);
        dialog.accept(); // refused: stays open, says why, keeps what was typed
        shoot(w, out, "5b-export-dialog-target-error.png");
    }
    for (const ProjectInstance &i : s->instances())
        if (i.modality == QLatin1String("CT"))
            s->setCurrent(i.id);
    waitIdle(w);
    w.showVolume();
    waitIdle(w);
    if (auto *volume = w.findChild<VolumeWindow *>()) {
        volume->move(300, 20);
        volume->view()->turn(25, 15);
        pump(500);
        shoot(w, out, "6-3d-view.png");
        volume->close();
    }
    if (!shared.isEmpty()) {
        w.addPaths({shared});
        pump(6000);
        shoot(w, out, "4-progress-big-add.png");
        w.jobs()->cancelAll();
        waitIdle(w);
    }
    QSettings().clear();
    return 0;
}
