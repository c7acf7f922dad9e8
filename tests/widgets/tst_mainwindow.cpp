// The review workstation, offscreen, driven through its real widgets: a
// project of the demo study, a mask drawn with the mouse, undo and redo,
// approve and next, an OCR box toggled; then the project file is read back.
#include "GuiTest.h"
#include "TestData.h"
#include "TestResult.h"

#include "app/gui/MainWindow.h"
#include "engine/dicom/demo/DemoStudy.h"
#include "widgets/ExportDialog.h"
#include "widgets/ReviewCanvas.h"
#include "widgets/ReviewPage.h"
#include "widgets/SettingsDialog.h"
#include "widgets/StartPage.h"
#include "widgets/TagPanel.h"
#include "widgets/models/EngineText.h"
#include "widgets/models/ExportReport.h"
#include "widgets/models/JobController.h"
#include "widgets/models/ProjectTreeModel.h"
#include "widgets/models/ReviewSession.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeView>

using namespace veil;

namespace {

const QString kPass = QStringLiteral("gui test passphrase");

using test::settle;
using test::toWidget;

// Share of non-dark pixels the pane painted.
double paintedFraction(QWidget *view)
{
    const QImage shot = view->grab().toImage();
    int lit = 0;
    for (int y = 30; y < shot.height(); y += 3)
        for (int x = 0; x < shot.width(); x += 3)
            lit += qGray(shot.pixel(x, y)) > 40 ? 1 : 0;
    return double(lit) / ((shot.width() / 3 + 1) * ((shot.height() - 30) / 3 + 1));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("VeilTest"));
        QApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void startsOnTheStartPage()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.startPage()->isVisible());
        QVERIFY(!w.reviewPage()->isVisible());
        const QIcon icon = MainWindow::applicationIcon(); // window, menus, the start page's heading
        QVERIFY(icon.availableSizes().contains(QSize(256, 256)));
        QVERIFY(!icon.pixmap(48).isNull());
    }

    // German, where translated: menus and the start page (layouts hold longer words).
    // Settings keep what the dialog does not show (the pixel safe words) and
    // edit the words a project keeps in cleaned text.
    void settingsRoundTripTheProfileWords()
    {
        QStringList errors;
        const ProjectProfile before = ProjectProfile::fromJson(
            R"({"options": ["clean-descriptors"], "safeWords": ["DTCEM"], "keepWords": ["ACME"]})", &errors);
        QVERIFY(errors.isEmpty());
        SettingsDialog dialog(before, QByteArray(), false);
        auto *keep = dialog.findChild<QLineEdit *>(QStringLiteral("keepWords"));
        QVERIFY(keep);
        QCOMPARE(keep->text(), QStringLiteral("ACME"));
        keep->setText(QStringLiteral("ACME, Trial7"));
        const ProjectProfile after = ProjectProfile::fromJson(dialog.profileJson(), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char(' '))));
        QCOMPARE(after.keepWords, (QStringList{QStringLiteral("ACME"), QStringLiteral("Trial7")}));
        QCOMPARE(after.safeWords, QStringList{QStringLiteral("DTCEM")});
        QVERIFY(after.options.test(size_t(DeidOption::CleanDescriptors)));
    }

    // The OCR languages: chosen ones ticked, ones not installed disabled, the choice read back.
    void settingsChooseOcrLanguages()
    {
        SettingsDialog dialog(ProjectProfile(), QByteArray(), false);
        dialog.setOcrLanguages({QStringLiteral("deu")},
                               {QStringLiteral("eng"), QStringLiteral("deu"), QStringLiteral("fra")});
        auto *french = dialog.findChild<QCheckBox *>(QStringLiteral("ocr-fra"));
        auto *dutch = dialog.findChild<QCheckBox *>(QStringLiteral("ocr-nld"));
        QVERIFY(french && dutch);
        QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("ocr-deu"))->isChecked());
        QVERIFY(!dutch->isEnabled()); // not installed in this call
        french->setChecked(true);
        QCOMPARE(dialog.ocrLanguages(), (QStringList{QStringLiteral("deu"), QStringLiteral("fra")}));
    }

    // Help > User Manual finds the manual built beside the program (installed:
    // /usr/share/doc/veil/manual, checked by tst_package).
    void theManualIsFound()
    {
        const QString manual = MainWindow::manualPath();
        QVERIFY2(manual.endsWith(QLatin1String("/manual/index.html")), qPrintable(manual));
        QFile page(manual);
        QVERIFY(page.open(QIODevice::ReadOnly));
        QVERIFY(page.readAll().contains("reviewing.html"));
        MainWindow w;
        QStringList help;
        for (QAction *a : w.menuBar()->actions().last()->menu()->actions())
            help << a->text();
        QVERIFY2(help.contains(QStringLiteral("User &Manual")), qPrintable(help.join(QLatin1Char(' '))));
    }

    void speaksGerman()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(VEIL_QM_DIR "/veil_de.qm")));
        QApplication::installTranslator(&german);
        {
            MainWindow w;
            w.show();
            QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&Projekt"));
            QStringList buttons;
            for (const QPushButton *b : w.startPage()->findChildren<QPushButton *>())
                buttons << b->text();
            QVERIFY2(buttons.contains(QStringLiteral("Neues Projekt…")), qPrintable(buttons.join(' ')));
            QVERIFY(w.reviewPage()->approveNextAction->text().startsWith(QLatin1String("Freigeben")));
        }
        // The engine's words the GUI shows: gate reasons, risk advice (plural forms).
        QCOMPARE(gateReasonText(QStringLiteral("flagged for review")), QStringLiteral("zur Prüfung markiert"));
        QCOMPARE(riskAdviceText({QStringLiteral("bodyPart"), 3}),
                 QStringLiteral("Körperregion verallgemeinern oder entfernen: kleinstes k wird 3"));
        QVERIFY(riskAdviceText({QString(), 1}).startsWith(QStringLiteral("nur 1 Patient im Paket")));
        QVERIFY(riskAdviceText({QString(), 2}).startsWith(QStringLiteral("nur 2 Patienten im Paket")));
        QApplication::removeTranslator(&german);
    }

    void reviewDecisionsReachTheProjectFile()
    {
        QTemporaryDir tmp;
        const QString demo = tmp.filePath(QStringLiteral("demo")), path = tmp.filePath(QStringLiteral("demo.veil"));
        QVERIFY(writeDemoStudy(demo).ok());
        qint64 us = 0, next = 0, toggled = 0;
        QRect drawn;
        bool toggledWasMasked = false;
        {
            MainWindow w;
            w.resize(1280, 800);
            w.show();
            QString error;
            QVERIFY2(test::orError(w.createProject(path, kPass), &error), qPrintable(error));
            w.addPaths({demo});
            settle(w);
            ReviewSession *s = w.session();
            QCOMPARE(s->instances().size(), 24);
            ReviewPage *page = w.reviewPage();
            QVERIFY(page->isVisible());

            // Select the single-frame ultrasound in the browser with the mouse.
            for (const ProjectInstance &i : s->instances())
                if (i.modality == QLatin1String("US") && i.frames == 1)
                    us = i.id;
            auto *proxy = static_cast<QSortFilterProxyModel *>(page->tree()->model());
            auto *model = static_cast<ProjectTreeModel *>(proxy->sourceModel());
            const QModelIndex index = proxy->mapFromSource(model->indexOfInstance(us));
            page->tree()->scrollTo(index);
            QTest::mouseClick(page->tree()->viewport(), Qt::LeftButton, {}, page->tree()->visualRect(index).center());
            QCOMPARE(s->currentId(), us);
            settle(w);
            ReviewCanvas *left = page->originalPane();
            QTRY_COMPARE(left->image().size(), QSize(640, 480));
            QVERIFY(paintedFraction(left) > 0.05);
            QTRY_VERIFY(page->tagPanel()->view()->model()->rowCount() > 20);

            // Window/level on this colour image (brightness and contrast): a
            // drag to the left narrows the window in both panes; W resets it.
            settle(w);
            const QImage plain = left->image(), plainRight = page->redactedPane()->image();
            const qsizetype masksBefore = s->masks(us).size();
            const QPoint a = toWidget(left, {320, 240}), b = a - QPoint(80, 0);
            QTest::mousePress(left, Qt::LeftButton, {}, a);
            QTest::mouseMove(left, (a + b) / 2);
            QTest::mouseMove(left, b);
            QTest::mouseRelease(left, Qt::LeftButton, {}, b);
            QTRY_VERIFY(left->image() != plain && page->redactedPane()->image() != plainRight);
            QCOMPARE(s->masks(us).size(), masksBefore); // a drag in Browse draws nothing
            page->resetWindowAction->trigger();
            QTRY_VERIFY(left->image() == plain);

            // Draw a mask with the mouse.
            const int before = int(s->masks(us).size());
            page->drawToolAction->trigger();
            const QPoint from = toWidget(left, {300, 380}), to = toWidget(left, {380, 420});
            QTest::mousePress(left, Qt::LeftButton, {}, from);
            QTest::mouseMove(left, (from + to) / 2);
            QTest::mouseMove(left, to);
            QTest::mouseRelease(left, Qt::LeftButton, {}, to);
            QCOMPARE(s->masks(us).size(), before + 1);
            drawn = s->masks(us).last().box;
            QVERIFY2(std::abs(drawn.left() - 300) <= 2 && std::abs(drawn.bottom() - 420) <= 2,
                     qPrintable(QStringLiteral("%1,%2 %3x%4")
                                    .arg(drawn.x())
                                    .arg(drawn.y())
                                    .arg(drawn.width())
                                    .arg(drawn.height())));

            // Undo and redo from the keyboard.
            QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
            QCOMPARE(s->masks(us).size(), before);
            QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            QCOMPARE(s->masks(us).size(), before + 1);
            settle(w);
            // The export-ready pane shows the new mask burned in: dark where the original is not.
            const QImage right = page->redactedPane()->image(), original = left->image();
            QVERIFY(!right.isNull());
            QVERIFY(qGray(right.pixel(340, 400)) < 30);

            // Approve and go to the next unreviewed.
            page->browseToolAction->trigger();
            page->approveNextAction->trigger();
            QCOMPARE(s->instance(us)->status, ReviewStatus::Approved);
            next = s->currentId();
            QVERIFY(next != us && next != 0);
            settle(w);

            // Toggle an OCR box on the next image that has findings, with Ctrl+click.
            s->setCurrent(us); // the ultrasound has findings for sure
            settle(w);
            // A box no other box or mask overlaps at its centre, so the click is unambiguous.
            ProjectFinding f;
            const QList<ProjectFinding> all = s->findings(us);
            for (const ProjectFinding &c : all) {
                int covering = 0;
                for (const ProjectFinding &o : all)
                    covering += o.box.contains(c.box.center()) ? 1 : 0;
                for (const ProjectMask &m : s->masks(us))
                    covering += m.findingId != c.id && m.box.contains(c.box.center()) ? 1 : 0;
                if (covering == 1 && f.id == 0)
                    f = c;
            }
            QVERIFY(f.id != 0);
            for (const ProjectMask &m : s->masks(us))
                if (m.findingId == f.id)
                    toggledWasMasked = m.enabled;
            toggled = f.id;
            QTest::mouseClick(left, Qt::LeftButton, Qt::ControlModifier, toWidget(left, f.box.center()));
            settle(w);
            w.close();
        }
        // The project file holds exactly those decisions.
        QString error;
        auto p = test::orError(Project::open(path, kPass), &error);
        QVERIFY2(p, qPrintable(error));
        int manual = 0;
        bool toggledNow = false;
        for (const ProjectMask &m : p->masks(us)) {
            if (m.origin == ProjectMask::Origin::Manual && m.findingId == 0) {
                ++manual;
                QCOMPARE(m.box, drawn);
            }
            if (m.findingId == toggled)
                toggledNow = m.enabled;
        }
        QCOMPARE(manual, 1);
        QCOMPARE(toggledNow, !toggledWasMasked);
        ProjectInstance i;
        QVERIFY(p->instance(us, &i));
        QCOMPARE(i.status, ReviewStatus::Approved);
        QVERIFY(p->instance(next, &i));
        QVERIFY(i.status != ReviewStatus::Approved);
        QMap<QString, int> actions;
        for (const AuditEntry &e : p->audit())
            ++actions[e.action];
        QCOMPARE(actions.value(QStringLiteral("mask.add")), 2 + (toggledWasMasked ? 0 : 1)); // draw, redo (+ toggle)
        QCOMPARE(actions.value(QStringLiteral("mask.remove")), 1);                           // undo
        QCOMPARE(actions.value(QStringLiteral("status.set")), 1);
        QCOMPARE(actions.value(QStringLiteral("mask.change")), toggledWasMasked ? 1 : 0);
    }

    // The export dialog shows the gate and the risk before anything is written; the export runs as a job.
    void exportDialogGatesAndExports()
    {
        QTemporaryDir tmp;
        const QString demo = tmp.filePath(QStringLiteral("demo"));
        QVERIFY(writeDemoStudy(demo).ok());
        MainWindow w;
        w.show();
        QString error;
        QVERIFY(test::orError(w.createProject(tmp.filePath(QStringLiteral("e.veil")), kPass), &error));
        w.addPaths({demo + QStringLiteral("/03_ct")});
        settle(w);
        ReviewSession *s = w.session();
        for (const ProjectInstance &i : s->instances().mid(0, 15))
            s->setStatus(i.id, ReviewStatus::Approved);
        ExportDialog dialog(s, &w);
        QSignalSpy risk(s, &ReviewSession::riskReady);
        dialog.show();
        QVERIFY(risk.wait(30000));
        const QString text = dialog.findChildren<QLabel *>().first()->text();
        QVERIFY2(text.contains(QLatin1String("<b>15</b> image(s) will be exported; <b>5</b>")), qPrintable(text));
        dialog.findChild<QLineEdit *>(QStringLiteral("target"))->setText(tmp.filePath(QStringLiteral("share.zip")));
        ExportRequest request = dialog.request();
        request.writeReport = writeExportReport;
        QSignalSpy finished(s, &ReviewSession::exportFinished);
        s->exportShare(request);
        QVERIFY(finished.wait(120000));
        const auto result = finished.first().first().value<ExportResult>();
        VEIL_VERIFY_OK(result.status);
        QCOMPARE(result.summary.items.size(), 15);
        QVERIFY(QFileInfo(tmp.filePath(QStringLiteral("share.zip"))).size() > 100000);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
