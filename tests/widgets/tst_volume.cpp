// The 3-D view: VTK drawing into a Qt 6 QOpenGLWidget. Needs an X server
// (ctest runs it under xvfb-run; Mesa's llvmpipe renders).
#include "TestResult.h"
#include "engine/dicom/demo/DemoStudy.h"
#include "engine/jobs/JobContext.h"
#include "widgets/volume/VolumeView.h"
#include "widgets/volume/VolumeWindow.h"

#include <QApplication>
#include <QDirIterator>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>

using namespace veil;

namespace {

// Share of the picture that is not the background.
double drawnFraction(const QImage &shot)
{
    const QColor background = shot.pixelColor(2, 2);
    int drawn = 0;
    for (int y = 0; y < shot.height(); y += 2)
        for (int x = 0; x < shot.width(); x += 2)
            drawn += std::abs(qGray(shot.pixel(x, y)) - qGray(background.rgb())) > 12 ? 1 : 0;
    return double(drawn) / ((shot.width() / 2) * (shot.height() / 2));
}

} // namespace

class TestVolume : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    Volume m_ct;

private slots:
    void initTestCase()
    {
        QVERIFY(writeDemoStudy(m_tmp.path()).ok());
        QList<InputItem> slices;
        QDirIterator it(m_tmp.filePath(QStringLiteral("03_ct")), QDir::Files);
        while (it.hasNext())
            slices << InputItem{it.next(), {}};
        const Result<Volume> r = buildVolume(slices, JobContext::none());
        VEIL_VERIFY_OK(r);
        m_ct = *r;
    }

    void surfaceIsDrawnAndTurns()
    {
        VolumeWindow w(m_ct, QStringLiteral("CT"));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        VolumeView *view = w.view();
        QCOMPARE(view->isoValue(), -300.0); // skin, for CT
        QCOMPARE(w.isoSlider()->value(), -300);
        QVERIFY2(view->surfacePoints() > 1000, qPrintable(QString::number(view->surfacePoints())));
        const QImage front = view->grabFramebuffer();
        const double shown = drawnFraction(front);
        QVERIFY2(shown > 0.05, qPrintable(QString::number(shown)));
        view->turn(90, 0);
        const QImage side = view->grabFramebuffer();
        QVERIFY(side != front);
        QVERIFY(drawnFraction(side) > 0.02);
        // Above every value there is no surface, and nothing is drawn.
        w.isoSlider()->setValue(w.isoSlider()->maximum());
        QCOMPARE(view->surfacePoints(), 0);
        QVERIFY(drawnFraction(view->grabFramebuffer()) < 0.001);
        qInfo("front view: %.1f%% of the picture is the surface", 100 * shown);
    }
};

int main(int argc, char **argv)
{
    VolumeView::setDefaultSurfaceFormat(); // before the QApplication, as VTK needs
    QApplication app(argc, argv);
    TestVolume test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_volume.moc"
