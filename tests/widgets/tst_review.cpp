// The review window as a first-time user meets it, offscreen, through the
// real widgets: toggling takes a deliberate gesture, a kept word inside a
// masked line shows, the legend, Esc, zoom around the cursor, F1, the cine
// frame bar, the export dialog that checks its target, the browser's
// grouping (one study UID under two patients), the last check's finding in
// the tag panel, and a first share of the corpus's ultrasound files.
#include "GuiTest.h"
#include "PhiScan.h"
#include "TestData.h"
#include "TestResult.h"

#include "app/gui/MainWindow.h"
#include "engine/dicom/DicomFile.h"
#include "engine/dicom/demo/DemoStudy.h"
#include "engine/dicom/input/ZipArchive.h"
#include "widgets/ExportDialog.h"
#include "widgets/FindingsPanel.h"
#include "widgets/FrameBar.h"
#include "widgets/ReviewCanvas.h"
#include "widgets/ReviewPage.h"
#include "widgets/TagPanel.h"
#include "widgets/ViewState.h"
#include "widgets/models/ExportReport.h"
#include "widgets/models/FindingsModel.h"
#include "widgets/models/JobController.h"
#include "widgets/models/ProjectTreeModel.h"
#include "widgets/models/ReviewSession.h"
#include "widgets/models/TagDiffModel.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace veil;

