// Syntaxes DCMTK 3.6.7 does not know, decoded by Veil when a file is opened
// (issue 18): Deflated Image Frame Compression and JPEG XL. Generated here
// against a native twin: 1-bit frames that do not end on a byte, 16-bit
// frames, a frame that is short, the written copy in explicit VR little
// endian; JPEG XL lossless (libjxl's encoder) back to the same values; the
// shared corpus's recompressed JPEG as RGB, marked lossy.
#include "TestData.h"
#include "TestResult.h"
#include "e2e/ForeignFrameFiles.h"

#include "engine/deid/DeidKey.h"
#include "engine/dicom/DicomFile.h"
#include "engine/dicom/deid/Deidentifier.h"
#include "engine/pipeline/Deidentify.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace veil;

namespace {

// The same image twice: native, and with each frame deflated on its own.
struct Twin
{
    QString native, deflated;
};

Twin writeTwin(const QString &dir, hostile::Image i, const QList<QByteArray> &frames)
{
    const quint64 frameBits = quint64(i.rows) * quint64(i.columns) * quint64(i.bits);
    QByteArray packed((frameBits * quint64(frames.size()) + 7) / 8, '\0');
    for (int f = 0; f < frames.size(); ++f)
        for (quint64 b = 0; b < frameBits; ++b)
            if (frames[f][qsizetype(b / 8)] & (1 << (b % 8))) {
                const quint64 at = quint64(f) * frameBits + b;
                packed[qsizetype(at / 8)] = char(packed[qsizetype(at / 8)] | (1 << (at % 8)));
            }
    i.frames = int(frames.size());
    i.pixels = packed;
    Twin t{dir + QStringLiteral("/native.dcm"), dir + QStringLiteral("/deflated.dcm")};
    hostile::write(t.native, hostile::image(i));
    QList<QByteArray> deflated;
    for (const QByteArray &f : frames)
        deflated << test::rawDeflate(f);
    hostile::write(t.deflated, test::encapsulatedImage(i, deflated, test::kDeflatedFrames));
    return t;
}

QList<QByteArray> patternFrames(const hostile::Image &i, int count)
{
    const qsizetype bytes = qsizetype((quint64(i.rows) * quint64(i.columns) * quint64(i.bits) + 7) / 8);
    QList<QByteArray> frames;
    for (int f = 0; f < count; ++f) {
        QByteArray frame(bytes, '\0');
        for (qsizetype b = 0; b < bytes; ++b)
            frame[b] = char((b * 37 + f * 11) ^ (b >> 3));
        frames << frame;
    }
    return frames;
}

void compareFrames(const Twin &t, int frames)
{
    auto a = test::must(DicomFile::open({t.native, {}}));
    auto b = test::must(DicomFile::open({t.deflated, {}}));
    QVERIFY2(b->info().transferSyntaxName.contains(QLatin1String("decoded from Deflated Image Frame Compression")),
             qPrintable(b->info().transferSyntaxName));
    for (int f = 0; f < frames; ++f) {
        const ValueFrame va = test::must(a->decodeValues(f)), vb = test::must(b->decodeValues(f));
        QCOMPARE(vb.width, va.width);
        QVERIFY2(va.values == vb.values, qPrintable(QStringLiteral("frame %1 differs").arg(f)));
    }
}

} // namespace

class TestForeignFrames : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

