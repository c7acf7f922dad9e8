// The structural guard that runs before DCMTK sees any bytes.
#include "TestData.h"
#include "TestResult.h"

#include "e2e/ForeignFrameFiles.h"
#include "e2e/HostileFiles.h"
#include "engine/dicom/DicomFile.h"
#include "engine/dicom/PixelMasker.h"
#include "engine/dicom/codec/Jpeg2000.h"
#include "engine/dicom/input/InputScanner.h"
#include "engine/dicom/input/Preflight.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <zlib.h>

#include <unistd.h>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcistrmb.h>

using namespace veil;

namespace {

void le16(QByteArray &b, quint16 v)
{
    b.append(char(v & 0xFF)).append(char(v >> 8));
}
void le32(QByteArray &b, quint32 v)
{
    le16(b, quint16(v & 0xFFFF));
    le16(b, quint16(v >> 16));
}

QByteArray tag(quint16 g, quint16 e)
{
    QByteArray b;
    le16(b, g);
    le16(b, e);
    return b;
}

QByteArray shortElement(quint16 g, quint16 e, const char *vr, const QByteArray &value)
{
    QByteArray b = tag(g, e);
    b.append(vr, 2);
    le16(b, quint16(value.size()));
    return b + value;
}

// Preamble, DICM and a meta header naming explicit VR little endian.
QByteArray header(const char *ts = "1.2.840.10008.1.2.1")
{
    QByteArray uid(ts);
    if (uid.size() % 2)
        uid.append('\0');
    QByteArray meta = shortElement(0x0002, 0x0010, "UI", uid);
    return QByteArray(128, '\0') + "DICM" + meta;
}

// `depth` sequences of undefined length, each in an item of the one above.
QByteArray nested(int depth)
{
    QByteArray body;
    for (int i = 0; i < depth; ++i) {
        body += tag(0x0008, 0x1115) + "SQ" + QByteArray(2, '\0');
        le32(body, 0xFFFFFFFF);
        body += tag(0xFFFE, 0xE000);
        le32(body, 0xFFFFFFFF);
    }
    for (int i = 0; i < depth; ++i) {
        body += tag(0xFFFE, 0xE00D) + QByteArray(4, '\0');
        body += tag(0xFFFE, 0xE0DD) + QByteArray(4, '\0');
    }
    return header() + shortElement(0x0008, 0x0060, "CS", "OT") + body;
}

using hostile::rawDeflate;

PreflightResult check(const QByteArray &b)
{
    return preflightDicom(b.constData(), b.size());
}

} // namespace

class TestPreflight : public QObject
{
    Q_OBJECT
private slots:
    void acceptsWellFormedNesting()
    {
        const PreflightResult r = check(nested(10));
        VEIL_VERIFY_OK(r.status);
        QCOMPARE(r.maxSequenceDepth, 10);
        QCOMPARE(r.transferSyntaxUid, QStringLiteral("1.2.840.10008.1.2.1"));
        QVERIFY(r.hasPreamble);
        QVERIFY(r.hasMetaHeader);
    }

    void rejectsDeepNesting()
    {
        QElapsedTimer t;
        t.start();
        const PreflightResult r = check(nested(100000)); // would overflow DCMTK's stack
        QVERIFY(!r.status);
        QVERIFY2(r.status.message().contains(QLatin1String("nested deeper")), qPrintable(r.status.message()));
        QVERIFY(t.elapsed() < 2000);
    }

    void rejectsLengthPastEnd()
    {
        QByteArray b = header() + tag(0x7FE0, 0x0010) + "OW" + QByteArray(2, '\0');
        le32(b, 3221225472u);
        b += QByteArray(64, '\x11');
        const PreflightResult r = check(b);
        QVERIFY(!r.status);
        QVERIFY2(r.status.message().contains(QLatin1String("(7fe0,0010) declares 3221225472 bytes")),
                 qPrintable(r.status.message()));
    }

