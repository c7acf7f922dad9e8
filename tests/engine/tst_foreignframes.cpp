// Syntaxes DCMTK 3.6.7 does not know, decoded by Veil when a file is opened
// (issue 18): Deflated Image Frame Compression and JPEG XL. Generated here
// against a native twin: 1-bit frames that do not end on a byte, 16-bit
// frames, a frame that is short, the written copy in explicit VR little
// endian; JPEG XL lossless (libjxl's encoder) back to the same values; the
// shared corpus's recompressed JPEG as RGB, marked lossy.
#include "TestData.h"
#include "TestResult.h"
#include "e2e/HostileFiles.h"

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

#include <jxl/encode.h>
#include <zlib.h>

using namespace veil;

namespace {

QByteArray rawDeflate(const QByteArray &in)
{
    z_stream z{};
    deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&z, uLong(in.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.truncate(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

QByteArray item(const QByteArray &bytes)
{
    QByteArray padded = bytes;
    if (padded.size() % 2)
        padded.append('\0');
    return hostile::le16(0xfffe) + hostile::le16(0xe000) + hostile::le32(quint32(padded.size())) + padded;
}

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
    QByteArray encapsulated = item({});
    for (const QByteArray &f : frames)
        encapsulated += item(rawDeflate(f));
    encapsulated += hostile::le16(0xfffe) + hostile::le16(0xe0dd) + hostile::le32(0);
    const QByteArray pixels = hostile::element(0x7fe0, 0x0010, "OB", {}, 0xffffffff) + encapsulated;
    hostile::write(t.deflated, hostile::part10(hostile::imageHeader(i) + pixels, "1.2.840.10008.1.2.8.1"));
    return t;
}

// Lossless JPEG XL of one frame (grey or RGB, `bits` stored in 8 or 16).
// libjxl takes samples over the full range of their type: scaled up first.
QByteArray jpegXlLossless(QByteArray pixels, int width, int height, int channels, int bits)
{
    if (bits > 8 && bits < 16) {
        auto *words = reinterpret_cast<quint16 *>(pixels.data());
        for (qsizetype i = 0; i < pixels.size() / 2; ++i)
            words[i] = quint16(qRound(words[i] * 65535.0 / double((1 << bits) - 1)));
    }
    JxlEncoder *enc = JxlEncoderCreate(nullptr);
    JxlBasicInfo info;
    JxlEncoderInitBasicInfo(&info);
    info.xsize = uint32_t(width);
    info.ysize = uint32_t(height);
    info.bits_per_sample = uint32_t(bits);
    info.num_color_channels = uint32_t(channels);
    info.uses_original_profile = JXL_TRUE;
    JxlEncoderSetBasicInfo(enc, &info);
    JxlColorEncoding colour;
    JxlColorEncodingSetToSRGB(&colour, channels == 1);
    JxlEncoderSetColorEncoding(enc, &colour);
    JxlEncoderFrameSettings *settings = JxlEncoderFrameSettingsCreate(enc, nullptr);
    JxlEncoderSetFrameLossless(settings, JXL_TRUE);
    const JxlPixelFormat format{uint32_t(channels), bits > 8 ? JXL_TYPE_UINT16 : JXL_TYPE_UINT8, JXL_LITTLE_ENDIAN, 0};
    JxlEncoderAddImageFrame(settings, &format, pixels.constData(), size_t(pixels.size()));
    JxlEncoderCloseInput(enc);
    QByteArray out(1 << 16, Qt::Uninitialized);
    uint8_t *next = reinterpret_cast<uint8_t *>(out.data());
    size_t avail = size_t(out.size());
    while (JxlEncoderProcessOutput(enc, &next, &avail) == JXL_ENC_NEED_MORE_OUTPUT) {
        const qsizetype used = qsizetype(next - reinterpret_cast<uint8_t *>(out.data()));
        out.resize(out.size() * 2);
        next = reinterpret_cast<uint8_t *>(out.data()) + used;
        avail = size_t(out.size() - used);
    }
    out.truncate(qsizetype(next - reinterpret_cast<uint8_t *>(out.data())));
    JxlEncoderDestroy(enc);
    return out;
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
        QByteArray encapsulated = item({});
        for (const QByteArray &f : frames)
            encapsulated += item(jpegXlLossless(f, i.columns, i.rows, 1, 12));
        encapsulated += hostile::le16(0xfffe) + hostile::le16(0xe0dd) + hostile::le32(0);
        hostile::write(dir + QStringLiteral("/jxl.dcm"),
                       hostile::part10(hostile::imageHeader(i) +
                                           hostile::element(0x7fe0, 0x0010, "OB", {}, 0xffffffff) + encapsulated,
                                       "1.2.840.10008.1.2.4.110"));
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
