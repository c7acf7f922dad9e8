// Every real ultrasound of the shared corpus with burned-in text (GE,
// Philips, ATL, Aloka, Mindray, Siemens ...), de-identified twice: as it is,
// and with its header anonymised first (nothing to match), which is how
// many arrive. Afterwards OCR of the output, judged against the original's
// header, reads no name, ID, date or institution, and none of the dates and
// numbers a person saw in the image.
#include "TestData.h"
#include "TestResult.h"

#include "engine/deid/DeidKey.h"
#include "engine/deid/Pseudonyms.h"
#include "engine/dicom/DicomFile.h"
#include "engine/dicom/deid/Deidentifier.h"
#include "engine/dicom/input/ZipArchive.h"
#include "engine/jobs/JobContext.h"
#include "engine/pipeline/Deidentify.h"
#include "engine/pixel/BurnedText.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

using namespace veil;

namespace {

// The file itself (a zip's entry written out).
QString plainCopy(const QString &manifestPath, const QString &dir)
{
    if (!manifestPath.endsWith(QLatin1String(".zip")))
        return manifestPath;
    const QString entry = ZipArchive::entries(manifestPath).valueOr({}).value(0);
    QFile f(QDir(dir).filePath(QStringLiteral("entry.dcm")));
    if (!f.open(QIODevice::WriteOnly) || f.write(ZipArchive::read(manifestPath, entry).valueOr({})) <= 0)
        return {};
    return f.fileName();
}

bool anonymisedCopy(const QString &from, const QString &to)
{
    DcmFileFormat ff;
    if (ff.loadFile(QFile::encodeName(from).constData()).bad())
        return false;
    DcmDataset *ds = ff.getDataset();
    ds->putAndInsertString(DCM_PatientName, "ANONYMOUS");
    ds->putAndInsertString(DCM_PatientID, "0");
    for (const DcmTagKey &t : {DCM_PatientBirthDate, DCM_StudyDate, DCM_SeriesDate, DCM_AcquisitionDate,
                               DCM_ContentDate, DCM_AccessionNumber, DCM_InstitutionName, DCM_InstitutionAddress,
                               DCM_ReferringPhysicianName, DCM_OperatorsName, DCM_PerformingPhysicianName,
                               DCM_StationName, DCM_IssuerOfPatientID, DCM_RETIRED_OtherPatientIDs})
        ds->findAndDeleteElement(t);
    return ff.saveFile(QFile::encodeName(to).constData()).good();
}

QString deidentified(const QString &input, const QString &outDir, QString *error,
                     std::shared_ptr<const DeviceTemplates> templates = {})
{
    DeidSettings s;
    s.templates = std::move(templates);
    s.pseudonyms = std::make_shared<Pseudonyms>(DeidKey::generate());
    s.outputDir = outDir;
    s.cleanPixels = true;
    s.verify = true;
    const Result<DeidOutcome> o = deidentifyInstance({input, {}}, s);
    *error = o.message();
    return o ? o->outputPath : QString();
}

// An identity value made of device vocabulary only (an Institution Name
// that is the maker's, "GE MEDICAL SYSTEMS"): no one is identified by it.
bool onlyDeviceWords(const IdentityValues &v, const QString &word)
{
    for (const auto &p : v.phrases + v.names + v.ids) {
        const QStringList words = p.text.split(QRegularExpression(QStringLiteral("[\\s^,]+")), Qt::SkipEmptyParts);
        if (!words.contains(word.trimmed(), Qt::CaseInsensitive))
            continue;
        for (const QString &w : words)
            if (SafeList::builtIn()->match(w).isEmpty())
                return false;
        return true;
    }
    return false;
}

// What OCR of `output` still reads of the original's identity.
QStringList stillReadable(const QString &output, const IdentityValues &original, const QStringList &numbers)
{
    QStringList out;
    auto file = DicomFile::open({output, {}}).valueOr(nullptr);
    if (!file)
        return {QStringLiteral("the output cannot be read")};
    const TextScan scan = test::must(scanBurnedText(*file, PhiMatcher(original), JobContext::none()));
    for (const TextBox &b : scan.boxes) {
        const bool header = b.why.startsWith(QLatin1String("matches")) || b.why.startsWith(QLatin1String("nearly")) ||
                            b.why.startsWith(QLatin1String("begins")) || b.why.startsWith(QLatin1String("contains"));
        if ((header && !onlyDeviceWords(original, b.text)) || b.why == QLatin1String("date pattern"))
            out << QStringLiteral("'%1' (%2)").arg(b.text, b.why);
        for (const QString &n : numbers)
            if (b.text.contains(n))
                out << QStringLiteral("'%1' (seen in the image)").arg(n);
    }
    return out;
}

} // namespace

