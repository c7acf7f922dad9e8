// The whole shared corpus: every file accounted for, every readable image
// with pixel data in a supported syntax renders.
#include "TestData.h"

#include "engine/dicom/DicomFile.h"
#include "engine/dicom/codec/TransferSyntax.h"
#include "engine/dicom/input/IndexJob.h"
#include "engine/jobs/JobContext.h"

#include <QElapsedTimer>
#include <QSet>

using namespace veil;

class TestCorpus : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        VEIL_REQUIRE_TESTDATA();
        QElapsedTimer t;
        t.start();
        m_result = indexInputs({test::testDataDir()}, JobContext::none());
        qInfo("indexed %lld instances, %lld skipped, %lld failed in %lld ms", qlonglong(m_result.instances.size()),
              qlonglong(m_result.skipped.size()), qlonglong(m_result.failed.size()), qlonglong(t.elapsed()));
    }

    void everyFileIsAccountedFor()
    {
        QSet<QString> seen;
        for (const InstanceInfo &i : m_result.instances)
            seen.insert(i.source.filePath);
        for (const SkippedInput &s : m_result.skipped)
            seen.insert(s.path);
        for (const FailedInput &f : m_result.failed)
            seen.insert(f.path);
        const QDir root(test::testDataDir());
        for (const test::ManifestRow &row : test::manifest())
            QVERIFY2(seen.contains(root.filePath(row.file)), qPrintable(row.file));
    }

    void onlyMalformedFilesFailAndEveryOtherFileIsRead()
    {
        QSet<QString> malformed, read;
        for (const test::ManifestRow &row : test::manifest())
            if (row.malformed())
                malformed.insert(test::testFile(row.file));
        for (const FailedInput &f : m_result.failed) // malformed, or a DICOMDIR's file that is not there
            QVERIFY2(malformed.contains(f.path) || f.reason == QLatin1String("referenced by a DICOMDIR but missing"),
                     qPrintable(f.path + QStringLiteral(": ") + f.reason));
        for (const InstanceInfo &i : m_result.instances)
            read.insert(i.source.filePath);
        for (const test::ManifestRow &row : test::manifest())
            if (!row.malformed())
                QVERIFY2(read.contains(test::testFile(row.file)), qPrintable(row.file));
    }

    // A shard reads only the head of each input to find its study: on every
    // file of the corpus a full open reads, it must find the same UID. (A
    // file the full open refuses may still name its study in its head; it
    // is then reported by that study's shard, by every shard's reckoning.)
    void theHeadAloneGivesTheStudy()
    {
        int compared = 0, refused = 0;
        for (const test::ManifestRow &row : test::manifest()) {
            const InputItem item{test::testFile(row.file), {}};
            const auto full = DicomFile::open(item);
            const Result<QString> head = DicomFile::studyUidOf(item);
            if (!full) {
                ++refused;
                continue;
            }
            QCOMPARE(head.valueOr(QStringLiteral("(none)")), (*full)->info().studyInstanceUid);
            ++compared;
        }
        qInfo("the same study UID from the head as from a full open in %d files (%d refused by a full open)", compared,
              refused);
        QVERIFY(compared > 400);
    }

    // Files not marked MALFORMED whose pixel data still cannot be shown,
    // each for a reason of its own. They must fail with a message; if one
    // starts to render, take it off this list.
    void everySupportedImageRenders()
    {
        const QHash<QString, QString> expectedFailures{
            {QStringLiteral("fo-dicom/genFile.dcm"), QStringLiteral("the JPEG fragment is all zero bytes")},
            {QStringLiteral("orthanc-tests/2026-05-26-oob-monochrome-65535.dcm"), QStringLiteral("pixel data holds")},
            {QStringLiteral("orthanc-tests/2026-05-26-oob-monochrome-46341.dcm"), QStringLiteral("pixel data holds")},
            {QStringLiteral("pydicom/JPEG2000-embedded-sequence-delimiter.dcm"),
             QStringLiteral("JPEG 2000 decoding failed")},
        };
        QSet<QString> malformed;
        for (const test::ManifestRow &row : test::manifest())
            if (row.malformed())
                malformed.insert(test::testFile(row.file));
        int rendered = 0;
        QStringList failures;
        for (const InstanceInfo &info : m_result.instances) {
            if (!info.hasPixelData || malformed.contains(info.source.filePath))
                continue;
            if (transferSyntaxInfo(info.transferSyntaxUid).codec == PixelCodec::Unsupported)
                continue;
            const auto file = DicomFile::open(info.source);
            const Result<DisplayFrame> frameRead = file ? (*file)->renderFrame(0) : file.error();
            const QString error = frameRead.message();
            const QString relative = info.source.displayPath().mid(test::testDataDir().size() + 1);
            const bool ok = frameRead && !frameRead->isNull();
            if (expectedFailures.contains(relative)) {
                QVERIFY2(!ok, qPrintable(relative + QStringLiteral(" renders now: take it off the list")));
                QVERIFY2(!error.isEmpty(), qPrintable(relative));
                continue;
            }
            if (!ok) {
                failures << relative + QStringLiteral(": ") + error;
                continue;
            }
            QCOMPARE(frameRead->width, info.columns);
            QCOMPARE(frameRead->height, info.rows);
            ++rendered;
        }
        qInfo("rendered %d images", rendered);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QVERIFY(rendered > 350);
    }

private:
    IndexResult m_result;
};

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
