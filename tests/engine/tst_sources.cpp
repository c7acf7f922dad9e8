// Finding inputs: folders, DICOMDIR, zip, junk; originals never touched;
// frames decoded on demand with a bounded cache.
#include "TestData.h"
#include "TestResult.h"

#include "engine/dicom/FrameSource.h"
#include "engine/dicom/demo/DemoStudy.h"
#include "engine/dicom/input/IndexJob.h"
#include "engine/dicom/input/InputScanner.h"
#include "engine/jobs/JobContext.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace veil;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestSources : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY(writeDemoStudy(m_tmp.filePath(QStringLiteral("demo"))).ok());
    }

    void folderIsRecursiveAndSkipsJunkWithReasons()
    {
        const QString root = m_tmp.filePath(QStringLiteral("demo"));
        QVERIFY(writeFile(root + QStringLiteral("/notes.txt"), "not a DICOM file\n"));
        QVERIFY(writeFile(root + QStringLiteral("/empty.dcm"), QByteArray()));
        QVERIFY(QFile::link(root, root + QStringLiteral("/03_ct/loop"))); // a symlink loop
        const IndexResult r = indexInputs({root, m_tmp.filePath(QStringLiteral("missing"))}, JobContext::none());
        QCOMPARE(r.instances.size(), 24);
        QCOMPARE(r.failed.size(), 1);  // the missing path: a named input that is not there
        QCOMPARE(r.skipped.size(), 2); // notes.txt, empty.dcm: not DICOM
        for (const SkippedInput &s : r.skipped)
            QVERIFY(!s.reason.isEmpty());
        QFile::remove(root + QStringLiteral("/03_ct/loop"));
        QFile::remove(root + QStringLiteral("/notes.txt"));
        QFile::remove(root + QStringLiteral("/empty.dcm"));
    }

    void cancelStopsEarly()
    {
        JobContext job;
        job.cancel();
        const IndexResult r = indexInputs({m_tmp.filePath(QStringLiteral("demo"))}, job);
        QVERIFY(r.cancelled);
        QVERIFY(r.instances.isEmpty());
    }

    void progressIsReported()
    {
        qint64 last = -1, total = -1;
        JobContext job([&](qint64 done, qint64 all, const QString &) {
            last = done;
            total = all;
        });
        indexInputs({m_tmp.filePath(QStringLiteral("demo"))}, job);
        QCOMPARE(total, 24);
        QCOMPARE(last, 24);
    }

    void dicomDirListsItsFilesOnce()
    {
        VEIL_REQUIRE_TESTDATA();
        const QString dir = test::testFile(QStringLiteral("pydicom/dicomdirtests/DICOMDIR"));
        const Result<DicomDirReferences> refs = dicomDirReferences(dir);
        QVERIFY2(refs, qPrintable(refs.message()));
        QVERIFY(refs->files.size() >= 30);
        QVERIFY(refs->missing.isEmpty());
        // Opening the DICOMDIR and its folder together reads each file once.
        const IndexResult r =
            indexInputs({dir, test::testFile(QStringLiteral("pydicom/dicomdirtests"))}, JobContext::none());
        QSet<QString> paths;
        for (const InstanceInfo &i : r.instances) {
            QVERIFY2(!paths.contains(i.source.displayPath()), "read twice");
            paths.insert(i.source.displayPath());
        }
        int dicomDirs = 0;
        for (const InstanceInfo &i : r.instances)
            dicomDirs += i.isDicomDir ? 1 : 0;
        QVERIFY(dicomDirs >= 1);
        QVERIFY(r.instances.size() - dicomDirs >= refs->files.size());
    }

    void zipEntriesAreReadInMemory()
    {
        VEIL_REQUIRE_TESTDATA();
        const QString zip = test::testFile(QStringLiteral("deid/ultrasounds/GREYSCALE_CINE.zip"));
        const IndexResult r = indexInputs({zip}, JobContext::none());
        QCOMPARE(r.instances.size(), 1);
        const InstanceInfo &cine = r.instances.first();
        QVERIFY(cine.source.zipEntry.endsWith(QLatin1String(".dcm")));
        QCOMPARE(cine.frames, 27);
        QCOMPARE(cine.rows, 600);
        QCOMPARE(cine.columns, 800);
        FrameSource source;
        const Result<DisplayFrame> last = source.frame(cine.source, 26);
        VEIL_VERIFY_OK(last);
        QCOMPARE(last->width, 800);
    }

    void originalsAreNeverModified()
    {
        VEIL_REQUIRE_TESTDATA();
        const QStringList files{test::testFile(QStringLiteral("pydicom-data/US1_J2KR.dcm")),
                                test::testFile(QStringLiteral("dcm4che/US-PAL-8-10x-echo")),
                                test::testFile(QStringLiteral("dicomParser/CT1_UNC.explicit_big_endian.dcm"))};
        QList<QByteArray> before;
        QList<QDateTime> times;
        for (const QString &f : files) {
            before << fileHash(f);
            times << QFileInfo(f).lastModified();
        }
        FrameSource source;
        for (const QString &f : files) {
            VEIL_VERIFY_OK(source.frame({f, {}}, 0));
        }
        for (int i = 0; i < files.size(); ++i) {
            QCOMPARE(fileHash(files[i]), before[i]);
            QCOMPARE(QFileInfo(files[i]).lastModified(), times[i]);
        }
    }

    void frameCacheIsBounded()
    {
        const InputItem cine{m_tmp.filePath(QStringLiteral("demo/02_us_cine/IM0001.dcm")), {}};
        const qint64 budget = 3 * 640 * 480; // three frames
        FrameSource source(budget);
        VEIL_VERIFY_OK(source.file(cine));
        QCOMPARE(source.cachedFrameCount(), 0); // opening decodes nothing
        for (int f = 0; f < 20; ++f) {
            VEIL_VERIFY_OK(source.frame(cine, f));
            QVERIFY(source.cachedFrameBytes() <= budget);
        }
        QCOMPARE(source.cachedFrameCount(), 3);
    }

    void headerOnlyOpenIsCheapOnBigFiles()
    {
        // 20 frames of 640x480 on disk; opening must not read them into memory.
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 50; ++i)
            QVERIFY(
                DicomFile::open({m_tmp.filePath(QStringLiteral("demo/02_us_cine/IM0001.dcm")), {}}).valueOr(nullptr));
        QVERIFY2(t.elapsed() < 2000, "50 header reads took too long");
    }

private:
    QTemporaryDir m_tmp;
};

QTEST_GUILESS_MAIN(TestSources)
#include "tst_sources.moc"
