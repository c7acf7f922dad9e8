// Header de-identification: the generated PS3.15 table, every action code
// and option, pseudonym/UID/date consistency, and a leak test with PHI
// planted everywhere.
#include "TestData.h"
#include "TestResult.h"

#include "engine/deid/DeidKey.h"
#include "engine/deid/ProjectProfile.h"
#include "engine/deid/Pseudonyms.h"
#include "engine/deid/StandardProfile.h"
#include "engine/deid/TextCleaner.h"
#include "engine/dicom/DicomFile.h"
#include "engine/dicom/deid/Deidentifier.h"
#include "engine/dicom/demo/DemoStudy.h"
#include "engine/dicom/header/TagDiff.h"
#include "engine/dicom/input/InputScanner.h"
#include "engine/jobs/JobContext.h"
#include "engine/pipeline/Deidentify.h"

#include <QDirIterator>
#include <QTemporaryDir>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcuid.h>

using namespace veil;

namespace {

// Planted identity: every string here must be gone from the output bytes.
const char *const kPlanted[] = {
    "SMITHERSON",
    "JOHANNA",
    "MRN4471923",
    "ACC99120077",
    "GLENDALE MEMORIAL",
    "42 BAKER STREET",
    "555-0187",
    "DRWHOVILLE",
    "OPERATORKATZ",
    "READERBLUM",
    "STATIONX9",
    "SERIAL77431",
    "OTHERID5533",
    "19580214",
    "14/02/1958",
    "02/14/1958",
    "PRIVATEPHI",
    "OVERLAYPHI",
    "ICONPHI",
    "1.2.826.0.1.3680043.2.1125.4471923.20240315", // a UID embedding the MRN and a date
    "1958-02-14",
    "DEPTOFSECRETS",
    "CONTENTCREATORPHI",
    "VERIFIERPHI",
};

void put(DcmItem &item, const DcmTagKey &tag, const char *value)
{
    item.putAndInsertString(tag, value);
}

// A CT with PHI in every place the issue names; `sopSuffix` varies the instance.
QString writePlanted(const QString &dir, int instance, const QString &studyUid, const QString &referencedSop = {})
{
    DcmFileFormat ff;
    DcmDataset &ds = *ff.getDataset();
    put(ds, DCM_SOPClassUID, UID_CTImageStorage);
    put(ds, DCM_SOPInstanceUID,
        QStringLiteral("1.2.826.0.1.3680043.2.1125.4471923.20240315.%1").arg(instance).toLatin1().constData());
    put(ds, DCM_StudyInstanceUID, studyUid.toLatin1().constData());
    put(ds, DCM_SeriesInstanceUID, "1.2.826.0.1.3680043.2.1125.4471923.20240315.9999");
    put(ds, DCM_FrameOfReferenceUID, "1.2.826.0.1.3680043.2.1125.4471923.20240315.8888");
    put(ds, DCM_Modality, "CT");
    put(ds, DCM_PatientName, "SMITHERSON^JOHANNA");
    put(ds, DCM_PatientID, "MRN4471923");
    put(ds, DCM_PatientBirthDate, "19580214");
    put(ds, DCM_PatientSex, "F");
    put(ds, DCM_PatientAge, "093Y");
    put(ds, DCM_PatientAddress, "42 BAKER STREET");
    put(ds, DCM_PatientTelephoneNumbers, "555-0187");
    put(ds, DCM_AccessionNumber, "ACC99120077");
    put(ds, DCM_StudyDate, "20240315");
    put(ds, DCM_SeriesDate, "20240316");
    put(ds, DCM_StudyTime, "101500");
    put(ds, DCM_InstitutionName, "GLENDALE MEMORIAL");
    put(ds, DCM_InstitutionalDepartmentName, "DEPTOFSECRETS");
    put(ds, DCM_ReferringPhysicianName, "DRWHOVILLE^ANNA");
    put(ds, DCM_OperatorsName, "OPERATORKATZ");
    put(ds, DCM_NameOfPhysiciansReadingStudy, "READERBLUM");
    put(ds, DCM_StationName, "STATIONX9");
    put(ds, DCM_DeviceSerialNumber, "SERIAL77431");
    put(ds, DCM_ProtocolName, "head protocol for SMITHERSON");
    put(ds, DCM_StudyDescription, "CT head for SMITHERSON, Johanna (MRN4471923) born 14/02/1958");
    put(ds, DCM_SeriesDescription, "axial 5mm");
    put(ds, DCM_ImageComments, "seen 02/14/1958 by DRWHOVILLE");
    put(ds, DCM_ContentCreatorName, "CONTENTCREATORPHI");
    DcmItem *other = nullptr;
    ds.findOrCreateSequenceItem(DCM_OtherPatientIDsSequence, other, -2);
    put(*other, DCM_PatientID, "OTHERID5533");
    DcmItem *request = nullptr;
    ds.findOrCreateSequenceItem(DCM_RequestAttributesSequence, request, -2);
    put(*request, DCM_RequestedProcedureDescription, "requested for Johanna Smitherson, MRN4471923");
    put(*request, DCM_ScheduledProcedureStepID, "MRN4471923-1");
    DcmItem *nested = nullptr; // PHI two sequences deep
    request->findOrCreateSequenceItem(DCM_ReferencedStudySequence, nested, -2);
    put(*nested, DCM_ReferencedSOPInstanceUID, studyUid.toLatin1().constData());
    put(*nested, DCM_ReferencedSOPClassUID, UID_RETIRED_StudyComponentManagementSOPClass);
    if (!referencedSop.isEmpty()) {
        // Evidence references (not in Table E.1-1: kept, their UIDs mapped).
        DcmItem *evidence = nullptr, *series = nullptr, *ref = nullptr;
        ds.findOrCreateSequenceItem(DCM_CurrentRequestedProcedureEvidenceSequence, evidence, -2);
        evidence->findOrCreateSequenceItem(DCM_ReferencedSeriesSequence, series, -2);
        series->findOrCreateSequenceItem(DCM_ReferencedSOPSequence, ref, -2);
        put(*ref, DCM_ReferencedSOPClassUID, UID_CTImageStorage);
        put(*ref, DCM_ReferencedSOPInstanceUID, referencedSop.toLatin1().constData());
    }
    DcmItem *content = nullptr; // structured content naming the patient
    ds.findOrCreateSequenceItem(DCM_ContentSequence, content, -2);
    put(*content, DCM_ValueType, "TEXT");
    put(*content, DCM_TextValue,
        "Report for Smitherson Johanna, MRN4471923, born 1958-02-14, seen at Glendale Memorial");
    DcmItem *pnItem = nullptr;
    ds.findOrCreateSequenceItem(DCM_ContentSequence, pnItem, -2);
    put(*pnItem, DCM_ValueType, "PNAME");
    put(*pnItem, DCM_PersonName, "DRWHOVILLE^ANNA");
    DcmItem *verifier = nullptr;
    ds.findOrCreateSequenceItem(DCM_VerifyingObserverSequence, verifier, -2);
    put(*verifier, DCM_VerifyingObserverName, "VERIFIERPHI");
    // Private attributes, a private sequence, overlay and icon.
    put(ds, DcmTagKey(0x0009, 0x0010), "ACME PRIVATE");
    put(ds, DcmTagKey(0x0009, 0x1001), "PRIVATEPHI SMITHERSON");
    put(ds, DcmTagKey(0x6000, 0x0010), "64");
    ds.putAndInsertUint16(DcmTagKey(0x6000, 0x0010), 8);
    ds.putAndInsertUint16(DcmTagKey(0x6000, 0x0011), 8);
    put(ds, DcmTagKey(0x6000, 0x0022), "OVERLAYPHI");
    put(ds, DcmTagKey(0x6000, 0x0040), "G");
    const Uint8 overlay[8] = {0xFF, 0, 0xFF, 0, 0xFF, 0, 0xFF, 0};
    ds.putAndInsertUint8Array(DcmTagKey(0x6000, 0x3000), overlay, 8);
    DcmItem *icon = nullptr;
    ds.findOrCreateSequenceItem(DCM_IconImageSequence, icon, -2);
    put(*icon, DCM_ImageComments, "ICONPHI");
    // A tiny 16-bit image.
    ds.putAndInsertUint16(DCM_Rows, 8);
    ds.putAndInsertUint16(DCM_Columns, 8);
    ds.putAndInsertUint16(DCM_SamplesPerPixel, 1);
    put(ds, DCM_PhotometricInterpretation, "MONOCHROME2");
    ds.putAndInsertUint16(DCM_BitsAllocated, 16);
    ds.putAndInsertUint16(DCM_BitsStored, 12);
    ds.putAndInsertUint16(DCM_HighBit, 11);
    ds.putAndInsertUint16(DCM_PixelRepresentation, 0);
    Uint16 pixels[64];
    for (int i = 0; i < 64; ++i)
        pixels[i] = Uint16(i * 50);
    ds.putAndInsertUint16Array(DCM_PixelData, pixels, 64);
    const QString path = QDir(dir).filePath(QStringLiteral("SMITHERSON_MRN4471923_%1.dcm").arg(instance));
    ff.saveFile(QFile::encodeName(path).constData(), EXS_LittleEndianExplicit);
    return path;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Run
{
    QList<Result<DeidOutcome>> outcomes;
    QStringList sources; // the input of each outcome
};

Run deidAll(const QStringList &inputs, const QString &out, const DeidKey &key, const DeidOptions &options = {},
            const QHash<quint32, ProfileRule> &rules = {})
{
    DeidSettings s;
    s.options = options;
    s.rules = rules;
    s.pseudonyms = std::make_shared<Pseudonyms>(key);
    s.outputDir = out;
    Run r;
    for (const InputItem &item : scanInputs(inputs, JobContext::none()).items) {
        r.outcomes << deidentifyInstance(item, s);
        r.sources << item.filePath;
    }
    return r;
}

DcmFileFormat loadOutput(const Result<DeidOutcome> &o)
{
    DcmFileFormat ff;
    if (o)
        ff.loadFile(QFile::encodeName(o->outputPath).constData());
    return ff;
}

QString value(DcmItem &ds, const DcmTagKey &tag)
{
    OFString v;
    return ds.findAndGetOFStringArray(tag, v).good() ? QString::fromLatin1(v.c_str()) : QStringLiteral("<absent>");
}

DeidOptions optionsOf(std::initializer_list<DeidOption> list)
{
    DeidOptions o;
    for (DeidOption x : list)
        o.set(size_t(x));
    return o;
}

} // namespace

class TestDeid : public QObject
{
    Q_OBJECT
private slots:
    // The tag panel's data: every attribute before and after, with the action and why.
    void tagDiffShowsEveryChange()
    {
        QTemporaryDir tmp;
        QVERIFY(writeDemoStudy(tmp.path()).ok());
        const QString path = tmp.filePath(QStringLiteral("01_us_single/IM0001.dcm"));
        const QByteArray before = [&] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        DeidSettings s;
        s.pseudonyms = std::make_shared<Pseudonyms>(DeidKey::generate());
        const QList<TagDiffRow> rows = test::must(tagDiff({path, {}}, s));
        QVERIFY(!rows.isEmpty());
        QHash<QString, TagDiffRow> byPath;
        for (const TagDiffRow &r : rows)
            byPath.insert(r.path, r);
        const TagDiffRow name = byPath.value(QStringLiteral("(0010,0010)"));
        QCOMPARE(name.name, QStringLiteral("PatientName"));
        QCOMPARE(name.original, QStringLiteral("VEILDEMO^JANE^Q"));
        QVERIFY(name.deidentified.startsWith(QLatin1String("VEIL")) && name.deidentified != name.original);
        QCOMPARE(name.change, TagDiffRow::Change::Changed);
        QVERIFY(!name.reason.isEmpty());
        QCOMPARE(byPath.value(QStringLiteral("(0008,0080)")).change, TagDiffRow::Change::Removed); // institution
        QCOMPARE(byPath.value(QStringLiteral("(0012,0062)")).change, TagDiffRow::Change::Added);   // identity removed
        QCOMPARE(byPath.value(QStringLiteral("(0028,0010)")).change, TagDiffRow::Change::Kept);    // rows
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before); // nothing written to the original
    }

    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_in = m_tmp.filePath(QStringLiteral("in"));
        QDir().mkpath(m_in);
        m_first = writePlanted(m_in, 1, QStringLiteral("1.2.826.0.1.3680043.2.1125.4471923.20240315.1000"));
        writePlanted(m_in, 2, QStringLiteral("1.2.826.0.1.3680043.2.1125.4471923.20240315.1000"),
                     QStringLiteral("1.2.826.0.1.3680043.2.1125.4471923.20240315.1"));
        m_key = DeidKey::generate();
    }

    void generatedTableMatchesTheStandard()
    {
        QCOMPARE(QString::fromLatin1(profileEdition()), QStringLiteral("2024b"));
        QCOMPARE(profileRowCount(), 621);
        int n = 0;
        profileRows(&n);
        QCOMPARE(n, 620); // + the private-attribute row, handled in code
        auto basic = [](quint32 tag) { return profileRow(tag) ? int(profileRow(tag)->basic) : -1; };
        QCOMPARE(basic(0x00100010), int(Basic::Z));   // Patient's Name
        QCOMPARE(basic(0x00100020), int(Basic::ZD));  // Patient ID
        QCOMPARE(basic(0x00080080), int(Basic::XZD)); // Institution Name
        QCOMPARE(basic(0x0020000D), int(Basic::U));   // Study Instance UID
        QCOMPARE(basic(0x00081140), int(Basic::XZU)); // Referenced Image Sequence
        QCOMPARE(basic(0x00081030), int(Basic::X));   // Study Description
        QCOMPARE(basic(0x60023000), int(Basic::X));   // Overlay Data, group 6002
        QCOMPARE(basic(0x50100000), int(Basic::X));   // Curve Data
        QCOMPARE(profileRow(0x00091010), nullptr);    // private: not a row
        QCOMPARE(profileRow(0x00280010), nullptr);    // Rows: kept
        QCOMPARE(QString::fromLatin1(profileRow(0x00081030)->options), QStringLiteral("-------C--"));
        QCOMPARE(QString::fromLatin1(profileRow(0x00080020)->options), QStringLiteral("-----KC---"));
    }

    void combinedCodesFollowTheIod()
    {
        const ProfileRow &inst = *profileRow(0x00080080); // X/Z/D, Type 3 in CT
        QCOMPARE(resolveAction(inst, {}, QString::fromLatin1(UID_CTImageStorage)).action, Action::Remove);
        QCOMPARE(resolveAction(inst, {}, QStringLiteral("1.2.3.4")).action, Action::Dummy); // unknown IOD: keep, dummy
        const ProfileRow &pid = *profileRow(0x00100020);                                    // Z/D, Type 2
        QCOMPARE(resolveAction(pid, {}, QString::fromLatin1(UID_CTImageStorage)).action, Action::Empty);
        const ProfileRow &content = *profileRow(0x00080023); // Content Date Z/D, 2C in CT
        QCOMPARE(resolveAction(content, {}, QString::fromLatin1(UID_CTImageStorage)).action, Action::Empty);
        const ProfileRow &serial = *profileRow(0x00181000); // X/Z/D: Type 1 in Enhanced CT
        QCOMPARE(resolveAction(serial, {}, QString::fromLatin1(UID_EnhancedCTImageStorage)).action, Action::Dummy);
        QCOMPARE(resolveAction(serial, optionsOf({DeidOption::RetainDeviceIdentity}),
                               QString::fromLatin1(UID_CTImageStorage))
                     .action,
                 Action::Keep);
        QVERIFY(resolveAction(serial, {}, QString::fromLatin1(UID_EnhancedCTImageStorage))
                    .reason.contains(QLatin1String("Type 1")));
        const ProfileRow &refs = *profileRow(0x00081140); // Referenced Image Sequence, X/Z/U*
        QCOMPARE(resolveAction(refs, {}, QString::fromLatin1(UID_CTImageStorage)).action, Action::Remove); // Type 3
        QCOMPARE(resolveAction(refs, {}, QStringLiteral("1.2.3.4")).action, Action::ReplaceUid);
        const ProfileRow &pname = *profileRow(0x00100010);
        QCOMPARE(resolveAction(pname, optionsOf({DeidOption::RetainPatientCharacteristics}), {}).action, Action::Empty);
    }

    void pseudonymsAndUids()
    {
        const Pseudonyms a(m_key), b(DeidKey::generate());
        const QString uid = a.uid(QStringLiteral("1.2.3.4"));
        QVERIFY(uid.startsWith(QLatin1String("2.25.")));
        QVERIFY(uid.size() <= 64);
        QCOMPARE(a.uid(QStringLiteral("1.2.3.4")), uid);
        QVERIFY(b.uid(QStringLiteral("1.2.3.4")) != uid);
        QCOMPARE(a.patientId(QStringLiteral("X1"), {}),
                 a.patientId(QStringLiteral("X1"), QStringLiteral("other name")));
        QVERIFY(a.patientId(QStringLiteral("X1"), {}) != a.patientId(QStringLiteral("X2"), {}));
        QSet<QString> ids;
        for (int i = 0; i < 20000; ++i)
            ids.insert(a.patientId(QString::number(i), {}));
        QCOMPARE(ids.size(), 20000);
        const int shift = a.dateShiftDays(QStringLiteral("X1"), {});
        QVERIFY(shift <= -365 && shift >= -3650);
        QCOMPARE(shiftDate(QStringLiteral("20240301"), -1), QStringLiteral("20240229"));
        QCOMPARE(shiftDateTime(QStringLiteral("20240301101500.123+0100"), -1),
                 QStringLiteral("20240229101500.123+0100"));
        QCOMPARE(capAge(QStringLiteral("093Y")), QStringLiteral("090Y"));
        QCOMPARE(capAge(QStringLiteral("045Y")), QStringLiteral("045Y"));
    }

    // The keyed hash behind pseudonyms, UIDs and date shifts never changes
    // between versions: a project's pseudonyms must stay what they were.
    void keyedHashKnownAnswer()
    {
        const DeidKey key = DeidKey::fromSecret(QByteArray(32, '\x07'));
        QCOMPARE(key.hash("uid", "1.2.3", 16).toHex(), QByteArray("bf74db55473b1b32a1a67d74487ace66"));
    }

    void keyFileRoundTripAndMode()
    {
        const QString path = m_tmp.filePath(QStringLiteral("project.key"));
        VEIL_VERIFY_OK(m_key.save(path));
        QCOMPARE(QFileInfo(path).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFileDevice::Permissions());
        const DeidKey loaded = test::must(DeidKey::load(path));
        QVERIFY(loaded.isValid());
        QCOMPARE(Pseudonyms(loaded).uid(QStringLiteral("1.2")), Pseudonyms(m_key).uid(QStringLiteral("1.2")));
    }

    void textCleanerKeepsTheRest()
    {
        TextCleaner c;
        c.addName(QStringLiteral("SMITHERSON^JOHANNA"));
        c.addIdentifier(QStringLiteral("MRN4471923"));
        c.addDate(QStringLiteral("19580214"));
        QCOMPARE(c.clean(QStringLiteral("CT head for Smitherson, Johanna (MRN4471923) born 14/02/1958, Feb 14, 1958")),
                 QStringLiteral("CT head for ***, *** (***) born ***, ***"));
        QCOMPARE(c.clean(QStringLiteral("JOHANNA HEAD")), QStringLiteral("*** HEAD")); // word edges
        QCOMPARE(c.clean(QStringLiteral("JOHANNASBURG")), QStringLiteral("***"));      // not a known word: goes too
    }

    // Issue 14's leaks with the clean options on: dates as people write
    // them in five languages (any date, not only the header's), names
    // without their accents or case, and the parts of compound names.
    void textCleanerDatesAndNamesAsWritten_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cleaned");
        auto row = [](const char *text, const char *cleaned) {
            QTest::newRow(text) << QString::fromUtf8(text) << QString::fromUtf8(cleaned);
        };
        row("CT ABDOMEN W CONTRAST", "CT ABDOMEN W CONTRAST");
        row("follow-up of 14-MAR-2025 exam", "follow-up of *** exam");
        row("compare Mar 14, 2025 and March 3rd 2024", "compare *** and ***");
        row("prior 14 March 2025", "prior ***");
        row("Voruntersuchung vom 14. März 2025", "Voruntersuchung vom ***");
        row("examen du 14 mars 2025 à 10h42", "examen du *** à ***");
        row("estudio del 14 de marzo de 2025", "estudio del ***");
        row("controllo del 14 marzo 2025", "controllo del ***");
        row("scan 2025-03-14 10:42:33, also 14.3.25", "scan ***, also ***");
        row("since January 2023", "since ***");
        row("contrast 1:10, series 12, T2 3.0 mm", "contrast ***, series 12, T2 3.0 mm"); // 1:10 could be a time
        // Keep-list: a name nowhere in the header goes, with any word the vocabulary does not know.
        row("scan for HOLLOWAY", "scan for ***");
        row("MRI BRAIN W/WO, F/U 3 months, L4-5, B1000 DWI", "MRI BRAIN W/WO, F/U 3 months, L4-5, B1000 DWI");
        row("call 555 0142 or +49 30 1234 567, dr.who@example.org",
            "*** *** or ***, ***"); // "call" is not a known word
        row("for Jürgen Müller-Lüdenscheidt", "for *** ***");
        row("JURGEN and jürgen and Lüdenscheidt", "*** and *** and ***");
        row("seen by O'Neill, then Nakagawa", "seen by ***, then ***");
    }
    void textCleanerDatesAndNamesAsWritten()
    {
        QFETCH(QString, text);
        QFETCH(QString, cleaned);
        TextCleaner c;
        c.addName(QString::fromUtf8("MÜLLER-LÜDENSCHEIDT^JÜRGEN"));
        c.addName(QStringLiteral("O'NEILL-SMYTHE^AOIFE"));
        c.addName(QStringLiteral("NAKAGAWA-BRENNAN^KENJI"));
        QCOMPARE(c.clean(text), cleaned);
    }

    // ISO 2022 IR 87: the kanji's bytes look like ASCII codes (";3ED" for
    // 山田, which "3ED" would pass as an acquisition code); they all go.
    void textCleanerDropsIso2022MultiByteText()
    {
        TextCleaner c;
        const QString value = QString::fromLatin1("Yamada^Tarou=\x1b$B;3ED\x1b(B^\x1b$BB@O:\x1b(B CT HEAD");
        const QString out = c.clean(value);
        QCOMPARE(out, QString::fromLatin1("***^***=***\x1b(B^***\x1b(B CT HEAD"));
        QVERIFY(!out.contains(QLatin1String("3ED")) && !out.contains(QLatin1String("B@O")));
    }

    // A project keeps its own words in cleaned text (profile "keepWords").
    void projectWordsStayInCleanedText()
    {
        QStringList errors;
        const ProjectProfile p = ProjectProfile::fromJson(R"({"keepWords": ["ACME", "Trial"]})", &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char(' '))));
        TextCleaner c;
        QCOMPARE(c.clean(QStringLiteral("ACME trial scan")), QStringLiteral("*** *** scan"));
        auto keep = std::make_shared<KeepList>(*KeepList::builtIn());
        keep->addWords(p.keepWords, QStringLiteral("project profile"));
        c.setKeepList(keep);
        QCOMPARE(c.clean(QStringLiteral("ACME trial scan")), QStringLiteral("ACME trial scan"));
        ProjectProfile::fromJson(R"({"keepWords": [3]})", &errors);
        QCOMPARE(errors, QStringList{QStringLiteral("keepWords[0]: expected a word")});
    }

    void basicProfileActions()
    {
        const Run r = deidAll({m_first}, m_tmp.filePath(QStringLiteral("basic")), m_key);
        QCOMPARE(r.outcomes.size(), 1);
        QVERIFY2(r.outcomes[0].ok(), qPrintable(r.outcomes[0].message()));
        DcmFileFormat ff = loadOutput(r.outcomes[0]);
        DcmDataset &ds = *ff.getDataset();
        const Pseudonyms p(m_key);
        QCOMPARE(value(ds, DCM_PatientName),
                 p.patientName(QStringLiteral("MRN4471923"), QStringLiteral("SMITHERSON^JOHANNA")));
        QCOMPARE(value(ds, DCM_PatientID), p.patientId(QStringLiteral("MRN4471923"), {}));
        QCOMPARE(value(ds, DCM_PatientBirthDate), QString());                 // Z
        QCOMPARE(value(ds, DCM_PatientAddress), QStringLiteral("<absent>"));  // X
        QCOMPARE(value(ds, DCM_InstitutionName), QStringLiteral("<absent>")); // X/Z/D, Type 3 in CT
        QCOMPARE(value(ds, DCM_StudyDescription), QStringLiteral("<absent>"));
        QCOMPARE(value(ds, DCM_StudyInstanceUID),
                 p.uid(QStringLiteral("1.2.826.0.1.3680043.2.1125.4471923.20240315.1000")));
        QCOMPARE(value(ds, DCM_PatientAge), QStringLiteral("<absent>"));
        QVERIFY(!ds.tagExists(DcmTagKey(0x0009, 0x1001)));
        QVERIFY(!ds.tagExists(DcmTagKey(0x6000, 0x3000)));
        QVERIFY(!ds.tagExists(DCM_IconImageSequence));
        QCOMPARE(value(ds, DCM_PatientIdentityRemoved), QStringLiteral("YES"));
        QCOMPARE(value(ds, DCM_LongitudinalTemporalInformationModified), QStringLiteral("REMOVED"));
        DcmItem *code = nullptr;
        QVERIFY(ds.findAndGetSequenceItem(DCM_DeidentificationMethodCodeSequence, code, 0).good());
        QCOMPARE(value(*code, DCM_CodeValue), QStringLiteral("113100"));
        DcmItem *verifier = nullptr; // Verifying Observer Sequence: D -> one empty item
        QVERIFY(ds.findAndGetSequenceItem(DCM_VerifyingObserverSequence, verifier, 0).good());
        QCOMPARE(verifier->card(), 0UL);
        // The record names each change with its reason and no values.
        const auto &rec = r.outcomes[0]->record;
        const auto it = std::find_if(rec.begin(), rec.end(),
                                     [](const DeidRecordEntry &e) { return e.path == QLatin1String("(0008,0080)"); });
        QVERIFY(it != rec.end());
        QCOMPARE(it->action, QStringLiteral("X"));
        QCOMPARE(it->reason, QStringLiteral("E.1-1 Institution Name: X/Z/D, Type 3 in IOD"));
        QVERIFY(!it->oldValue.contains(QLatin1String("GLENDALE")));
        // The original is untouched.
        QVERIFY(readAll(m_first).contains("SMITHERSON"));
    }

    void optionsChangeTheActions()
    {
        const DeidOptions all =
            optionsOf({DeidOption::RetainUids, DeidOption::RetainDeviceIdentity, DeidOption::RetainInstitutionIdentity,
                       DeidOption::RetainPatientCharacteristics, DeidOption::RetainLongitudinalModifiedDates,
                       DeidOption::CleanDescriptors});
        const Run r = deidAll({m_first}, m_tmp.filePath(QStringLiteral("options")), m_key, all);
        QVERIFY(r.outcomes[0].ok());
        DcmFileFormat ff = loadOutput(r.outcomes[0]);
        DcmDataset &ds = *ff.getDataset();
        QCOMPARE(value(ds, DCM_StudyInstanceUID), QStringLiteral("1.2.826.0.1.3680043.2.1125.4471923.20240315.1000"));
        QCOMPARE(value(ds, DCM_StationName), QStringLiteral("STATIONX9"));
        QCOMPARE(value(ds, DCM_InstitutionName), QStringLiteral("GLENDALE MEMORIAL"));
        QCOMPARE(value(ds, DCM_PatientSex), QStringLiteral("F"));
        QCOMPARE(value(ds, DCM_PatientAge), QStringLiteral("090Y")); // kept, but capped
        const int shift = Pseudonyms(m_key).dateShiftDays(QStringLiteral("MRN4471923"), {});
        QCOMPARE(value(ds, DCM_StudyDate), shiftDate(QStringLiteral("20240315"), shift));
        QCOMPARE(value(ds, DCM_SeriesDate), shiftDate(QStringLiteral("20240316"), shift)); // the interval stays one day
        // A written date is shifted like the header's dates (issue 14).
        const QString born = QDate(1958, 2, 14).addDays(shift).toString(QStringLiteral("dd/MM/yyyy"));
        QCOMPARE(value(ds, DCM_StudyDescription), QStringLiteral("CT head for ***, *** (***) born ") + born);
        // The record says which words stayed and why, and how many went by which rule, naming none of them.
        const auto &rec = r.outcomes[0]->record;
        const auto desc = std::find_if(rec.begin(), rec.end(),
                                       [](const DeidRecordEntry &e) { return e.path == QLatin1String("(0008,1030)"); });
        QVERIFY(desc != rec.end());
        QVERIFY2(desc->reason.contains(QLatin1String("kept: CT (vocabulary: modality), head (vocabulary: anatomy)")),
                 qPrintable(desc->reason));
        QVERIFY2(desc->reason.contains(QLatin1String("changed: 1 x date (shifted); removed: 3 x header identity")),
                 qPrintable(desc->reason));
        QVERIFY(!desc->reason.contains(QLatin1String("Smitherson"), Qt::CaseInsensitive));
        QCOMPARE(value(ds, DCM_LongitudinalTemporalInformationModified), QStringLiteral("MODIFIED"));
        QVERIFY(value(ds, DCM_DeidentificationMethod).contains(QLatin1String("retain-modified-dates")));
        int codes = 0;
        DcmItem *item = nullptr;
        while (ds.findAndGetSequenceItem(DCM_DeidentificationMethodCodeSequence, item, codes).good())
            ++codes;
        QCOMPARE(codes, 7); // the profile and six options
    }

    void retainFullDatesKeepsThem()
    {
        const Run r = deidAll({m_first}, m_tmp.filePath(QStringLiteral("fulldates")), m_key,
                              optionsOf({DeidOption::RetainLongitudinalFullDates}));
        DcmFileFormat ff = loadOutput(r.outcomes[0]);
        QCOMPARE(value(*ff.getDataset(), DCM_StudyDate), QStringLiteral("20240315"));
        QCOMPARE(value(*ff.getDataset(), DCM_LongitudinalTemporalInformationModified), QStringLiteral("UNMODIFIED"));
        QCOMPARE(value(*ff.getDataset(), DCM_PatientBirthDate), QString()); // not a longitudinal date: Z
    }

    // The same patient's real files, shifted by the same days.
    void realFilesShiftConsistently()
    {
        VEIL_REQUIRE_TESTDATA();
        const QStringList ct{test::testFile(QStringLiteral("fo-dicom/abd1/adb1_1.dcm")),
                             test::testFile(QStringLiteral("fo-dicom/abd1/adb1_2.dcm"))};
        const Run r = deidAll(ct, m_tmp.filePath(QStringLiteral("real")), m_key,
                              optionsOf({DeidOption::RetainLongitudinalModifiedDates}));
        QVERIFY(r.outcomes[0].ok() && r.outcomes[1].ok());
        DcmFileFormat a = loadOutput(r.outcomes[0]), b = loadOutput(r.outcomes[1]);
        DcmFileFormat inA;
        QVERIFY(inA.loadFile(QFile::encodeName(ct[0]).constData()).good());
        const QString original = value(*inA.getDataset(), DCM_StudyDate);
        const int shift = Pseudonyms(m_key).dateShiftDays(value(*inA.getDataset(), DCM_PatientID).trimmed(),
                                                          value(*inA.getDataset(), DCM_PatientName).trimmed());
        QCOMPARE(value(*a.getDataset(), DCM_StudyDate), shiftDate(original, shift));
        QCOMPARE(value(*a.getDataset(), DCM_StudyDate), value(*b.getDataset(), DCM_StudyDate));
        QCOMPARE(value(*a.getDataset(), DCM_StudyInstanceUID), value(*b.getDataset(), DCM_StudyInstanceUID));
    }

    void retainSafePrivateKeepsOnlyTheSafeList()
    {
        QTemporaryDir dir;
        DcmFileFormat ff;
        DcmDataset &ds = *ff.getDataset();
        put(ds, DCM_SOPClassUID, UID_MRImageStorage);
        put(ds, DCM_SOPInstanceUID, "1.2.3.4.5");
        put(ds, DcmTagKey(0x0019, 0x0010), "SIEMENS MR HEADER");
        ds.putAndInsertString(DcmTag(0x0019, 0x100C, EVR_IS), "1000");       // B_value: safe
        ds.putAndInsertString(DcmTag(0x0019, 0x1099, EVR_LO), "PRIVATEPHI"); // not listed
        const QString path = dir.filePath(QStringLiteral("mr.dcm"));
        ff.saveFile(QFile::encodeName(path).constData(), EXS_LittleEndianExplicit);
        const Run r =
            deidAll({path}, dir.filePath(QStringLiteral("out")), m_key, optionsOf({DeidOption::RetainSafePrivate}));
        QVERIFY(r.outcomes[0].ok());
        DcmFileFormat out = loadOutput(r.outcomes[0]);
        QCOMPARE(value(*out.getDataset(), DcmTagKey(0x0019, 0x100C)), QStringLiteral("1000"));
        QCOMPARE(value(*out.getDataset(), DcmTagKey(0x0019, 0x0010)), QStringLiteral("SIEMENS MR HEADER"));
        QVERIFY(!out.getDataset()->tagExists(DcmTagKey(0x0019, 0x1099)));
    }

    void structuredContentIsCleanedOrRemoved()
    {
        VEIL_REQUIRE_TESTDATA();
        const QString sr = test::testFile(QStringLiteral("debian/dicomscope/reportsi.dcm"));
        const Run removed = deidAll({sr}, m_tmp.filePath(QStringLiteral("sr1")), m_key);
        QVERIFY(removed.outcomes[0].ok());
        DcmFileFormat a = loadOutput(removed.outcomes[0]);
        DcmItem *first = nullptr;
        QVERIFY(a.getDataset()->findAndGetSequenceItem(DCM_ContentSequence, first, 0).good());
        QCOMPARE(first->card(), 0UL); // D: the content is gone
        const Run cleaned = deidAll({sr}, m_tmp.filePath(QStringLiteral("sr2")), m_key,
                                    optionsOf({DeidOption::CleanStructuredContent}));
        DcmFileFormat b = loadOutput(cleaned.outcomes[0]);
        DcmSequenceOfItems *content = nullptr;
        QVERIFY(b.getDataset()->findAndGetSequence(DCM_ContentSequence, content).good());
        QVERIFY(content->card() > 1); // kept, item by item
    }

    void projectProfileIsValidated()
    {
        QStringList errors;
        ProjectProfile::fromJson(R"json({"name": "x", "colour": 1, "options": ["retain-uids", "retain-everything"],
            "rules": [{"tag": "(0008,1030)", "action": "keep"}, {"tag": "0008103E", "action": "delete"},
                      {"tag": "(0008,0080)", "action": "replace"}, {"tag": "(zz,1)", "action": "keep"},
                      {"tag": "(0008,1030)", "action": "remove"}, {"tag": "(7fe0,0010)", "action": "remove"}]})json",
                                 &errors);
        const QString all = errors.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("profile: unknown key 'colour'")), qPrintable(all));
        QVERIFY(all.contains(QLatin1String("options[1]: unknown option 'retain-everything'")));
        QVERIFY(all.contains(QLatin1String("rules[1].action: unknown action 'delete'")));
        QVERIFY(all.contains(QLatin1String("rules[2].value: 'replace' needs a string value")));
        QVERIFY(all.contains(QLatin1String("rules[3].tag")));
        QVERIFY(all.contains(QLatin1String("rules[4].tag: a second rule")));
        QVERIFY(all.contains(QLatin1String("rules[5].tag: the file meta header and pixel data")));
        QCOMPARE(errors.size(), 7);
        errors.clear();
        const ProjectProfile ok = ProjectProfile::fromJson(
            R"json({"options": ["clean-descriptors"], "pseudonymPrefix": "TRIAL7-", "rules": [{"tag": "(0008,0080)", "action": "replace", "value": "SITE 3"}]})json",
            &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char(';'))));
        QVERIFY(ok.options.test(size_t(DeidOption::CleanDescriptors)));
        QCOMPARE(ok.rules.value(0x00080080).value, QStringLiteral("SITE 3"));
    }

    void projectRulesComeFirst()
    {
        QStringList errors;
        const ProjectProfile profile = ProjectProfile::fromJson(R"json({"rules": [
            {"tag": "(0008,0080)", "action": "replace", "value": "SITE 3"},
            {"tag": "(0008,103E)", "action": "keep"},
            {"tag": "(0008,0021)", "action": "shift-date"},
            {"tag": "(0008,0050)", "action": "hash"},
            {"tag": "(0028,0010)", "action": "remove"}]})json",
                                                                &errors);
        QVERIFY(errors.isEmpty());
        const Run r = deidAll({m_first}, m_tmp.filePath(QStringLiteral("rules")), m_key, {}, profile.rules);
        QVERIFY(r.outcomes[0].ok());
        DcmFileFormat ff = loadOutput(r.outcomes[0]);
        DcmDataset &ds = *ff.getDataset();
        QCOMPARE(value(ds, DCM_InstitutionName), QStringLiteral("SITE 3"));
        QCOMPARE(value(ds, DCM_SeriesDescription), QStringLiteral("axial 5mm"));
        const int shift = Pseudonyms(m_key).dateShiftDays(QStringLiteral("MRN4471923"), {});
        QCOMPARE(value(ds, DCM_SeriesDate), shiftDate(QStringLiteral("20240316"), shift));
        const QString accession = value(ds, DCM_AccessionNumber);
        QCOMPARE(accession.size(), 16);
        QVERIFY(!accession.contains(QLatin1String("ACC99120077")));
        QVERIFY(!ds.tagExists(DCM_Rows));
    }

    void nothingPlantedLeaks_data()
    {
        QTest::addColumn<int>("cleaning");
        QTest::newRow("basic profile") << 0;
        QTest::newRow("clean descriptors, structured content, graphics") << 1;
    }

    // With the retaining options off, nothing planted may survive, whether
    // descriptors are removed or cleaned.
    void nothingPlantedLeaks()
    {
        QFETCH(int, cleaning);
        const QString out = m_tmp.filePath(QStringLiteral("leak%1").arg(cleaning));
        const DeidOptions options = cleaning
                                        ? optionsOf({DeidOption::CleanDescriptors, DeidOption::CleanStructuredContent,
                                                     DeidOption::CleanGraphics})
                                        : DeidOptions();
        const Run r = deidAll({m_in}, out, m_key, options);
        QCOMPARE(r.outcomes.size(), 2);
        for (const QString &file : test::filesUnder(out)) {
            const QByteArray bytes = readAll(file).toUpper();
            for (const char *phi : kPlanted) {
                QVERIFY2(!bytes.contains(QByteArray(phi).toUpper()),
                         qPrintable(QStringLiteral("%1 leaked").arg(QLatin1String(phi))));
                QVERIFY2(!file.toUpper().contains(QLatin1String(phi)),
                         qPrintable(QStringLiteral("%1 in a path").arg(QLatin1String(phi))));
            }
            QCOMPARE(readAll(file).left(128), QByteArray(128, '\0')); // preamble zeroed
        }
    }

    void sameKeySameBytesOtherKeyNothingShared()
    {
        const Run a = deidAll({m_in}, m_tmp.filePath(QStringLiteral("run-a")), m_key);
        const Run b = deidAll({m_in}, m_tmp.filePath(QStringLiteral("run-b")), m_key);
        const Run c = deidAll({m_in}, m_tmp.filePath(QStringLiteral("run-c")), DeidKey::generate());
        const QStringList fa = test::filesUnder(m_tmp.filePath(QStringLiteral("run-a")));
        const QStringList fb = test::filesUnder(m_tmp.filePath(QStringLiteral("run-b")));
        QCOMPARE(fa.size(), 2);
        for (int i = 0; i < fa.size(); ++i) {
            QCOMPARE(QDir(m_tmp.filePath(QStringLiteral("run-a"))).relativeFilePath(fa[i]),
                     QDir(m_tmp.filePath(QStringLiteral("run-b"))).relativeFilePath(fb[i]));
            QCOMPARE(readAll(fa[i]), readAll(fb[i]));
        }
        for (const Result<DeidOutcome> &oc : c.outcomes)
            for (const Result<DeidOutcome> &oa : a.outcomes)
                QVERIFY(oc->sopInstanceUid != oa->sopInstanceUid);
        // The reference from instance 2 to instance 1 resolves inside the output.
        QSet<QString> sops;
        for (const Result<DeidOutcome> &o : a.outcomes)
            sops.insert(o->sopInstanceUid);
        bool resolved = false;
        for (const Result<DeidOutcome> &o : a.outcomes) {
            DcmFileFormat ff = loadOutput(o);
            DcmItem *evidence = nullptr, *series = nullptr, *ref = nullptr;
            if (ff.getDataset()
                    ->findAndGetSequenceItem(DCM_CurrentRequestedProcedureEvidenceSequence, evidence, 0)
                    .good() &&
                evidence->findAndGetSequenceItem(DCM_ReferencedSeriesSequence, series, 0).good() &&
                series->findAndGetSequenceItem(DCM_ReferencedSOPSequence, ref, 0).good()) {
                QVERIFY(sops.contains(value(*ref, DCM_ReferencedSOPInstanceUID)));
                resolved = true;
            }
        }
        QVERIFY(resolved);
    }

    // The real corpus: no crash; every readable input gives a readable output;
    // the rest is refused with a reason; patient names never survive.
    void wholeCorpus()
    {
        VEIL_REQUIRE_TESTDATA();
        const QString out = m_tmp.filePath(QStringLiteral("corpus"));
        const Run r = deidAll({test::testDataDir()}, out, m_key);
        int written = 0, refused = 0;
        for (const Result<DeidOutcome> &o : r.outcomes) {
            if (!o.ok()) {
                QVERIFY(!o.message().isEmpty());
                ++refused;
                continue;
            }
            ++written;
            VEIL_VERIFY_OK(DicomFile::open({o->outputPath, {}}));
        }
        qInfo("corpus: %d written, %d refused", written, refused);
        QVERIFY(written > 500);
        QHash<QString, QString> names; // manifest PN per file
        for (const test::ManifestRow &row : test::manifest()) {
            const qsizetype at = row.features.indexOf(QLatin1String("PN='"));
            if (at >= 0)
                names.insert(row.file, row.features.mid(at + 4).section(QLatin1Char('\''), 0, 0));
        }
        int checked = 0;
        const QDir root(test::testDataDir());
        for (int i = 0; i < r.outcomes.size(); ++i) {
            const QString name = names.value(root.relativeFilePath(r.sources[i]));
            if (!r.outcomes[i].ok() || name.size() < 6 || name.contains(QLatin1Char('?')) ||
                name.startsWith(QLatin1String("Anonym")))
                continue;
            QVERIFY2(!readAll(r.outcomes[i]->outputPath).contains(name.toLatin1()),
                     qPrintable(QStringLiteral("'%1' leaked from %2").arg(name, r.sources[i])));
            ++checked;
        }
        QVERIFY(checked > 0);
    }

private:
    QTemporaryDir m_tmp;
    QString m_in;
    QString m_first;
    DeidKey m_key;
};

QTEST_GUILESS_MAIN(TestDeid)
#include "tst_deid.moc"