    // Found by fuzz_open and fuzz_deid: an element whose VR is two unknown
    // upper-case letters ("ZZ") has a 4-byte length for DCMTK, which
    // allocated the 1.5 GB it declared (also inside a deflated data set)
    // before finding the file too short. Preflight reads it the same way.
    void boundsUnknownUpperCaseVrsAsDcmtkReadsThem_data()
    {
        QTest::addColumn<bool>("deflated");
        QTest::newRow("explicit VR little endian") << false;
        QTest::newRow("deflated") << true;
    }
    void boundsUnknownUpperCaseVrsAsDcmtkReadsThem()
    {
        QFETCH(bool, deflated);
        QByteArray body = shortElement(0x0008, 0x0060, "CS", "OT") + tag(0x5A5A, 0x5A5A) + "ZZ" + QByteArray(2, '\0');
        le32(body, 0x5A5A5A5Au);
        body += QByteArray(64, '\x5A');
        const QByteArray b = deflated ? header("1.2.840.10008.1.2.1.99") + rawDeflate(body) : header() + body;
        const PreflightResult r = check(b);
        QVERIFY(!r.status);
        QVERIFY2(r.status.message().contains(QLatin1String("(5a5a,5a5a) declares 1515870810 bytes")),
                 qPrintable(r.status.message()));
        QTemporaryDir tmp;
        QFile f(tmp.filePath(QStringLiteral("zz.dcm")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(b);
        f.close();
        const auto file = DicomFile::open({f.fileName(), {}});
        QVERIFY(!file); // refused before DCMTK allocates
        QVERIFY2(file.message().contains(QLatin1String("malformed DICOM")), qPrintable(file.message()));
    }

    // Found by fuzz_open: a meta header without a transfer syntax that ends
    // one byte before the end of the file; guessing the byte order read two
    // bytes past the end.
    void metaHeaderAtTheEndReadsNothingPastIt()
    {
        QByteArray meta = shortElement(0x0002, 0x0002, "UI", "1.2.840.10008.5.1.4.1.1.4");
        const QByteArray b = QByteArray(128, '\0') + "DICM" + meta + QByteArray(1, '\0');
        QTemporaryDir tmp;
        QFile f(tmp.filePath(QStringLiteral("end.dcm")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(b);
        f.close();
        // On its own heap block (ASan sees a read past it); then as a file.
        auto exact = std::make_unique<char[]>(size_t(b.size()));
        memcpy(exact.get(), b.constData(), size_t(b.size()));
        preflightDicom(exact.get(), b.size());
        DicomFile::open({f.fileName(), {}}).valueOr(nullptr);
    }

    // Found by fuzz_open: a JPEG 2000 code stream whose few header bytes claim
    // a huge image had OpenJPEG allocate 34 GB. The claimed size is checked
    // against the DICOM frame before anything is allocated for it.
    void jpeg2000ClaimingAHugeImageIsRefused()
    {
        auto be16 = [](QByteArray &b, quint16 v) { b.append(char(v >> 8)).append(char(v & 0xFF)); };
        auto be32 = [&](QByteArray &b, quint32 v) {
            be16(b, quint16(v >> 16));
            be16(b, quint16(v & 0xFFFF));
        };
        QByteArray j2k("\xFF\x4F\xFF\x51", 4); // SOC, SIZ
        be16(j2k, 41);
        be16(j2k, 0);
        for (quint32 v : {100000u, 100000u, 0u, 0u, 100000u, 100000u, 0u, 0u}) // image and tile: 100000 x 100000
            be32(j2k, v);
        be16(j2k, 1);
        j2k.append("\x07\x01\x01", 3);
        j2k.append("\xFF\x52\x00\x0C\x00\x00\x00\x01\x00\x00\x04\x04\x00\x01", 14); // COD
        j2k.append("\xFF\x5C\x00\x04\x40\x40", 6);                                  // QCD
        j2k.append("\xFF\x90\x00\x0A\x00\x00\x00\x00\x00\x0E\x00\x01\xFF\x93\xFF\xD9", 16);
        const Result<Jpeg2000Image> image = decodeJpeg2000(j2k, 512 * 512);
        QVERIFY(!image);
        QCOMPARE(image.code(), ErrorCode::TooLarge);
        QVERIFY2(image.message().contains(QLatin1String("claims a 100000 x 100000 x 1 image")),
                 qPrintable(image.message()));
    }

    void rejectsUnterminatedSequence()
    {
        QByteArray b = nested(3);
        b.chop(16); // drop the outermost delimiters
        QVERIFY(!check(b).status);
    }

    void classifiesNonDicom()
    {
        QCOMPARE(check(QByteArray()).kind, PreflightResult::Kind::Empty);
        QCOMPARE(check(QByteArray("PK\x03\x04rest", 8)).kind, PreflightResult::Kind::Zip);
        QCOMPARE(check(QByteArray("\x1f\x8b\x08\x00", 4)).kind, PreflightResult::Kind::Gzip);
        QCOMPARE(check(QByteArray("hello, this is a text file\n")).kind, PreflightResult::Kind::NotDicom);
    }

    void acceptsNoPreambleImplicitVr()
    {
        QByteArray b = tag(0x0008, 0x0060);
        le32(b, 2);
        b += "OT";
        const PreflightResult r = check(b);
        VEIL_VERIFY_OK(r.status);
        QCOMPARE(r.transferSyntaxUid, QStringLiteral("1.2.840.10008.1.2"));
        QVERIFY(!r.hasPreamble);
    }

    void deeplyNestedFileFailsCleanly()
    {
        VEIL_REQUIRE_TESTDATA();
        const auto file = DicomFile::open(
            {test::testFile(QStringLiteral("orthanc-tests/2026-05-06-Deeply-Nested-Sequence.dcm")), {}});
        QVERIFY(!file);
        QCOMPARE(file.code(), ErrorCode::Damaged); // a failure, not a skipped non-DICOM input
        QVERIFY2(file.message().contains(QLatin1String("nested deeper")), qPrintable(file.message()));
    }

    // Every file the corpus marks MALFORMED gives one clear reason, quickly,
    // and never crashes; if DCMTK can still read the header, frames either
    // decode or fail with a reason.
    void malformedCorpusFilesGiveOneClearError()
    {
        VEIL_REQUIRE_TESTDATA();
        int checked = 0;
        for (const test::ManifestRow &row : test::manifest()) {
            if (!row.malformed())
                continue;
            QElapsedTimer t;
            t.start();
            const auto file = DicomFile::open({test::testFile(row.file), {}});
            if (file) {
                if ((*file)->info().hasPixelData)
                    if (const Result<DisplayFrame> frame = (*file)->renderFrame(0); !frame)
                        QVERIFY2(!frame.message().isEmpty(), qPrintable(row.file));
            } else {
                QVERIFY2(!file.message().isEmpty(), qPrintable(row.file));
                QVERIFY2(!file.message().contains(QLatin1Char('\n')), qPrintable(row.file));
            }
            QVERIFY2(t.elapsed() < 10000, qPrintable(row.file + QStringLiteral(" took too long")));
            ++checked;
        }
        QVERIFY(checked >= 15);
    }

    // A JPEG 2000 header claiming 100,000 frames of 4096 x 4096 with a few bytes
    // of data: masking it would decode every frame into one buffer (3 TB asked
    // of the allocator before); it is refused by size instead.
    void maskingDoesNotTrustTheFrameCount()
    {
        using namespace hostile;
        Image i;
        i.rows = i.columns = 4096;
        i.bits = 16;
        i.frames = 100000;
        QByteArray fragments = le16(0xfffe) + le16(0xe000) + le32(0); // empty offset table
        const QByteArray code("\xff\x4f\xff\x51junk", 8);
        fragments += le16(0xfffe) + le16(0xe000) + le32(quint32(code.size())) + code;
        fragments += le16(0xfffe) + le16(0xe0dd) + le32(0);
        const QByteArray bytes = part10(imageHeader(i) + element(0x7fe0, 0x0010, "OB", {}, 0xffffffff) + fragments,
                                        "1.2.840.10008.1.2.4.90");
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("frames.dcm"));
        QVERIFY(write(path, bytes));
        const auto file = DicomFile::open({path, {}});
        VEIL_VERIFY_OK(file);
        QCOMPARE((*file)->info().frames, 100000);
        const Result<MaskOutcome> masked = maskPixels(*(*file)->dcmtk().getDataset(), (*file)->info(),
                                                      [](int) { return QList<QRect>{QRect(0, 0, 10, 10)}; });
        QVERIFY(!masked);
        QCOMPARE(masked.code(), ErrorCode::TooLarge);
        QVERIFY2(masked.message().contains(QLatin1String("100000 frames of 4096x4096")), qPrintable(masked.message()));
    }

    // Found by fuzz_open: a shard's look at the head of a file went through
    // DCMTK, which reads a deflated data set through zlib and so allocates
    // an element's declared length at once (1.5 GB from 2 kB). The head of
    // a deflated file is not trusted: the file is checked whole, and refused.
    void aDeflatedHeadIsCheckedWhole()
    {
        using namespace hostile;
        const QByteArray dataset = element(0x0008, 0x0016, "UI", "1.2.840.10008.5.1.4.1.1.7") +
                                   element(0x0008, 0x0090, "UN", QByteArray(64, '^'), 0x5e5e5e5e) +
                                   element(0x0020, 0x000d, "UI", "1.2.3.4");
        const QByteArray deflated = rawDeflate(dataset);
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("deflated.dcm"));
        QVERIFY(write(path, part10(deflated, "1.2.840.10008.1.2.1.99")));
        auto residentKb = [] {
            QFile f(QStringLiteral("/proc/self/statm"));
            f.open(QIODevice::ReadOnly);
            return f.readAll().split(' ').value(1).toLongLong() * (sysconf(_SC_PAGESIZE) / 1024);
        };
        const qint64 before = residentKb();
        const Result<QString> study = DicomFile::studyUidOf({path, {}});
        QVERIFY(!study);
        QCOMPARE(study.code(), ErrorCode::Damaged);
        QVERIFY2(residentKb() - before < 64 * 1024,
                 qPrintable(QStringLiteral("resident set grew by %1 MB").arg((residentKb() - before) >> 10)));
    }

    // Found by fuzz_open: an element of another group, (2002,0001), at the
    // start of the meta header, within its group length. DCMTK reads every
    // element within the group length as meta information, so it found the
    // deflated transfer syntax after it and inflated the data set (a 1.5 GB
    // allocation from 951 bytes); the walker stopped at (2002,0001), took
    // the rest for an explicit VR data set and let the head through. The
    // walker now reads the meta header as DCMTK does.
    void aMetaHeaderIsReadToItsGroupLength()
    {
        using namespace hostile;
        const QByteArray deflatedSyntax = "1.2.840.10008.1.2.1.99";
        const QByteArray meta = element(0x2002, 0x0001, "OB", QByteArray("\0\1", 2)) +
                                element(0x0002, 0x0002, "UI", "1.2.840.10008.5.1.4.1.1.7") +
                                element(0x0002, 0x0010, "UI", deflatedSyntax);
        const QByteArray dataset = element(0x0008, 0x0016, "UI", "1.2.840.10008.5.1.4.1.1.7") +
                                   element(0x0008, 0x0090, "UN", QByteArray(64, '^'), 0x5e5e5e5e) +
                                   element(0x0020, 0x000d, "UI", "1.2.3.4");
        const QByteArray bytes = QByteArray(128, '\0') + "DICM" +
                                 element(0x0002, 0x0000, "UL", le32(quint32(meta.size()))) + meta + rawDeflate(dataset);
        const PreflightResult pre = preflightDicom(bytes.constData(), bytes.size());
        QCOMPARE(pre.transferSyntaxUid, QString::fromLatin1(deflatedSyntax));
        QVERIFY2(pre.status.message().contains(QLatin1String("declares 1583242846 bytes")),
                 qPrintable(pre.status.message()));
        PreflightLimits head;
        head.stopAtTag = 0x0020000e;
        QCOMPARE(preflightDicom(bytes.constData(), bytes.size(), head).transferSyntaxUid,
                 QString::fromLatin1(deflatedSyntax));
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("smuggled.dcm"));
        QVERIFY(write(path, bytes));
        QCOMPARE(DicomFile::studyUidOf({path, {}}).code(), ErrorCode::Damaged);
        QCOMPARE(DicomFile::open({path, {}}).code(), ErrorCode::Damaged);
        // A group length longer than the group (a real writer's mistake,
        // as in orthanc-tests' 1.2.840.10008.1.2.4.50.dcm): the elements it
        // covers are meta information to DCMTK, so to the walker too.
        const QByteArray charset = element(0x0008, 0x0005, "CS", "ISO_IR 100");
        const QByteArray plainMeta = element(0x0002, 0x0010, "UI", "1.2.840.10008.1.2.1");
        const QByteArray longer = QByteArray(128, '\0') + "DICM" +
                                  element(0x0002, 0x0000, "UL", le32(quint32(plainMeta.size() + charset.size()))) +
                                  plainMeta + charset + element(0x0010, 0x0010, "PN", "X");
        QVERIFY(preflightDicom(longer.constData(), longer.size()).status);
        // Found by fuzz_inputs next: a group length that covers the whole
        // file makes DCMTK read a Directory Record Sequence as meta
        // information, where nothing checked its records (the overlong
        // record type above, thrown from DcmMetaInfo::read). The meta
        // header holds no sequence: refused.
        const QByteArray record = element(0x0004, 0x1430, "CS", QByteArray(40, 'A'));
        const QByteArray records =
            element(0x0004, 0x1220, "SQ", le16(0xfffe) + le16(0xe000) + le32(record.size()) + record);
        const QByteArray inMeta =
            QByteArray(128, '\0') + "DICM" + element(0x0002, 0x0000, "UL", le32(0x2a0000c8)) + plainMeta + records;
        const PreflightResult refused = preflightDicom(inMeta.constData(), inMeta.size());
        QVERIFY2(refused.status.message().contains(QLatin1String("meta information")),
                 qPrintable(refused.status.message()));
        const QString dir = tmp.filePath(QStringLiteral("DICOMDIR"));
        QVERIFY(write(dir, inMeta));
        QCOMPARE(dicomDirReferences(dir).code(), ErrorCode::Damaged);
        QCOMPARE(DicomFile::open({dir, {}}).code(), ErrorCode::Damaged);
    }

    // Found by fuzz_open: a DICOMDIR whose record sequence holds something
    // that is not an item made DCMTK throw (std::out_of_range, the process
    // ends) when a shard read the head of it. The head is now walked by
    // the preflight first, up to the Series Instance UID; a broken head
    // goes through the full open and its clear refusal.
    void aBrokenHeadIsRefusedNotParsed()
    {
        using namespace hostile;
        const QByteArray record = element(0x0004, 0x1430, "CS", "PATIENT") + element(0x0010, 0x0010, "PN", "X");
        const QByteArray sequence = element(0x0004, 0x1220, "SQ", {}, 0xffffffff) + le16(0xfffe) + le16(0xe000) +
                                    le32(0xffffffff) + record + le16(0xfffe) + le16(0xe00d) + le32(0) +
                                    element(0x435c, 0x3554, "LO", "not an item") + le16(0xfffe) + le16(0xe0dd) +
                                    le32(0);
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("DICOMDIR"));
        QVERIFY(write(path, part10(sequence + element(0x0020, 0x000d, "UI", "1.2.3"), "1.2.840.10008.1.2.1",
                                   "1.2.840.10008.1.3.10")));
        PreflightLimits head;
        head.stopAtTag = 0x0020000e;
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!preflightDicom(bytes.constData(), bytes.size(), head).status);
        const Result<QString> study = DicomFile::studyUidOf({path, {}});
        QVERIFY(!study);
        QVERIFY2(study.message().contains(QLatin1String("expected an item in a sequence")),
                 qPrintable(study.message()));
        // A sound DICOMDIR is not handed to DCMTK's record reader either (it
        // threw on some record values in fuzz_open): no study of its own.
        const QString sound = tmp.filePath(QStringLiteral("sound/DICOMDIR"));
        const QByteArray records = element(0x0004, 0x1220, "SQ", {}, 0xffffffff) + le16(0xfffe) + le16(0xe000) +
                                   le32(0xffffffff) + record + le16(0xfffe) + le16(0xe00d) + le32(0) + le16(0xfffe) +
                                   le16(0xe0dd) + le32(0);
        QVERIFY(write(sound, part10(records, "1.2.840.10008.1.2.1", "1.2.840.10008.1.3.10")));
        QFile s(sound);
        QVERIFY(s.open(QIODevice::ReadOnly));
        const QByteArray soundBytes = s.readAll();
        QVERIFY(preflightDicom(soundBytes.constData(), soundBytes.size(), head).directoryRecords);
        QCOMPARE(DicomFile::studyUidOf({sound, {}}).valueOr(QStringLiteral("(failed)")), QString());
    }

    // Found by fuzz_open's 30-minute run: DCMTK 3.6.7 reads every item of a
    // Directory Record Sequence as a directory record and "corrects" its
    // Record Type in place; a last value component of more than about twice
    // the 16 characters of CS made it erase past the end of the string
    // (std::out_of_range, the process ends; dcmdump ends the same way). It is
    // refused before DCMTK sees it, in the full open and in the DICOMDIR
    // reader, wherever the sequence sits; a record type padded with spaces,
    // which DCMTK trims, is still read.
    void anOverlongDirectoryRecordTypeIsRefused_data()
    {
        QTest::addColumn<QByteArray>("recordType");
        QTest::addColumn<bool>("nested");
        QTest::addColumn<bool>("refused");
        QTest::newRow("40 letters") << QByteArray(40, 'A') << false << true;
        QTest::newRow("17 letters") << QByteArray(17, 'A') << false << true;
        QTest::newRow("NUL padded") << QByteArray("IMAGE") + QByteArray(35, '\0') << false << true;
        QTest::newRow("second value") << QByteArray("IMAGE\\") + QByteArray(40, 'B') << false << true;
        QTest::newRow("in a nested sequence") << QByteArray(40, 'A') << true << true;
        QTest::newRow("space padded") << QByteArray("IMAGE") + QByteArray(35, ' ') << false << false;
        QTest::newRow("16 letters") << QByteArray("HANGING PROTOCOL") << false << false;
    }

    void anOverlongDirectoryRecordTypeIsRefused()
    {
        using namespace hostile;
        QFETCH(QByteArray, recordType);
        QFETCH(bool, nested);
        QFETCH(bool, refused);
        const QByteArray record = element(0x0004, 0x1430, "CS", recordType) + element(0x0004, 0x1500, "CS", "IM1");
        QByteArray records = element(0x0004, 0x1220, "SQ", le16(0xfffe) + le16(0xe000) + le32(record.size()) + record);
        if (nested) // inside an item of an ordinary sequence of an image
            records = element(0x0008, 0x1115, "SQ", le16(0xfffe) + le16(0xe000) + le32(records.size()) + records);
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("DICOMDIR"));
        QVERIFY(write(
            path, part10(element(0x0004, 0x1130, "CS", "X") + records, "1.2.840.10008.1.2.1", "1.2.840.10008.1.3.10")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QCOMPARE(!preflightDicom(bytes.constData(), bytes.size()).status, refused);
        const auto opened = DicomFile::open({path, {}});
        QCOMPARE(!opened, refused);
        const auto references = dicomDirReferences(path);
        QCOMPARE(!references, refused);
        if (refused) {
            QCOMPARE(opened.code(), ErrorCode::Damaged);
            QVERIFY2(opened.message().contains(QLatin1String("(0004,1430)")), qPrintable(opened.message()));
            QVERIFY2(references.message().contains(QLatin1String("(0004,1430)")), qPrintable(references.message()));
        } else {
            QCOMPARE(references.value().missing.size(), 1);
        }
    }

    // Found by the fuzz smoke (fuzz_open): DCMTK 3.6.7's RLE decoder reads
    // from where a segment offset points, unchecked: an offset past the
    // frame made it read far outside the buffer and the process ended.
    // Every RLE frame's segment table is checked at open; a file with a
    // broken one is refused, a sound one still decodes.
    void anRleSegmentPastItsFrameIsRefused()
    {
        using namespace hostile;
        hostile::Image i;
        i.rows = 4;
        i.columns = 4;
        i.bits = 8;
        const QByteArray literal = QByteArray(1, char(15)) + QByteArray(16, char(77)); // PackBits: 16 bytes as they are
        auto frame = [&](quint32 offset) {
            QByteArray header = le32(1) + le32(offset) + QByteArray(56, '\0');
            return header + literal;
        };
        QTemporaryDir tmp;
        const QString sound = tmp.filePath(QStringLiteral("sound.dcm"));
        const QString broken = tmp.filePath(QStringLiteral("broken.dcm"));
        QVERIFY(write(sound, test::encapsulatedImage(i, {frame(64), frame(64)}, "1.2.840.10008.1.2.5")));
        QVERIFY(write(broken, test::encapsulatedImage(i, {frame(64), frame(0x5c3033de)}, "1.2.840.10008.1.2.5")));
        const auto opened = DicomFile::open({sound, {}});
        QVERIFY2(opened, qPrintable(opened.message()));
        const Result<ValueFrame> values = (*opened)->decodeValues(1);
        QVERIFY2(values, qPrintable(values.message()));
        QCOMPARE(values->values.front(), 77.0);
        const auto refused = DicomFile::open({broken, {}});
        QVERIFY(!refused);
        QCOMPARE(refused.code(), ErrorCode::Damaged);
        QVERIFY2(refused.message().contains(QLatin1String("RLE frame 2: segment 1 starts at byte 1546662878")),
                 qPrintable(refused.message()));
    }

    // Found by fuzz_open: a transfer syntax UID DCMTK does not know
    // ("1.2.840\x01.0008.1.2.2") makes DCMTK guess the encoding from the
    // data (here big endian) while the walker read explicit little endian,
    // met a nonsense tag past the Series Instance UID and stopped there as
    // if all was sound; DCMTK then read the overlong record type. The walker
    // now guesses as DCMTK does, and a head lookup counts only a stop at the
    // Series Instance UID itself.
    void anUnknownTransferSyntaxIsGuessedAsDcmtkDoes()
    {
        using namespace hostile;
        auto be16 = [](quint16 v) { return QByteArray(1, char(v >> 8)) + char(v & 0xff); };
        auto be = [&](quint16 g, quint16 e, const char *vr, const QByteArray &value) {
            return be16(g) + be16(e) + QByteArray(vr, 2) + be16(quint16(value.size())) + value;
        };
        const QByteArray record = be(0x0004, 0x1430, "CS", QByteArray(40, 'A'));
        const QByteArray dataset = be(0x0004, 0x1130, "CS", "X ") + be16(0x0004) + be16(0x1220) +
                                   QByteArray("SQ\0\0", 4) + QByteArray("\xff\xff\xff\xff", 4) + be16(0xfffe) +
                                   be16(0xe000) + QByteArray(1, char(0)) + QByteArray(1, char(0)) +
                                   be16(quint16(record.size())) + record + be16(0xfffe) + be16(0xe0dd) +
                                   QByteArray(4, '\0');
        const QByteArray bytes = part10(dataset, QByteArray("1.2.840\x01.0008.1.2.2", 20), "1.2.840.10008.1.3.10");
        QVERIFY(!preflightDicom(bytes.constData(), bytes.size()).status);
        PreflightLimits head;
        head.stopAtTag = 0x0020000e;
        const PreflightResult atHead = preflightDicom(bytes.constData(), bytes.size(), head);
        QVERIFY(!atHead.status || atHead.directoryRecords);
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("unknown-syntax.dcm"));
        QVERIFY(write(path, bytes));
        QVERIFY(!DicomFile::studyUidOf({path, {}}) || DicomFile::studyUidOf({path, {}}).value().isEmpty());
        QCOMPARE(DicomFile::open({path, {}}).code(), ErrorCode::Damaged);
    }

    // Found by fuzz_pacs: parsing a data set from a stream, as DCMTK's network
    // layer does with what a peer sends, DCMTK 3.6.7 allocates an element's
    // declared length before reading it (1.1 GB from 276 bytes). The memory
    // is reserved, never touched: the resident set must not grow with it.
    void hugeDeclaredLengthFromAPeerCostsNoMemory()
    {
        using namespace hostile;
        const QByteArray bytes = element(0x0008, 0x0005, "CS", "ISO_IR 100") +
                                 element(0x0010, 0x0010, "UT", "A", 0x44000000) + QByteArray(200, 'x');
        auto residentKb = [] {
            QFile f(QStringLiteral("/proc/self/statm"));
            f.open(QIODevice::ReadOnly);
            return f.readAll().split(' ').value(1).toLongLong() * (sysconf(_SC_PAGESIZE) / 1024);
        };
        const qint64 before = residentKb();
        DcmInputBufferStream in;
        in.setBuffer(bytes.constData(), offile_off_t(bytes.size()));
        in.setEos();
        DcmDataset ds;
        ds.transferInit();
        const OFCondition read = ds.read(in, EXS_LittleEndianExplicit, EGL_noChange, 65536);
        ds.transferEnd();
        QVERIFY(read.bad()); // the value is not there
        QVERIFY2(residentKb() - before < 64 * 1024,
                 qPrintable(QStringLiteral("resident set grew by %1 MB").arg((residentKb() - before) >> 10)));
    }
};

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
