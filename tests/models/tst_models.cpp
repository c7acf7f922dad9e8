// Item models and the job controller, headless.
#include "TestData.h"
#include "TestResult.h"

#include "engine/dicom/DicomFile.h"
#include "engine/dicom/demo/DemoStudy.h"
#include "engine/dicom/input/InputScanner.h"
#include "engine/export/ShareExport.h"
#include "widgets/models/FindingsModel.h"
#include "widgets/models/FrameImage.h"
#include "widgets/models/JobController.h"
#include "widgets/models/ProjectTreeModel.h"
#include "widgets/models/ReviewSession.h"
#include "widgets/models/TagDiffModel.h"

#include <QUndoStack>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>

using namespace veil;

namespace {

// A review session on a new project holding some of the demo study's
// folders (added, and with automatic findings if asked).
struct DemoSession
{
    QTemporaryDir tmp;
    JobController jobs;
    std::unique_ptr<ReviewSession> session;

    DemoSession(const QStringList &folders, bool automatic)
    {
        QString error;
        auto project = writeDemoStudy(tmp.filePath(QStringLiteral("demo"))).ok()
                           ? test::orError(Project::create(tmp.filePath(QStringLiteral("p.veil")),
                                                           QStringLiteral("models passphrase")),
                                           &error)
                           : nullptr;
        if (!project)
            return;
        session = std::make_unique<ReviewSession>(std::move(project), &jobs);
        QSignalSpy added(session.get(), &ReviewSession::addFinished);
        QStringList paths;
        for (const QString &f : folders)
            paths << tmp.filePath(QStringLiteral("demo/") + f);
        session->addPaths(paths, automatic);
        if (!added.wait(60000))
            session.reset();
    }
};

} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private slots:
    // Okular-style headless undo test: every edit is one undo step, committed
    // to the project at once and taken back by undo.
    void reviewEditsAreUndoableAndCommitted()
    {
        QTemporaryDir tmp;
        QVERIFY(writeDemoStudy(tmp.filePath(QStringLiteral("demo"))).ok());
        QString error;
        auto project = test::orError(
            Project::create(tmp.filePath(QStringLiteral("p.veil")), QStringLiteral("models passphrase")), &error);
        QVERIFY2(project, qPrintable(error));
        JobController jobs;
        ReviewSession session(std::move(project), &jobs);
        QSignalSpy added(&session, &ReviewSession::addFinished);
        session.addPaths(
            {tmp.filePath(QStringLiteral("demo/01_us_single")), tmp.filePath(QStringLiteral("demo/04_sc"))}, true);
        QVERIFY(added.wait(60000));
        QCOMPARE(added.first().at(0).toInt(), 2);
        QCOMPARE(session.instances().size(), 2);
        const qint64 us = session.instances().first().id; // the ultrasound (series 1)
        session.setCurrent(us);
        QVERIFY(session.instance(us)->autoDone);
        const int automatic = int(session.masks(us).size());
        QVERIFY(automatic > 0);

        session.addMask(us, QRect(300, 200, 40, 20), -1);
        QCOMPARE(session.masks(us).size(), automatic + 1);
        const qint64 drawn = session.masks(us).last().id;
        session.changeMask(drawn, QRect(301, 200, 40, 20), true);
        session.changeMask(drawn, QRect(302, 200, 40, 20), true); // nudges merge
        QCOMPARE(session.undoStack()->count(), 2);
        QCOMPARE(session.masks(us).last().box, QRect(302, 200, 40, 20));
        session.undoStack()->undo(); // both nudges
        QCOMPARE(session.masks(us).last().box, QRect(300, 200, 40, 20));
        session.undoStack()->undo(); // the drawing
        QCOMPARE(session.masks(us).size(), automatic);
        session.undoStack()->redo();
        session.undoStack()->redo();
        QCOMPARE(session.masks(us).last().box, QRect(302, 200, 40, 20)); // new row, same mask

        const ProjectFinding finding = session.findings(us).first();
        // Whether the word is hidden: by a mask of its own, or (with none)
        // by the enabled mask of a line holding it (a toggle there keeps it).
        auto hidden = [&] {
            bool inLine = false;
            for (const ProjectMask &m : session.masks(us)) {
                if (m.findingId == finding.id)
                    return m.enabled;
                inLine =
                    inLine || (m.enabled && m.findingId != 0 && m.box.adjusted(-2, -2, 2, 2).contains(finding.box));
            }
            return inLine;
        };
        const bool wasMasked = hidden();
        session.toggleFinding(finding.id);
        QCOMPARE(hidden(), !wasMasked);
        session.undoStack()->undo();
        QCOMPARE(hidden(), wasMasked);

        const qint64 next = session.approveAndNext();
        QCOMPARE(session.instance(us)->status, ReviewStatus::Approved);
        QVERIFY(next != 0 && next != us);
        QCOMPARE(session.currentId(), next);
        session.undoStack()->undo();
        QVERIFY(session.instance(us)->status != ReviewStatus::Approved);
        int statusRows = 0;
        session.withProject([&](Project &p) {
            for (const AuditEntry &e : p.audit())
                statusRows += e.action == QLatin1String("status.set") ? 1 : 0;
        });
        QCOMPARE(statusRows, 2); // the approval and its undo, both on record

        ProjectTreeModel tree;
        tree.rebuild(session.instances());
        QCOMPARE(tree.rowCount(), 1);
        QVERIFY(tree.indexOfInstance(us).isValid());
        QCOMPARE(tree.index(0, 1).data().toString(), QStringLiteral("0 / 2"));
    }

    void masksSpreadToTheSeriesAndTheDevice()
    {
        DemoSession demo({QStringLiteral("03_ct")}, false);
        QVERIFY(demo.session);
        ReviewSession &session = *demo.session;
        QString error;
        const QList<ProjectInstance> cts = session.instances();
        QCOMPARE(cts.size(), 20);
        QCOMPARE(session.seriesSources(cts[3].id).size(), 20); // a volume's slices, gathered by the model
        QCOMPARE(session.seriesSources(cts[3].id).first(), cts[0].source);
        session.setCurrent(cts[0].id);
        session.addMask(cts[0].id, QRect(0, 0, 64, 16), -1);
        const qint64 mask = session.masks(cts[0].id).last().id;
        QCOMPARE(session.applyMaskToSeries(mask), 19);
        QCOMPARE(session.masks(cts[19].id).size(), 1);
        session.undoStack()->undo(); // the whole spread is one step
        QCOMPARE(session.masks(cts[19].id).size(), 0);
        QCOMPARE(session.masks(cts[0].id).size(), 1);
        QCOMPARE(session.applyMaskToDevice(mask), 19);
        QCOMPARE(session.masks(cts[5].id).value(0).origin, ProjectMask::Origin::Template);
        // A later automatic run keeps the device's template mask.
        session.withProject([&](Project &p) {
            QCOMPARE(p.templates().templates().size(), 1);
            QVERIFY(test::orError(p.runAutomatic(cts[7].id, JobContext::none()), &error));
            QCOMPARE(p.masks(cts[7].id).size(), 1);
            QCOMPARE(p.masks(cts[7].id).first().origin, ProjectMask::Origin::Template);
        });
    }

    // "Find Burned-in Text Again" replaces the automatic masks: an undo step
    // that edited one of them is dropped quietly, not reported as a failure.
    void undoAfterTheAutomaticMasksWereReplaced()
    {
        DemoSession demo({QStringLiteral("01_us_single")}, true);
        QVERIFY(demo.session);
        ReviewSession &session = *demo.session;
        const qint64 us = session.instances().first().id;
        session.setCurrent(us);
        const ProjectMask automatic = session.masks(us).first();
        session.changeMask(automatic.id, automatic.box.adjusted(0, 0, 4, 0), false);
        session.addMask(us, QRect(300, 200, 40, 20), -1); // a person's own mask survives the re-run
        QCOMPARE(session.undoStack()->count(), 2);
        QSignalSpy changed(&session, &ReviewSession::instanceChanged);
        session.runAutomatic({us});
        QVERIFY(changed.wait(60000));
        QSignalSpy problems(&session, &ReviewSession::problem);
        session.undoStack()->undo(); // the drawn mask: still there, undone
        session.undoStack()->undo(); // the edit of a mask that no longer exists
        QCOMPARE(problems.count(), 0);
        QVERIFY(!session.undoStack()->canUndo());
        bool drawnLeft = false;
        for (const ProjectMask &m : session.masks(us))
            drawnLeft = drawnLeft || m.box == QRect(300, 200, 40, 20);
        QVERIFY(!drawnLeft);
    }

    void tagDiffModelNestsSequences()
    {
        TagDiffModel model;
        auto row = [](const char *path, int depth, const char *tag, const char *original = "",
                      const char *deidentified = "") {
            TagDiffRow r;
            r.path = QString::fromLatin1(path);
            r.depth = depth;
            r.tag = QString::fromLatin1(tag);
            r.original = QString::fromLatin1(original);
            r.deidentified = QString::fromLatin1(deidentified);
            return r;
        };
        const TagDiffRow seq = row("(0008,1140)", 0, "(0008,1140)"), item = row("(0008,1140)[0]", 1, "Item 1");
        TagDiffRow uid = row("(0008,1140)[0].(0008,1155)", 2, "(0008,1155)", "1.2.3", "2.25.9");
        uid.change = TagDiffRow::Change::Changed;
        model.setRows({seq, item, uid});
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex s = model.index(0, 0), i = model.index(0, 0, s), u = model.index(0, 0, i);
        QCOMPARE(u.data().toString(), QStringLiteral("(0008,1155)"));
        QCOMPARE(model.changedCount(), 1);
        QCOMPARE(model.index(0, TagDiffModel::DeidentifiedColumn, i).data().toString(), QStringLiteral("2.25.9"));
    }

    // The words of an image for the reviewer: what could not be read first,
    // then what is masked, then what stays, each with why; a safe word inside
    // a masked line is masked with it; a word the reviewer kept is kept.
    void findingsModelOrdersByWhatNeedsALook()
    {
        auto finding = [](qint64 id, QRect box, const char *text, TextClass cls, const char *why) {
            ProjectFinding f;
            f.id = id;
            f.box = box;
            f.text = QString::fromLatin1(text);
            f.cls = cls;
            f.why = QString::fromLatin1(why);
            f.detector = QStringLiteral("plateau+tesseract");
            return f;
        };
        auto mask = [](qint64 findingId, QRect box, bool enabled) {
            ProjectMask m;
            m.findingId = findingId;
            m.box = box;
            m.enabled = enabled;
            return m;
        };
        const QList<ProjectFinding> findings{
            finding(1, {10, 10, 40, 12}, "Name:", TextClass::NotPhi, "label announcing an identifier"),
            finding(2, {10, 10, 120, 12}, "Name: DOE JOHN", TextClass::Phi, "line holding PHI"),
            finding(3, {200, 50, 30, 12}, "C5-2", TextClass::NotPhi, "safe list: probe name"),
            finding(4, {200, 80, 30, 12}, "", TextClass::Unknown, "text-like region OCR could not read"),
            finding(5, {200, 110, 30, 12}, "DTCEM", TextClass::Phi, "not on the safe list"),
        };
        const QList<ProjectMask> masks{mask(2, {7, 7, 126, 18}, true), mask(4, {197, 77, 36, 18}, true),
                                       mask(5, {197, 107, 36, 18}, false)};
        FindingsModel model;
        model.setFindings(findings, masks);
        QCOMPARE(model.rowCount(), 5);
        auto idAt = [&](int row) { return model.index(row, 0).data(FindingsModel::FindingIdRole).toLongLong(); };
        QCOMPARE(idAt(0), 4); // unknown first
        QCOMPARE(model.stateOf(0), FindingsModel::State::Unknown);
        QCOMPARE(model.stateOf(1), FindingsModel::State::Masked);
        QCOMPARE(model.stateOf(2), FindingsModel::State::Masked); // "Name:" inside the masked line
        QCOMPARE(model.count(FindingsModel::State::Kept), 2);     // the probe name, and DTCEM kept by the reviewer
        QCOMPARE(model.index(0, FindingsModel::WhyColumn).data().toString(),
                 QStringLiteral("text-like region OCR could not read"));
        QCOMPARE(model.count(FindingsModel::State::Masked), 2);
    }

    void projectTreeFollowsTheProject()
    {
        DemoSession demo({QString()}, false); // the whole demo folder
        QVERIFY(demo.session);
        ProjectTreeModel model;
        const QList<ProjectInstance> all = demo.session->instances();
        model.rebuild(all);
        QCOMPARE(model.rowCount(), 1); // one patient
        const QModelIndex patient = model.index(0, 0);
        QCOMPARE(patient.data(ProjectTreeModel::LevelRole).toInt(), int(ProjectTreeModel::PatientLevel));
        QCOMPARE(model.rowCount(patient), 1); // one study
        const QModelIndex study = model.index(0, 0, patient);
        QCOMPARE(model.rowCount(study), 5); // five series
        int instances = 0;
        for (int s = 0; s < 5; ++s)
            instances += model.rowCount(model.index(s, 0, study));
        QCOMPARE(instances, all.size());
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("0 / %1").arg(all.size()));
        const QModelIndex found = model.indexOfInstance(all.last().id);
        QVERIFY(found.isValid());
        QCOMPARE(found.data(ProjectTreeModel::LevelRole).toInt(), int(ProjectTreeModel::InstanceLevel));
        QCOMPARE(found.data(ProjectTreeModel::InstanceIdRole).toLongLong(), all.last().id);
        ProjectInstance approved = all.last();
        approved.status = ReviewStatus::Approved;
        model.updateInstance(approved);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("1 / %1").arg(all.size()));
        QCOMPARE(found.data(ProjectTreeModel::StatusRole).toInt(), int(ReviewStatus::Approved));
    }

    // One definition of what gets burned in: for every image of the demo
    // project with masks, the export-ready preview the reviewer approves
    // shows, frame by frame, the pixels of the exported file.
    void exportReadyPreviewEqualsTheExport()
    {
        DemoSession demo({QStringLiteral("01_us_single"), QStringLiteral("02_us_cine"), QStringLiteral("03_ct"),
                          QStringLiteral("04_sc")},
                         true);
        QVERIFY(demo.session);
        ReviewSession &session = *demo.session;
        // A mask drawn by hand on one frame of the cine, beside the automatic ones.
        const QList<ProjectInstance> all = session.instances();
        const auto cine = std::find_if(all.begin(), all.end(), [](const ProjectInstance &i) { return i.frames > 1; });
        QVERIFY(cine != all.end());
        session.addMask(cine->id, QRect(cine->columns / 2 - 40, cine->rows / 2 - 15, 80, 30), 1); // over the tissue
        ExportRequest request;
        request.target = demo.tmp.filePath(QStringLiteral("share"));
        request.allowUnreviewed = true;
        request.overrideReason = QStringLiteral("test of the preview");
        QSignalSpy finished(&session, &ReviewSession::exportFinished);
        // Review goes on while the package is written (the export works from a
        // snapshot): the export waits, while it writes, for a decision taken
        // on the GUI thread. Holding the session for the whole export (as it
        // did) makes that decision wait 5 s for the export instead.
        std::atomic<bool> writing{false}, decidedMeanwhile{false};
        request.writeReport = [&](const ExportSummary &, const QString &) {
            writing = true;
            for (int i = 0; i < 500 && !decidedMeanwhile; ++i)
                QThread::msleep(10);
            return Status();
        };
        session.exportShare(request);
        QTRY_VERIFY_WITH_TIMEOUT(writing, 120000);
        QElapsedTimer decided;
        decided.start();
        session.setStatus(all.last().id, ReviewStatus::Flagged, QStringLiteral("during the export"));
        decidedMeanwhile = true;
        QVERIFY2(decided.elapsed() < 2000,
                 qPrintable(QStringLiteral("a decision took %1 ms during the export").arg(decided.elapsed())));
        QVERIFY(finished.wait(300000));
        const auto result = finished.first().first().value<ExportResult>();
        VEIL_VERIFY_OK(result.status);
        int images = 0, frames = 0;
        for (const ExportedItem &item : result.summary.items) {
            if (item.masks == 0)
                continue;
            ++images;
            const ProjectInstance *inst = session.instance(item.instanceId);
            QVERIFY(inst);
            const auto exported =
                DicomFile::open(
                    scanInputs({QDir(request.target).filePath(item.path)}, JobContext::none()).items.value(0))
                    .valueOr(nullptr);
            QVERIFY(exported);
            // The stored values too, which no window hides.
            const QList<ProjectMask> masks = session.masks(inst->id);
            const auto redacted =
                test::must(DicomFile::openRedacted(inst->source, [&](int f) { return burnedRects(masks, f); }));
            for (int f = 0; f < exported->info().frames; ++f, ++frames) {
                const Result<ValueFrame> a = redacted->decodeValues(f), b = exported->decodeValues(f);
                VEIL_VERIFY_OK(a);
                VEIL_VERIFY_OK(b);
                QVERIFY(a->values == b->values);
                QSignalSpy rendered(&session, &ReviewSession::redactedRendered);
                session.renderRedacted(inst->id, f, {});
                QVERIFY(rendered.wait(60000));
                const QImage preview = rendered.last().at(2).value<QImage>();
                const Result<DisplayFrame> out = exported->renderFrame(f);
                VEIL_VERIFY_OK(out);
                QVERIFY2(preview == toQImage(*out), qPrintable(QStringLiteral("%1 frame %2").arg(item.path).arg(f)));
            }
        }
        qInfo("preview equals export: %d images with masks, %d frames", images, frames);
        QVERIFY(images >= 3);
    }

    void jobRunsOffTheMainThreadAndReportsBack()
    {
        JobController jobs;
        QSignalSpy progressed(&jobs, &JobController::progressed);
        QSignalSpy idle(&jobs, &JobController::idle);
        Qt::HANDLE worker = nullptr;
        int result = 0;
        jobs.run<int>(
            QStringLiteral("count"),
            [&worker](JobContext &job) {
                worker = QThread::currentThreadId();
                for (int i = 1; i <= 5; ++i)
                    job.setProgress(i, 5);
                return 42;
            },
            [&result](int r) { result = r; });
        QVERIFY(idle.wait(5000));
        QCOMPARE(result, 42);
        QVERIFY(worker != QThread::currentThreadId());
        QTRY_COMPARE(progressed.count(), 5);
        QCOMPARE(progressed.last().at(1).toLongLong(), 5);
    }

    void cancelledJobDeliversNothing()
    {
        JobController jobs;
        QSignalSpy idle(&jobs, &JobController::idle);
        bool delivered = false;
        std::atomic<bool> started{false};
        jobs.run<int>(
            QStringLiteral("long"),
            [&started](JobContext &job) {
                started = true;
                while (!job.isCancelled())
                    QThread::msleep(5);
                return 1;
            },
            [&delivered](int) { delivered = true; });
        QTRY_VERIFY(started.load());
        jobs.cancelAll();
        QVERIFY(idle.wait(5000));
        QVERIFY(!delivered);
        QCOMPARE(jobs.runningJobs(), 0);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
