// The synthetic demo study: what it contains, and that it is deterministic.
#include "TestData.h"
#include "TestResult.h"

#include "engine/dicom/DicomFile.h"
#include "engine/dicom/demo/DemoStudy.h"
#include "engine/dicom/input/IndexJob.h"
#include "engine/dicom/input/StudyIndex.h"
#include "engine/dicom/volume/VolumeBuilder.h"
#include "engine/jobs/JobContext.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QTemporaryDir>

using namespace veil;

namespace {

QByteArray treeHash(const QString &root)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &f : test::filesUnder(root)) {
        QFile file(f);
        if (file.open(QIODevice::ReadOnly)) {
            h.addData(QDir(root).relativeFilePath(f).toUtf8());
            h.addData(file.readAll());
        }
    }
    return h.result();
}

// Fraction of bright pixels in a band at the top of the frame.
double brightFraction(const DisplayFrame &d, int bandHeight, int threshold)
{
    int bright = 0, total = 0;
    for (int y = 0; y < bandHeight; ++y)
        for (int x = 0; x < d.width * d.channels; ++x, ++total)
            bright += uchar(d.pixels[qsizetype(y) * d.width * d.channels + x]) > threshold ? 1 : 0;
    return total ? double(bright) / total : 0;
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const Result<QStringList> files = writeDemoStudy(m_tmp.filePath(QStringLiteral("a")));
        VEIL_VERIFY_OK(files);
        QCOMPARE(files->size(), 24);
        m_result = indexInputs({m_tmp.filePath(QStringLiteral("a"))}, JobContext::none());
        for (const InstanceInfo &i : m_result.instances)
            m_index.add(i);
    }

    void studyShape()
    {
        QCOMPARE(m_index.patients().size(), 1);
        QCOMPARE(m_index.studyCount(), 1);
        QCOMPARE(m_index.seriesCount(), 5);
        const StudyNode &study = m_index.patients().first().studies.first();
        QStringList modalities;
        QList<int> counts;
        for (const SeriesNode &s : study.series) {
            modalities << s.modality;
            counts << int(s.instances.size());
        }
        QCOMPARE(modalities, (QStringList{"US", "US", "CT", "OT", "SR"}));
        QCOMPARE(counts, (QList<int>{1, 1, 20, 1, 1}));
        QCOMPARE(study.series[1].frameCount, 20);
    }

    void pixelModules()
    {
        QHash<QString, InstanceInfo> bySeries;
        for (int i = 0; i < m_index.instanceCount(); ++i)
            bySeries.insert(m_index.instance(i).seriesDescription, m_index.instance(i));
        const InstanceInfo us = bySeries.value(QStringLiteral("Abdomen (colour)"));
        QCOMPARE(us.photometric, QStringLiteral("RGB"));
        QCOMPARE(us.burnedInAnnotation, QStringLiteral("YES"));
        const InstanceInfo cine = bySeries.value(QStringLiteral("Cardiac cine"));
        QCOMPARE(cine.frames, 20);
        QCOMPARE(cine.sopClassName, QStringLiteral("UltrasoundMultiframeImageStorage"));
        const InstanceInfo ct = bySeries.value(QStringLiteral("Head phantom 5 mm"));
        QCOMPARE(ct.bitsAllocated, 16);
        QCOMPARE(ct.pixelRepresentation, 1);
        QCOMPARE(ct.burnedInAnnotation, QStringLiteral("NO"));
        const InstanceInfo sr = bySeries.value(QStringLiteral("Ultrasound report"));
        QCOMPARE(sr.sopClassName, QStringLiteral("BasicTextSRStorage"));
        QVERIFY(!sr.hasPixelData);
    }

    void identityIsInTheTags()
    {
        for (const InstanceInfo &i : m_result.instances) {
            QCOMPARE(i.patientName, QString::fromLatin1(DemoIdentity::patientName));
            QCOMPARE(i.patientId, QString::fromLatin1(DemoIdentity::patientId));
            QCOMPARE(i.patientBirthDate, QString::fromLatin1(DemoIdentity::birthDate));
            QCOMPARE(i.accessionNumber, QString::fromLatin1(DemoIdentity::accession));
        }
    }

    void srTextNamesThePatient()
    {
        QFile f(m_tmp.filePath(QStringLiteral("a/05_sr/SR0001.dcm")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains("VEILDEMO, JANE Q"));
        QVERIFY(bytes.contains(DemoIdentity::patientId));
        QVERIFY(bytes.contains(DemoIdentity::accession));
    }

    void textIsBurnedWhereExpected()
    {
        auto frameOf = [&](const QString &rel, int frame) {
            auto file = DicomFile::open({m_tmp.filePath(rel), {}}).valueOr(nullptr);
            return file ? file->renderFrame(frame).valueOr({}) : DisplayFrame();
        };
        const DisplayFrame us = frameOf(QStringLiteral("a/01_us_single/IM0001.dcm"), 0);
        const DisplayFrame cineFirst = frameOf(QStringLiteral("a/02_us_cine/IM0001.dcm"), 0);
        const DisplayFrame cineLast = frameOf(QStringLiteral("a/02_us_cine/IM0001.dcm"), 19);
        const DisplayFrame ct = frameOf(QStringLiteral("a/03_ct/IM0001.dcm"), 0);
        QVERIFY(brightFraction(us, 40, 200) > 0.02); // header text
        QVERIFY(brightFraction(cineFirst, 40, 200) > 0.02);
        QVERIFY(brightFraction(ct, 40, 200) == 0.0); // CT: no text, air at the top
        // The cine's labels are static while the anatomy moves.
        QCOMPARE(cineFirst.pixels.left(640 * 40), cineLast.pixels.left(640 * 40));
        QVERIFY(cineFirst.pixels != cineLast.pixels);
    }

    // The CT series as one volume, whatever order its files come in.
    void ctSeriesBecomesOneVolume()
    {
        QList<InputItem> slices;
        QDirIterator it(m_tmp.filePath(QStringLiteral("a/03_ct")), QDir::Files);
        while (it.hasNext())
            slices.prepend({it.next(), {}});
        std::reverse(slices.begin() + 5, slices.end());                                       // any order
        slices << InputItem{m_tmp.filePath(QStringLiteral("a/01_us_single/IM0001.dcm")), {}}; // not a CT slice
        const Result<Volume> r = buildVolume(slices, JobContext::none());
        VEIL_VERIFY_OK(r);
        const Volume &v = *r;
        QCOMPARE(v.skippedSlices, 1);
        QCOMPARE(v.width, 256);
        QCOMPARE(v.height, 256);
        QCOMPARE(v.depth, 20);
        QCOMPARE(v.spacing[2], 5.0);
        QCOMPARE(v.origin[2], 0.0); // the first slice along the normal
        QCOMPARE(v.modality, QStringLiteral("CT"));
        // Voxels are the slices' HU values, slice n at z = n.
        for (int z : {0, 7, 19}) {
            auto file =
                DicomFile::open(
                    {m_tmp.filePath(QStringLiteral("a/03_ct/IM%1.dcm").arg(z + 1, 4, 10, QLatin1Char('0'))), {}})
                    .valueOr(nullptr);
            QVERIFY(file);
            const ValueFrame f = test::must(file->decodeValues(0));
            QCOMPARE(double(v.at(128, 100, z)), f.values[100 * 256 + 128]);
        }
        // Halved in-plane when asked for less.
        const Volume small = test::must(buildVolume(slices, JobContext::none(), 128));
        QCOMPARE(small.width, 128);
        QCOMPARE(small.spacing[0], 0.9375 * 2);
        QVERIFY(!buildVolume(slices.mid(0, 2), JobContext::none()).message().isEmpty()); // two slices are no volume
    }

    void deterministic()
    {
        QVERIFY(writeDemoStudy(m_tmp.filePath(QStringLiteral("b"))).ok());
        QCOMPARE(treeHash(m_tmp.filePath(QStringLiteral("b"))), treeHash(m_tmp.filePath(QStringLiteral("a"))));
    }

private:
    QTemporaryDir m_tmp;
    IndexResult m_result;
    StudyIndex m_index;
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