namespace {

const QString kPass = QStringLiteral("review test passphrase");

using test::settle;
using test::toWidget;

qint64 firstWith(ReviewSession *s, const std::function<bool(const ProjectInstance &)> &pick)
{
    for (const ProjectInstance &i : s->instances())
        if (pick(i))
            return i.id;
    return 0;
}

// A word box that lies inside a larger line box, both masked.
bool wordInMaskedLine(ReviewSession *s, qint64 id, ProjectFinding *word, ProjectFinding *line)
{
    QHash<qint64, bool> masked;
    for (const ProjectMask &m : s->masks(id))
        if (m.findingId)
            masked[m.findingId] = m.enabled;
    const QList<ProjectFinding> all = s->findings(id);
    for (const ProjectFinding &l : all)
        for (const ProjectFinding &w : all)
            if (w.id != l.id && l.box.adjusted(-2, -2, 2, 2).contains(w.box) && w.box.width() < l.box.width() - 20 &&
                masked.value(l.id) && masked.value(w.id)) {
                *word = w;
                *line = l;
                return true;
            }
    return false;
}

int differingPixels(const QImage &a, const QImage &b, const QRect &r)
{
    int n = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            n += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
    return n;
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_demo;

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("VeilTest"));
        QApplication::setApplicationName(QStringLiteral("tst_review"));
        m_demo = m_tmp.filePath(QStringLiteral("demo"));
        QVERIFY(writeDemoStudy(m_demo).ok());
    }

    // A plain click focuses and says how to toggle; Ctrl+click toggles. A
    // kept word inside a masked line shows in the export-ready pane, and
    // the two outlines do not lie on each other.
    void togglingIsDeliberateAndVisible()
    {
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QString error;
        QVERIFY2(test::orError(w.createProject(m_tmp.filePath(QStringLiteral("toggle.veil")), kPass), &error),
                 qPrintable(error));
        w.addPaths({m_demo + QStringLiteral("/01_us_single")});
        settle(w);
        ReviewSession *s = w.session();
        const qint64 us = firstWith(s, [](const ProjectInstance &i) { return i.modality == QLatin1String("US"); });
        QVERIFY(us);
        s->setCurrent(us);
        settle(w);
        ReviewPage *page = w.reviewPage();
        ReviewCanvas *left = page->originalPane(), *right = page->redactedPane();
        ProjectFinding word, line;
        QVERIFY2(wordInMaskedLine(s, us, &word, &line), "the demo ultrasound has a masked line with its words");
        // Outlines: the line's drawn clear of the word's on every side.
        const QRect wordRect = left->findingOnScreen(word.id), lineRect = left->findingOnScreen(line.id);
        QVERIFY(lineRect.adjusted(2, 2, -2, -2).contains(wordRect));
        QVERIFY(wordRect.top() - lineRect.top() >= 3 && lineRect.bottom() - wordRect.bottom() >= 3);
        const auto masksNow = [&] {
            QHash<qint64, bool> m;
            for (const ProjectMask &k : s->masks(us))
                m[k.findingId] = k.enabled;
            return m;
        };
        const QHash<qint64, bool> before = masksNow();
        // A plain click changes nothing and says what would.
        QTest::mouseClick(left, Qt::LeftButton, {}, toWidget(left, word.box.center()));
        settle(w);
        QCOMPARE(masksNow(), before);
        QVERIFY2(w.statusBar()->currentMessage().contains(QLatin1String("Ctrl+click")),
                 qPrintable(w.statusBar()->currentMessage()));
        const QImage masked = right->image();
        // Ctrl+click keeps the word: the export-ready pane shows it again.
        QTest::mouseClick(left, Qt::LeftButton, Qt::ControlModifier, toWidget(left, word.box.center()));
        settle(w);
        QCOMPARE(masksNow().value(word.id), false);
        QCOMPARE(masksNow().value(line.id), true); // the rest of the line stays masked
        QTRY_VERIFY(right->image() != masked);
        const QImage kept = right->image();
        QVERIFY(differingPixels(masked, kept, word.box) > word.box.width()); // the word is back
        const QRect restOfLine(line.box.left(), line.box.top(), std::max(1, word.box.left() - line.box.left() - 1),
                               line.box.height());
        if (restOfLine.width() > 4)
            QCOMPARE(differingPixels(masked, kept, restOfLine), 0); // the rest is not
        // And Ctrl+click again masks it.
        QTest::mouseClick(left, Qt::LeftButton, Qt::ControlModifier, toWidget(left, word.box.center()));
        settle(w);
        QCOMPARE(masksNow().value(word.id), true);
        QTRY_COMPARE(right->image(), masked);

        // The words panel lists every finding with why, and Enter on a row
        // toggles it as Ctrl+click does (undoable).
        FindingsPanel *panel = page->findingsPanel();
        QCOMPARE(panel->model()->rowCount(), int(s->findings(us).size()));
        int row = -1;
        for (int r = 0; r < panel->model()->rowCount(); ++r)
            if (panel->model()->index(r, 0).data(FindingsModel::FindingIdRole).toLongLong() == word.id)
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(panel->model()->index(row, FindingsModel::WhyColumn).data().toString(), word.why);
        panel->view()->setCurrentIndex(panel->model()->index(row, 0));
        QTest::keyClick(panel->view(), Qt::Key_Return);
        settle(w);
        QCOMPARE(masksNow().value(word.id), false);
        s->undoStack()->undo();
        settle(w);
        QCOMPARE(masksNow().value(word.id), true);
    }

    void legendEscapeZoomAndShortcuts()
    {
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QString error;
        QVERIFY(test::orError(w.createProject(m_tmp.filePath(QStringLiteral("keys.veil")), kPass), &error));
        w.addPaths({m_demo + QStringLiteral("/03_ct")});
        settle(w);
        ReviewPage *page = w.reviewPage();
        // The legend is on screen.
        QWidget *legend = page->findChild<QWidget *>(QStringLiteral("boxLegend"));
        QVERIFY(legend && legend->isVisible() && legend->width() > 200);
        // Escape leaves Draw Mask.
        page->drawToolAction->trigger();
        QCOMPARE(page->originalPane()->tool(), ReviewCanvas::Tool::Draw);
        page->originalPane()->setFocus();
        QTest::keyClick(page->originalPane(), Qt::Key_Escape);
        QCOMPARE(page->originalPane()->tool(), ReviewCanvas::Tool::Browse);
        QVERIFY(page->browseToolAction->isChecked());
        // Ctrl+wheel zooms around the cursor: the image point under it stays.
        ReviewCanvas *c = page->originalPane();
        QTRY_VERIFY(!c->image().isNull());
        const QPointF cursor(c->width() * 0.3, c->height() * 0.4);
        const QPointF under = c->widgetToImage(cursor);
        QWheelEvent wheel(cursor, c->mapToGlobal(cursor), {}, {0, 240}, Qt::NoButton, Qt::ControlModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(c, &wheel);
        const QPointF after = c->widgetToImage(cursor);
        QVERIFY2(
            QLineF(under, after).length() < 1.0,
            qPrintable(QStringLiteral("%1,%2 -> %3,%4").arg(under.x()).arg(under.y()).arg(after.x()).arg(after.y())));
        // F1 lists every shortcut, undo and redo too.
        QStringList names;
        for (QAction *a : w.shortcutActions())
            names << a->text().remove(QLatin1Char('&'));
        for (const char *name : {"Undo", "Redo", "Approve", "Draw Mask", "Browse", "Play", "Export Share Package…"})
            QVERIFY2(names.contains(QString::fromUtf8(name)), name);
    }

    // A cine: frame counter and slider under the panes, Play in view at
    // 1280 px, and the boxes of the frame shown.
    void cineHasAFrameBar()
    {
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QString error;
        QVERIFY(test::orError(w.createProject(m_tmp.filePath(QStringLiteral("cine.veil")), kPass), &error));
        w.addPaths({m_demo + QStringLiteral("/02_us_cine")});
        settle(w);
        ReviewSession *s = w.session();
        const qint64 cine = firstWith(s, [](const ProjectInstance &i) { return i.frames > 1; });
        QVERIFY(cine);
        s->setCurrent(cine);
        settle(w);
        ReviewPage *page = w.reviewPage();
        FrameBar *bar = page->frameBar();
        QVERIFY(bar->isVisible() && bar->slider()->isVisible());
        QCOMPARE(bar->counter()->text(), QStringLiteral("Frame 1 / %1").arg(s->instance(cine)->frames));
        QVERIFY(bar->playButton()->isVisible());
        const QRect play(bar->playButton()->mapTo(&w, QPoint(0, 0)), bar->playButton()->size());
        QVERIFY(QRect(QPoint(0, 0), w.size()).contains(play)); // not cut off, not in an overflow
        // Under the panes.
        QVERIFY(bar->mapTo(&w, QPoint(0, 0)).y() >
                page->originalPane()->mapTo(&w, QPoint(0, page->originalPane()->height() - 1)).y());
        bar->slider()->setValue(5);
        QCOMPARE(page->frame(), 5);
        QCOMPARE(bar->counter()->text(), QStringLiteral("Frame 6 / %1").arg(s->instance(cine)->frames));
        // A mask drawn on this frame only is drawn on this frame only.
        page->allFramesAction->setChecked(false);
        page->drawToolAction->trigger();
        ReviewCanvas *left = page->originalPane();
        const QPoint from = toWidget(left, {200, 200}), to = toWidget(left, {260, 240});
        QTest::mousePress(left, Qt::LeftButton, {}, from);
        QTest::mouseMove(left, to);
        QTest::mouseRelease(left, Qt::LeftButton, {}, to);
        page->browseToolAction->trigger();
        const ProjectMask drawn = s->masks(cine).last();
        QCOMPARE(drawn.frame, 5);
        settle(w);
        const QImage on = left->grab().toImage();
        bar->slider()->setValue(0);
        settle(w);
        const QImage off = left->grab().toImage();
        const QPoint edge = left->imageToWidget(drawn.box).topLeft() + QPoint(1, 5);
        QVERIFY(on.pixel(edge) != off.pixel(edge)); // the outline is there on frame 6 only
    }

    // "Export" checks the target first; what was typed stays.
    void exportDialogChecksTheTargetAndKeepsWhatWasTyped()
    {
        MainWindow w;
        w.show();
        QString error;
        QVERIFY(test::orError(w.createProject(m_tmp.filePath(QStringLiteral("dialog.veil")), kPass), &error));
        w.addPaths({m_demo + QStringLiteral("/03_ct")});
        settle(w);
        for (const ProjectInstance &i : w.session()->instances())
            w.session()->setStatus(i.id, ReviewStatus::Approved);
        ExportDialog dialog(w.session(), &w);
        dialog.show();
        auto *target = dialog.findChild<QLineEdit *>(QStringLiteral("target"));
        target->setText(m_tmp.filePath(QStringLiteral("no/such/folder/share.zip")));
        ExportRequest typed = dialog.request();
        typed.recipient = QStringLiteral("Trial 7 core lab");
        typed.purpose = QStringLiteral("validation");
        dialog.setRequest(typed);
        dialog.accept();
        QVERIFY(dialog.isVisible()); // did not close
        QVERIFY2(dialog.targetError().contains(QLatin1String("does not exist")), qPrintable(dialog.targetError()));
        QCOMPARE(dialog.request().recipient, QStringLiteral("Trial 7 core lab"));
        QCOMPARE(dialog.request().target, typed.target);
        target->setText(m_tmp.filePath(QStringLiteral("dialog-share.zip")));
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    // One Study Instance UID under two patients (the corpus's cine and
    // still): each patient holds its own study node, none is empty, the
    // conflict is a problem of its own; the same after reopening.
    void sharedStudyGroupsByPatientAndIsAProblem()
    {
        VEIL_REQUIRE_TESTDATA();
        const QString path = m_tmp.filePath(QStringLiteral("shared.veil"));
        for (int round = 0; round < 2; ++round) {
            MainWindow w;
            w.show();
            QString error;
            if (round == 0) {
                QVERIFY(test::orError(w.createProject(path, kPass), &error));
                w.addPaths({test::testFile(QStringLiteral("deid/ultrasounds"))});
                settle(w);
            } else {
                QVERIFY2(test::orError(w.openProject(path, kPass), &error), qPrintable(error));
            }
            QCOMPARE(w.session()->instances().size(), 3);
            auto *proxy = static_cast<QSortFilterProxyModel *>(w.reviewPage()->tree()->model());
            auto *model = static_cast<ProjectTreeModel *>(proxy->sourceModel());
            QCOMPARE(model->rowCount(), 3); // three patients
            std::function<void(const QModelIndex &)> noEmptyNodes = [&](const QModelIndex &parent) {
                for (int r = 0; r < model->rowCount(parent); ++r) {
                    const QModelIndex i = model->index(r, 0, parent);
                    if (i.data(ProjectTreeModel::LevelRole).toInt() != ProjectTreeModel::InstanceLevel) {
                        QVERIFY2(model->rowCount(i) > 0, qPrintable(i.data().toString()));
                        noEmptyNodes(i);
                    } else { // the project's ID is what an image is called
                        QVERIFY(i.data().toString().startsWith(QLatin1String("ID ")));
                        QVERIFY(i.data(Qt::ToolTipRole).toString().contains(QLatin1String("Instance Number")));
                    }
                }
            };
            noEmptyNodes({});
            int conflicts = 0;
            for (const QString &p : w.problems())
                conflicts += p.contains(QLatin1String("is shared by 2 patients")) ? 1 : 0;
            QCOMPARE(conflicts, 1);
        }
    }

    // The ultrasound files of the shared corpus, shared as a first-time
    // user would: added, reviewed, exported; nothing of their identity in
    // the package. An image the last check sends back names the attribute
    // in the problems panel and in the tag panel.
    void firstShareOfTheCorpusUltrasounds()
    {
        VEIL_REQUIRE_TESTDATA();
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QString error;
        QVERIFY(test::orError(w.createProject(m_tmp.filePath(QStringLiteral("us.veil")), kPass), &error));
        w.addPaths({test::testFile(QStringLiteral("deid/ultrasounds"))});
        settle(w);
        ReviewSession *s = w.session();
        QCOMPARE(s->instances().size(), 3);
        auto *proxy = static_cast<QSortFilterProxyModel *>(w.reviewPage()->tree()->model());
        auto *model = static_cast<ProjectTreeModel *>(proxy->sourceModel());
        for (const ProjectInstance &i : s->instances()) { // a person looked at each
            QSignalSpy repaint(w.reviewPage()->tree()->selectionModel(), &QItemSelectionModel::selectionChanged);
            s->setCurrent(i.id);
            settle(w);
            // The browser shows the image on screen as the selected one (the view
            // paints what the selection model tells it: not while its signals are blocked).
            const QModelIndex shown = proxy->mapFromSource(model->indexOfInstance(i.id));
            QVERIFY(w.reviewPage()->tree()->selectionModel()->isSelected(shown));
            QVERIFY(i.id == s->instances().first().id || !repaint.isEmpty());
            s->setStatus(i.id, ReviewStatus::Approved);
        }
        ExportRequest request;
        request.target = m_tmp.filePath(QStringLiteral("us-share.zip"));
        request.writeReport = writeExportReport;
        QSignalSpy finished(s, &ReviewSession::exportFinished);
        s->exportShare(request);
        QVERIFY(finished.wait(300000));
        const auto result = finished.first().first().value<ExportResult>();
        VEIL_VERIFY_OK(result.status);
        QCOMPARE(result.summary.items.size(), 3);
        QCOMPARE(result.summary.failedChecks.size(), 0);
        QList<InputItem> inputs;
        for (const ProjectInstance &i : s->instances())
            inputs << i.source;
        int checked = 0;
        const QStringList leaks = test::identifiersIn(test::packageText(request.target), inputs, &checked);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral("; "))));
        QVERIFY(checked > 20);
    }

    // Safe-list review: only the words masked because the safe list does not
    // know them; one click keeps a word everywhere (project safe list,
    // audited), one undo takes it back.
    void safeListReviewKeepsAWordEverywhere()
    {
        VEIL_REQUIRE_TESTDATA();
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QString error;
        QVERIFY(test::orError(w.createProject(m_tmp.filePath(QStringLiteral("safe.veil")), kPass), &error));
        w.addPaths({test::testFile(QStringLiteral("deid/ultrasounds/RGB_IMAGE.dcm"))});
        settle(w);
        ReviewSession *s = w.session();
        const qint64 id = s->instances().first().id;
        s->setCurrent(id);
        settle(w);
        ProjectFinding word;
        for (const ProjectFinding &f : s->findings(id))
            if (f.text == QLatin1String("DTCEM"))
                word = f;
        QCOMPARE(word.why, QStringLiteral("not on the safe list"));
        auto enabled = [&] {
            for (const ProjectMask &m : s->masks(id))
                if (m.findingId == word.id)
                    return m.enabled;
            return false;
        };
        QVERIFY(enabled());
        ReviewPage *page = w.reviewPage();
        page->safeListReviewAction->trigger();
        QVERIFY(w.statusBar()->currentMessage().contains(QLatin1String("masked only because")));
        ReviewCanvas *left = page->originalPane();
        QTest::mouseClick(left, Qt::LeftButton, {}, toWidget(left, word.box.center())); // one plain click
        settle(w);
        QCOMPARE(s->safeWords(), QStringList{QStringLiteral("DTCEM")});
        QVERIFY(!enabled());
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier); // one undo step takes both back
        settle(w);
        QVERIFY(s->safeWords().isEmpty());
        QVERIFY(enabled());
        page->safeListReviewAction->trigger();
        // Outside the review, a plain click changes nothing.
        QTest::mouseClick(left, Qt::LeftButton, {}, toWidget(left, word.box.center()));
        settle(w);
        QVERIFY(s->safeWords().isEmpty());
    }

    void lastCheckFindingInTheTagPanel()
    {
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QString error;
        QVERIFY(test::orError(w.createProject(m_tmp.filePath(QStringLiteral("alert.veil")), kPass), &error));
        w.addPaths({m_demo + QStringLiteral("/03_ct/IM0001.dcm"), m_demo + QStringLiteral("/03_ct/IM0002.dcm")});
        settle(w);
        ReviewSession *s = w.session();
        const qint64 id = s->instances().first().id, other = s->instances().last().id;
        s->setStatus(id, ReviewStatus::Flagged,
                     QStringLiteral("export check: an original identifier (a name) is still in Referring "
                                    "Physician's Name (0008,0090)"));
        s->setCurrent(other);
        settle(w);
        s->setCurrent(id);
        settle(w);
        TagPanel *tags = w.reviewPage()->tagPanel();
        QTRY_VERIFY(tags->view()->model()->rowCount() > 10);
        QVERIFY(tags->alert().contains(QLatin1String("Referring Physician's Name (0008,0090)")));
        auto *proxy = static_cast<QSortFilterProxyModel *>(tags->view()->model());
        QTRY_COMPARE(static_cast<TagDiffModel *>(proxy->sourceModel())->alertRows(), 1);
    }
};

QTEST_MAIN(TestReview)
#include "tst_review.moc"
