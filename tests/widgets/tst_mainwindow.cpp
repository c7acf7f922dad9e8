// The main window, offscreen: opens the demo study and real ultrasound
// files, shows the first image, steps through a cine.
#include "TestData.h"

#include "ImageView.h"
#include "MainWindow.h"
#include "dicom/DemoStudy.h"
#include "models/JobController.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTreeView>

using namespace veil;

namespace {

void settle(MainWindow &w)
{
    QTRY_VERIFY_WITH_TIMEOUT(w.jobs()->runningJobs() == 0, 20000);
    QApplication::processEvents();
}

// Share of non-black pixels in what the view actually painted.
double paintedFraction(QWidget *view)
{
    const QImage shot = view->grab().toImage();
    int lit = 0;
    for (int y = 0; y < shot.height(); y += 3)
        for (int x = 0; x < shot.width(); x += 3)
            lit += qGray(shot.pixel(x, y)) > 30 ? 1 : 0;
    return double(lit) / ((shot.width() / 3 + 1) * (shot.height() / 3 + 1));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void opensTheDemoStudyAndShowsTheFirstImage()
    {
        QTemporaryDir tmp;
        QVERIFY(writeDemoStudy(tmp.path()).ok);
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        w.openPaths({tmp.path()});
        settle(w);
        QCOMPARE(w.studyIndex().instanceCount(), 24);
        QVERIFY(w.currentInstance() >= 0);
        QVERIFY(!w.imageView()->image().isNull());
        QCOMPARE(w.imageView()->image().size(), QSize(640, 480));
        QVERIFY(paintedFraction(w.imageView()) > 0.05);
        QCOMPARE(w.problemCount(), 0);
    }

    void stepsThroughACine()
    {
        QTemporaryDir tmp;
        QVERIFY(writeDemoStudy(tmp.path()).ok);
        MainWindow w;
        w.show();
        w.openPaths({tmp.path() + QStringLiteral("/02_us_cine")});
        settle(w);
        const QImage first = w.imageView()->image();
        QVERIFY(!first.isNull());
        emit w.imageView()->stepRequested(5);
        settle(w);
        QCOMPARE(w.currentFrame(), 5);
        QVERIFY(w.imageView()->image() != first);
    }

    void opensRealUltrasoundAndListsProblems()
    {
        VEIL_REQUIRE_TESTDATA();
        MainWindow w;
        w.show();
        w.openPaths(
            {test::testFile(QStringLiteral("deid/ultrasounds")), test::testFile(QStringLiteral("pydicom/zipMR.gz"))});
        settle(w);
        QCOMPARE(w.studyIndex().instanceCount(), 3); // two files and the cine inside the zip
        QVERIFY(!w.imageView()->image().isNull());
        QCOMPARE(w.problemCount(), 1); // the gzip file, with its reason
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