class TestUltrasoundRecall : public QObject
{
    Q_OBJECT
private slots:
    void everyUltrasoundWithTextAsItIsAndAnonymised()
    {
        VEIL_REQUIRE_TESTDATA();
        QTemporaryDir tmp;
        int files = 0;
        for (const test::ManifestRow &row : test::manifest()) {
            if (row.malformed() || !row.burnedIn.startsWith(QLatin1String("YES")) ||
                !row.features.contains(QLatin1String("SOP=Ultrasound")))
                continue;
            const QString dir = tmp.filePath(QString::number(files));
            QDir().mkpath(dir);
            const QString original = plainCopy(test::testFile(row.file), dir);
            auto in = DicomFile::open({original, {}}).valueOr(nullptr);
            QVERIFY2(in, qPrintable(row.file));
            const IdentityValues identity = in->identityValues();
            const QString anonymised = QDir(dir).filePath(QStringLiteral("anon.dcm"));
            QVERIFY(anonymisedCopy(original, anonymised));
            for (const QString &input : {original, anonymised}) {
                QString error;
                const QString out = deidentified(input, QDir(dir).filePath(QFileInfo(input).baseName()), &error);
                QVERIFY2(!out.isEmpty(), qPrintable(row.file + QStringLiteral(": ") + error));
                const QStringList left = stillReadable(out, identity, test::seenNumbers(row.burnedIn));
                QVERIFY2(left.isEmpty(), qPrintable(row.file + (input == anonymised ? " (anonymised header): " : ": ") +
                                                    left.join(QStringLiteral(", "))));
            }
            ++files;
        }
        qInfo("%d ultrasounds with burned-in text, each de-identified as it is and with an anonymised header: "
              "nothing of the original identity read afterwards",
              files);
        QVERIFY(files >= 10);
    }

    // A device template's safe words stay in that device's images (and
    // only there); without it the word is masked as not on the safe list.
    void deviceTemplateSafeWordsStay()
    {
        VEIL_REQUIRE_TESTDATA();
        QTemporaryDir tmp;
        tmp.setAutoRemove(!qEnvironmentVariableIsSet("VEIL_KEEP_TEST_FILES"));
        const QString siemens = test::testFile(QStringLiteral("deid/ultrasounds/RGB_IMAGE.dcm"));
        auto readsDtcem = [](const QString &out) {
            auto f = DicomFile::open({out, {}}).valueOr(nullptr);
            for (const TextBox &b :
                 test::must(scanBurnedText(*f, PhiMatcher(IdentityValues()), JobContext::none())).boxes)
                if (b.text == QLatin1String("DTCEM"))
                    return true;
            return false;
        };
        QString error;
        const QString plain = deidentified(siemens, tmp.filePath(QStringLiteral("plain")), &error);
        QVERIFY2(!plain.isEmpty(), qPrintable(error));
        QVERIFY(!readsDtcem(plain)); // not on the safe list: masked
        auto templates = std::make_shared<DeviceTemplates>();
        auto file = DicomFile::open({siemens, {}}).valueOr(nullptr);
        templates->add(
            {QStringLiteral("Siemens ACUSON"), DeviceSignature::of(file->info()), {}, {QStringLiteral("DTCEM")}});
        const QString kept = deidentified(siemens, tmp.filePath(QStringLiteral("kept")), &error, templates);
        QVERIFY2(!kept.isEmpty(), qPrintable(error));
        QVERIFY(readsDtcem(kept));
        QStringList errors; // a template of safe words only is a template
        const DeviceTemplates back = DeviceTemplates::fromJson(templates->toJson(), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char(';'))));
        QCOMPARE(back.templates().first().safeWords, QStringList{QStringLiteral("DTCEM")});
    }
};

QTEST_GUILESS_MAIN(TestUltrasoundRecall)
#include "tst_usrecall.moc"
