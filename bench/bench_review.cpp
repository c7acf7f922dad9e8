// Opening the shared 27-frame ultrasound cine in the review window: time to
// the first frame on both panes (original and export-ready, masks burned
// in), and the frame rate while playing, against the file's own.
//   QT_QPA_PLATFORM=offscreen build/bin/bench_review
#include "app/ProcessSetup.h"
#include "app/gui/MainWindow.h"
#include "engine/jobs/JobContext.h"
#include "engine/project/Project.h"
#include "widgets/ReviewCanvas.h"
#include "widgets/ReviewPage.h"
#include "widgets/models/JobController.h"
#include "widgets/models/ReviewSession.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>

#include <cstdio>

using namespace veil;

int main(int argc, char **argv)
{
    ensureSingleThreadedOpenMp(argv);
    QApplication app(argc, argv);
    const QString cine = QStringLiteral(VEIL_TESTDATA_DIR "/deid/ultrasounds/GREYSCALE_CINE.zip");
    if (!QFile::exists(cine)) {
        std::printf("bench_review: %s not found\n", qPrintable(cine));
        return 0;
    }
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("b.veil")), pass = QStringLiteral("bench passphrase");
    {
        auto created = Project::create(path, pass);
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.message()));
            return 1;
        }
        const std::unique_ptr<Project> project = std::move(created).value();
        const AddReport added = project->addInputs({cine}, JobContext::none());
        if (const Status done = project->runAutomatic(added.added.value(0), JobContext::none()); !done)
            std::fprintf(stderr, "%s\n", qPrintable(done.message()));
    }
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    // Cold: a new window opens the project; the cine is the first instance and is shown at once.
    double originalMs = -1, redactedMs = -1;
    QElapsedTimer t;
    t.start();
    if (const Status opened = w.openProject(path, pass); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    ReviewSession *s = w.session();
    const ProjectInstance inst = s->instances().first();
    const double openMs = t.nsecsElapsed() / 1e6;
    QObject::connect(s, &ReviewSession::originalRendered, [&](qint64 id, int frame) {
        if (id == inst.id && frame == 0 && originalMs < 0)
            originalMs = t.nsecsElapsed() / 1e6;
    });
    QObject::connect(s, &ReviewSession::redactedRendered, [&](qint64 id, int frame) {
        if (id == inst.id && frame == 0 && redactedMs < 0)
            redactedMs = t.nsecsElapsed() / 1e6;
    });
    while ((originalMs < 0 || redactedMs < 0) && t.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    std::printf("bench_review: open project (passphrase key derivation included) %.0f ms; first frame of the %d-frame "
                "cine shown %.0f ms after the open began (target < 1000); export-ready pane with %d masks burned in "
                "after %.0f ms\n",
                openMs, inst.frames, originalMs, int(s->masks(inst.id).size()), redactedMs);
    s->setCurrent(inst.id);
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 3000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    ReviewPage *page = w.reviewPage();
    page->playAction->trigger();
    QElapsedTimer play;
    play.start();
    while (play.elapsed() < 4000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double fileFps = inst.labels.frameTimeMs > 0 ? 1000.0 / inst.labels.frameTimeMs : 25;
    std::printf("bench_review: playing %dx%d x %d frames: %.1f frames/s shown on both panes; the file says %.1f "
                "frames/s (frame time %.1f ms)\n",
                inst.columns, inst.rows, inst.frames, page->framesShownPerSecond(), fileFps, inst.labels.frameTimeMs);
    page->playAction->trigger();

    // Responsiveness during a big add (the whole shared corpus, with the
    // automatic findings), while the window reads the project as it does when a
    // reviewer works on: the longest the event loop went without turning.
    const QString corpus = QStringLiteral(VEIL_TESTDATA_DIR);
    QList<double> gaps;
    QElapsedTimer tick, total;
    tick.start();
    total.start();
    QTimer probe;
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        s->masks(inst.id); // what the review page does on every repaint of the overlay: the project, under its lock
        gaps << tick.nsecsElapsed() / 1e6;
        tick.restart();
    });
    probe.start();
    w.addPaths({corpus});
    while (total.elapsed() < 30000 && (total.elapsed() < 500 || w.jobs()->runningJobs() > 0)) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (total.elapsed() > 20000)
            w.jobs()->cancelAll();
    }
    probe.stop();
    std::sort(gaps.begin(), gaps.end());
    std::printf("bench_review: adding the shared corpus for %.0f s: event loop gaps p50 %.0f ms, p99 %.0f ms, max %.0f "
                "ms (target: never over 100 ms)\n",
                total.elapsed() / 1000.0, gaps.value(gaps.size() / 2), gaps.value(gaps.size() * 99 / 100),
                gaps.isEmpty() ? 0 : gaps.last());
    return 0;
}
