// OCR languages (issue 18): the Tesseract packs Veil installs, a project's
// choice kept in its file and in force when it is opened, and German burned-in
// text read as German (umlauts) when German is chosen, masked either way.
#include "InkScans.h"
#include "TestResult.h"
#include "engine/dicom/DicomFile.h"
#include "engine/jobs/JobContext.h"
#include "engine/ocr/TextReader.h"
#include "engine/pixel/BurnedText.h"
#include "engine/project/Project.h"

#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

using namespace veil;

namespace {

// A secondary capture with German lines burned in, white on black.
QString germanOverlay(const QString &dir)
{
    const int w = 640, h = 200;
    QImage ink(w, h, QImage::Format_Grayscale8);
    ink.fill(0);
    QPainter p(&ink);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(22);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QPoint(20, 50), QStringLiteral("Patient: Müller, Jürgen"));
    p.drawText(QPoint(20, 100), QStringLiteral("Geburtsdatum: 14.03.1961"));
    p.drawText(QPoint(20, 150), QStringLiteral("Untersuchung: Schädel"));
    p.end();
    DcmFileFormat ff;
    DcmDataset &ds = *ff.getDataset();
    ds.putAndInsertString(DCM_SOPClassUID, UID_SecondaryCaptureImageStorage);
    ds.putAndInsertString(DCM_SOPInstanceUID, "2.25.7171");
    ds.putAndInsertString(DCM_Modality, "OT");
    test::putPixelModule(ds, w, h, false, 8, 8);
    QByteArray pixels;
    for (int y = 0; y < h; ++y)
        pixels.append(reinterpret_cast<const char *>(ink.constScanLine(y)), w);
    ds.putAndInsertUint8Array(DCM_PixelData, reinterpret_cast<const Uint8 *>(pixels.constData()),
                              static_cast<unsigned long>(pixels.size()));
    const QString path = dir + QStringLiteral("/de.dcm");
    if (ff.saveFile(QFile::encodeName(path).constData(), EXS_LittleEndianExplicit).bad())
        qFatal("cannot write the overlay");
    return path;
}

QString readAndCheck(const QString &path, int *kept)
{
    auto file = test::must(DicomFile::open({path, {}}));
    const TextScan scan = test::must(scanBurnedText(*file, PhiMatcher(file->identityValues()), JobContext::none()));
    QStringList words;
    *kept = 0;
    for (const TextBox &b : scan.boxes) {
        words << b.text;
        *kept += b.cls == TextClass::NotPhi && !b.text.contains(QLatin1Char(':')) ? 1 : 0;
    }
    return words.join(QLatin1Char(' '));
}

} // namespace

class TestOcrLanguages : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { TextReader::setLanguages({}); }

    void theSevenLanguagesAreInstalled()
    {
        const QStringList installed = TextReader::installedLanguages();
        for (const char *code : {"eng", "deu", "fra", "spa", "ita", "por", "nld"})
            QVERIFY2(installed.contains(QLatin1String(code)), code);
        QStringList missing;
        QCOMPARE(
            TextReader::setLanguages({QStringLiteral("DEU"), QStringLiteral("xx1"), QStringLiteral("fra")}, &missing),
            QStringLiteral("eng+deu+fra"));
        QCOMPARE(missing, QStringList{QStringLiteral("xx1")});
    }

    // English alone reads "Muller" or worse; with German, "Müller". The name is masked either way.
    void germanTextIsReadAsGerman()
    {
        QTemporaryDir tmp;
        const QString path = germanOverlay(tmp.path());
        int keptEnglish = 0, keptGerman = 0;
        TextReader::setLanguages({});
        const QString english = readAndCheck(path, &keptEnglish);
        TextReader::setLanguages({QStringLiteral("deu")});
        const QString german = readAndCheck(path, &keptGerman);
        qInfo("eng: %s\neng+deu: %s", qPrintable(english), qPrintable(german));
        QVERIFY2(german.contains(QStringLiteral("Müller")) && german.contains(QStringLiteral("Jürgen")),
                 qPrintable(german));
        QCOMPARE(keptGerman, 0); // every value masked
        QCOMPARE(keptEnglish, 0);
    }

    // A project keeps its languages; opening it puts them in force.
    void aProjectKeepsItsLanguages()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("p.veil"));
        {
            auto p = test::must(Project::create(path, QStringLiteral("a long enough passphrase")));
            QVERIFY(p->setOcrLanguages({QStringLiteral("deu"), QStringLiteral("FRA"), QStringLiteral("eng")}));
            QCOMPARE(p->ocrLanguages(), (QStringList{QStringLiteral("deu"), QStringLiteral("fra")}));
        }
        TextReader::setLanguages({});
        auto p = test::must(Project::open(path, QStringLiteral("a long enough passphrase")));
        QCOMPARE(TextReader::languages(), QStringLiteral("eng+deu+fra"));
        QCOMPARE(TextReader::forThisThread().isReady(), true);
    }
};

QTEST_MAIN(TestOcrLanguages)
#include "tst_ocrlanguages.moc"