private slots:
    // 5x7 1-bit frames: 35 bits each, so frame 1 starts in the middle of a byte of the native data.
    void oneBitFramesOffTheByte()
    {
        hostile::Image i;
        i.rows = 5;
        i.columns = 7;
        i.bits = 1;
        const QString dir = m_tmp.filePath(QStringLiteral("bits"));
        compareFrames(writeTwin(dir, i, patternFrames(i, 3)), 3);
    }

    void sixteenBitFrames()
    {
        hostile::Image i;
        i.rows = 33;
        i.columns = 20;
        i.bits = 16;
        const QString dir = m_tmp.filePath(QStringLiteral("words"));
        compareFrames(writeTwin(dir, i, patternFrames(i, 4)), 4);
    }

    // A frame that inflates to less than the header declares: the header
    // opens, the pixels say why they cannot be shown, and deid refuses it.
    void aShortFrameIsDamaged()
    {
        hostile::Image i;
        i.rows = i.columns = 16;
        QList<QByteArray> frames = patternFrames(i, 2);
        frames[1].chop(10);
        const QString dir = m_tmp.filePath(QStringLiteral("short"));
        const Twin t = writeTwin(dir, i, frames);
        auto file = test::must(DicomFile::open({t.deflated, {}}));
        QVERIFY2(file->info().transferSyntaxName.contains(QLatin1String("deflated frame 1 holds 246 bytes")),
                 qPrintable(file->info().transferSyntaxName));
        const auto shown = file->renderFrame(0);
        QVERIFY(!shown);
        QVERIFY2(shown.message().contains(QLatin1String("cannot decode")), qPrintable(shown.message()));
    }

    // De-identified, it is written as native explicit VR little endian with the same pixels.
    void writtenNative()
    {
        hostile::Image i;
        i.rows = i.columns = 24;
        const QString dir = m_tmp.filePath(QStringLiteral("write"));
        const Twin t = writeTwin(dir, i, patternFrames(i, 2));
        DeidSettings settings;
        settings.pseudonyms = std::make_shared<Pseudonyms>(DeidKey::generate());
        settings.outputDir = dir + QStringLiteral("/out");
        const DeidOutcome out = test::must(deidentifyInstance({t.deflated, {}}, settings));
        auto written = test::must(DicomFile::open({out.outputPath, {}}));
        QCOMPARE(written->info().transferSyntaxUid, QStringLiteral("1.2.840.10008.1.2.1"));
        auto native = test::must(DicomFile::open({t.native, {}}));
        for (int f = 0; f < 2; ++f)
            QVERIFY(test::must(written->decodeValues(f)).values == test::must(native->decodeValues(f)).values);
    }

    // JPEG XL lossless, 12 bits in 16: the same values as the native twin.
    void jpegXlLosslessIsExact()
    {
        hostile::Image i;
        i.rows = 40;
        i.columns = 30;
        i.bits = 16;
        QList<QByteArray> frames = patternFrames(i, 2);
        for (QByteArray &f : frames)
            for (qsizetype b = 1; b < f.size(); b += 2)
                f[b] = char(f[b] & 0x0f); // 12 bits stored
        i.frames = int(frames.size());
        i.pixels = frames.join();
        const QString dir = m_tmp.filePath(QStringLiteral("jxl"));
        hostile::write(dir + QStringLiteral("/native.dcm"), hostile::image(i));
        QList<QByteArray> streams;
        for (const QByteArray &f : frames)
            streams << test::jpegXlLossless(f, i.columns, i.rows, 1, 12);
        hostile::write(dir + QStringLiteral("/jxl.dcm"), test::encapsulatedImage(i, streams, test::kJpegXlLossless));
        auto native = test::must(DicomFile::open({dir + QStringLiteral("/native.dcm"), {}}));
        auto jxl = test::must(DicomFile::open({dir + QStringLiteral("/jxl.dcm"), {}}));
        QVERIFY2(jxl->info().transferSyntaxName.contains(QLatin1String("decoded from JPEG XL Lossless")),
                 qPrintable(jxl->info().transferSyntaxName));
        QCOMPARE(jxl->info().bitsStored, 12);
        for (int f = 0; f < 2; ++f)
            QVERIFY(test::must(jxl->decodeValues(f)).values == test::must(native->decodeValues(f)).values);
    }

    // The shared corpus's JPEG recompressed into JPEG XL: every frame, RGB, still marked lossy once written.
    void recompressedJpegIsRgbAndLossy()
    {
        VEIL_REQUIRE_TESTDATA();
        const QString path = test::testFile(QStringLiteral("dcm4che/will-jxl.dcm"));
        auto file = test::must(DicomFile::open({path, {}}));
        QCOMPARE(file->info().photometric, QStringLiteral("RGB"));
        for (int f = 0; f < file->info().frames; ++f) {
            const DisplayFrame d = test::must(file->renderFrame(f));
            QCOMPARE(d.channels, 3);
            QCOMPARE(d.width, 1016);
        }
        DeidSettings settings;
        settings.pseudonyms = std::make_shared<Pseudonyms>(DeidKey::generate());
        settings.outputDir = m_tmp.filePath(QStringLiteral("jxl-out"));
        settings.cleanPixels = true;
        const DeidOutcome out = test::must(deidentifyInstance({path, {}}, settings));
        QVERIFY(out.maskedBoxes > 0); // its burned-in text
        DcmFileFormat written;
        QVERIFY(written.loadFile(QFile::encodeName(out.outputPath).constData()).good());
        OFString lossy, syntax;
        written.getDataset()->findAndGetOFString(DCM_LossyImageCompression, lossy);
        written.getMetaInfo()->findAndGetOFString(DCM_TransferSyntaxUID, syntax);
        QCOMPARE(QString::fromLatin1(lossy.c_str()), QStringLiteral("01"));
        QCOMPARE(QString::fromLatin1(syntax.c_str()), QStringLiteral("1.2.840.10008.1.2.1"));
    }
};

QTEST_GUILESS_MAIN(TestForeignFrames)
#include "tst_foreignframes.moc"
