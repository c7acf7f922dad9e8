// Syntaxes DCMTK 3.6.7 does not know, decoded by Veil when a file is opened
// (issue 18): Deflated Image Frame Compression. Generated here against a
// native twin: 1-bit frames that do not end on a byte, 16-bit frames, a
// frame that is short, and the written copy in explicit VR little endian.
#include "TestData.h"
#include "TestResult.h"
#include "e2e/HostileFiles.h"

#include "engine/deid/DeidKey.h"
#include "engine/dicom/DicomFile.h"
#include "engine/dicom/deid/Deidentifier.h"
#include "engine/pipeline/Deidentify.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestForeignFrames)
#include "tst_foreignframes.moc"
