// Issue 14: free text cleaned with the clean options on keeps only what is
// known to be safe. A generated set of headers (FreeTextSet.h) in many
// character sets; no identifying string may reach any output byte, in
// UTF-8 or in the file's own character set, in any case; and the clinical
// words of the descriptions should stay.
#include "FreeTextSet.h"
#include "TestData.h"
#include "TestResult.h"

#include "engine/deid/DeidKey.h"
#include "engine/deid/KeepList.h"
#include "engine/deid/Pseudonyms.h"
#include "engine/deid/TextCleaner.h"
#include "engine/dicom/deid/Deidentifier.h"
#include "engine/dicom/input/InputScanner.h"
#include "engine/jobs/JobContext.h"
#include "engine/pipeline/Deidentify.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <dcmtk/dcmdata/dcsequen.h>

using namespace veil;
using namespace freetext;

namespace {

constexpr int kHeaders = 240;

QString stripAccents(const QString &s)
{
    QString out;
    for (const QChar c : s.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    return out;
}

QString germanSpelling(const QString &s) // Müller -> Mueller
{
    QString out = s;
    const char *const pairs[][2] = {{"ä", "ae"}, {"ö", "oe"}, {"ü", "ue"}, {"Ä", "Ae"}, {"Ö", "Oe"},
                                    {"Ü", "Ue"}, {"ß", "ss"}, {"ø", "oe"}, {"å", "aa"}};
    for (const auto &p : pairs)
        out.replace(QString::fromUtf8(p[0]), QString::fromUtf8(p[1]));
    return out;
}

bool isParticle(const QString &w)
{
    return QStringList{QStringLiteral("de"),  QStringLiteral("la"),  QStringLiteral("van"),
                       QStringLiteral("der"), QStringLiteral("von"), QStringLiteral("da")}
        .contains(w.toLower());
}

// Every string that names the person on its own: the components, each word
// but the particles, each part of a compound, as written and re-spelled.
QStringList identifyingOf(const Person &p)
{
    QStringList out{p.family, p.given, p.familyAlt, p.givenAlt};
    static const QRegularExpression split(QStringLiteral("[\\s'-]+"));
    for (const QString &part : {p.family, p.given})
        for (const QString &w : part.split(split, Qt::SkipEmptyParts))
            if (!isParticle(w) && w.size() >= 3)
                out << w;
    QStringList more;
    for (const QString &s : out)
        more << stripAccents(s) << germanSpelling(s);
    out += more;
    out.removeAll(QString());
    out.removeDuplicates();
    return out;
}

// The ways a description names the patient.
QStringList writtenNames(const Person &p)
{
    const QString f = p.family, g = p.given;
    QStringList out{f + QStringLiteral(", ") + g,
                    f.toUpper() + QLatin1Char(' ') + g.toUpper(),
                    g.toLower() + QLatin1Char(' ') + f.toLower(),
                    stripAccents(g + QLatin1Char(' ') + f),
                    germanSpelling(f),
                    f.section(QLatin1Char('-'), -1),
                    g.section(QLatin1Char(' '), 0, 0)};
    if (!p.familyAlt.isEmpty())
        out << p.familyAlt + p.givenAlt << p.familyAlt + QLatin1Char(' ') + p.givenAlt << f.toUpper();
    return out;
}

struct Generator
{
    QRandomGenerator rng{20261207};
    QList<Script> all = scripts();
    QStringList phraseList = phrases();

    template <typename T> const T &pick(const QList<T> &list)
    {
        return list.at(int(rng.bounded(qsizetype(list.size()))));
    }

    QDate date() { return QDate(1940, 1, 1).addDays(rng.bounded(31000)); }

    QString phrase(Planted &t)
    {
        const QString ph = pick(phraseList);
        static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
        for (auto it = word.globalMatch(ph); it.hasNext();)
            t.vocabulary << it.next().captured();
        return ph;
    }

    QString dateText(Planted &t, const DicomCharset &cs)
    {
        const QDate d = date();
        for (int tries = 0; tries < 8; ++tries) {
            const QString w = writtenDate(d, int(rng.bounded(16)));
            bool lossless = false;
            cs.encode(w, &lossless);
            if (lossless) {
                t.dates << d;
                t.identifying << w;
                return w;
            }
        }
        const QString iso = d.toString(QStringLiteral("yyyy-MM-dd"));
        t.dates << d;
        t.identifying << iso;
        return iso;
    }

    QString name(const Person &p, Planted &t, const DicomCharset &cs)
    {
        for (int tries = 0; tries < 8; ++tries) {
            const QString n = pick(writtenNames(p));
            bool lossless = false;
            cs.encode(n, &lossless);
            if (lossless && !n.isEmpty())
                return n;
        }
        Q_UNUSED(t);
        return p.family;
    }

    Planted write(const QString &dir, int index);
};

void put(DcmItem &item, const DcmTagKey &tag, const QString &text, const DicomCharset &cs)
{
    const QByteArray bytes = cs.encode(text);
    item.putAndInsertOFStringArray(tag, OFString(bytes.constData(), size_t(bytes.size())));
}

Planted Generator::write(const QString &dir, int index)
{
    const Script &script = all.at(index % all.size());
    const DicomCharset cs(QString::fromLatin1(script.charset));
    const int who = int(rng.bounded(qsizetype(script.people.size())));
    const Person &patient = script.people.at(who);
    const Person &doctor = script.people.at((who + 1) % script.people.size());
    Planted t;
    t.charset = QString::fromLatin1(script.charset);
    t.patientId = QStringLiteral("%1").arg(rng.bounded(10000000, 99999999));
    t.identifying << identifyingOf(patient) << identifyingOf(doctor) << t.patientId;
    const QString stranger = pick(script.strangers);
    t.identifying << stranger;
    const QString phone = pick(QStringList{QStringLiteral("+49 30 1234 5678"), QStringLiteral("(555) 014-2337"),
                                           QStringLiteral("030/12345678"), QStringLiteral("+33 1 42 68 53 00"),
                                           QStringLiteral("0151 2345 6789")});
    const QString mail = QStringLiteral("%1.%2@klinik-nord.example")
                             .arg(stripAccents(patient.given.left(1)).toLower(), QStringLiteral("pt%1x").arg(index));
    const QString address = pick(
        QStringList{QStringLiteral("Hauptstrasse 12, 10115 Berlin"), QStringLiteral("12 rue de la Paix, 75002 Paris"),
                    QStringLiteral("221B Baker Street, London NW1"), QStringLiteral("Via Roma 5, 00184 Roma"),
                    QStringLiteral("Calle Mayor 3, 28013 Madrid")});
    t.identifying << phone << mail << address.section(QLatin1Char(','), 0, 0)
                  << address.section(QLatin1Char(','), 1).trimmed() << QStringLiteral("pt%1x").arg(index);
    const QString time = QStringLiteral("%1:%2").arg(7 + index % 12).arg(index % 60, 2, 10, QLatin1Char('0'));
    t.identifying << time;

    DcmFileFormat ff;
    DcmDataset &ds = *ff.getDataset();
    const QByteArray sop = QStringLiteral("2.25.%1%2").arg(index + 1).arg(rng.generate()).toLatin1();
    ds.putAndInsertString(DCM_SOPClassUID, UID_SecondaryCaptureImageStorage);
    ds.putAndInsertString(DCM_SOPInstanceUID, sop.constData());
    ds.putAndInsertString(DCM_StudyInstanceUID, (sop + ".1").constData());
    ds.putAndInsertString(DCM_SeriesInstanceUID, (sop + ".2").constData());
    ds.putAndInsertString(DCM_Modality, "OT");
    if (*script.charset)
        ds.putAndInsertString(DCM_SpecificCharacterSet, script.charset);
    const auto pn = [](const Person &p) {
        QString v = p.family + QLatin1Char('^') + p.given;
        if (!p.familyAlt.isEmpty())
            v += QLatin1Char('=') + p.familyAlt + QLatin1Char('^') + p.givenAlt;
        return v;
    };
    put(ds, DCM_PatientName, pn(patient), cs);
    put(ds, DCM_ReferringPhysicianName, pn(doctor), cs);
    put(ds, DCM_PatientID, t.patientId, cs);
    const QDate birth = date(), study = date();
    put(ds, DCM_PatientBirthDate, birth.toString(QStringLiteral("yyyyMMdd")), cs);
    put(ds, DCM_StudyDate, study.toString(QStringLiteral("yyyyMMdd")), cs);
    t.identifying << birth.toString(QStringLiteral("yyyyMMdd")) << study.toString(QStringLiteral("yyyyMMdd"));
    put(ds, DCM_StudyDescription, phrase(t) + QStringLiteral(" for ") + name(patient, t, cs), cs);
    put(ds, DCM_SeriesDescription, phrase(t), cs);
    put(ds, DCM_ImageComments,
        QStringLiteral("seen %1 at %2, call %3 or %4; %5 per %6")
            .arg(dateText(t, cs), time, phone, mail, phrase(t), stranger),
        cs);
    put(ds, DCM_AdditionalPatientHistory,
        phrase(t) + QStringLiteral(", lives at ") + address + QStringLiteral(", ID ") + t.patientId, cs);
    DcmItem *request = nullptr;
    ds.findOrCreateSequenceItem(DCM_RequestAttributesSequence, request, -2);
    put(*request, DCM_RequestedProcedureDescription, phrase(t) + QStringLiteral(", Dr. ") + name(doctor, t, cs), cs);
    DcmItem *content = nullptr;
    ds.findOrCreateSequenceItem(DCM_ContentSequence, content, -2);
    content->putAndInsertString(DCM_ValueType, "TEXT");
    put(*content, DCM_TextValue,
        QStringLiteral("Report for %1, born %2. %3").arg(name(patient, t, cs), dateText(t, cs), phrase(t)), cs);
    const QString path = QDir(dir).filePath(QStringLiteral("f%1.dcm").arg(index));
    ff.saveFile(QFile::encodeName(path).constData(), EXS_LittleEndianExplicit);
    t.path = path;
    return t;
}

// Each way the string can sit in the bytes: its cases, without accents, in
// UTF-8 and in the file's own sets (ISO 2022 escapes left out).
QList<QByteArray> needlesOf(const QString &s, const DicomCharset &cs)
{
    QList<QByteArray> out;
    for (const QString &v : {s, s.toUpper(), s.toLower(), stripAccents(s)}) {
        if (v.trimmed().size() < 2)
            continue;
        out << v.toUtf8().toLower();
        bool lossless = false;
        QByteArray own = cs.encode(v, &lossless);
        static const QRegularExpression escapes(QStringLiteral("\\x1b[$()\\-]{1,2}[@-Z]"));
        own = QString::fromLatin1(own).remove(escapes).toLatin1();
        if (lossless)
            out << own.toLower();
    }
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestFreeText : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QList<Planted> m_set;
    DeidKey m_key = DeidKey::generate();

    QList<Result<DeidOutcome>> run(const QString &name, bool modifiedDates)
    {
        DeidSettings s;
        for (DeidOption o :
             {DeidOption::CleanDescriptors, DeidOption::CleanStructuredContent, DeidOption::CleanGraphics})
            s.options.set(size_t(o));
        if (modifiedDates)
            s.options.set(size_t(DeidOption::RetainLongitudinalModifiedDates));
        s.pseudonyms = std::make_shared<Pseudonyms>(m_key);
        s.outputDir = m_tmp.filePath(name);
        QList<Result<DeidOutcome>> out;
        for (const Planted &p : m_set) {
            const auto items = scanInputs({p.path}, JobContext::none()).items;
            out << (items.isEmpty() ? failure(QStringLiteral("not found")) : deidentifyInstance(items.front(), s));
        }
        return out;
    }

private slots:
    void initTestCase();
    void charsetsRoundTrip();
    void realCharsetFilesDecode_data();
    void realCharsetFilesDecode();
    void nothingIdentifyingInAnyByte();
    void writtenDatesShiftWithTheHeader();
    void writtenDatesOneByOne_data();
    void writtenDatesOneByOne();
};

void TestFreeText::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    const QString in = m_tmp.filePath(QStringLiteral("in"));
    QDir().mkpath(in);
    Generator g;
    for (int i = 0; i < kHeaders; ++i)
        m_set << g.write(in, i);
    QCOMPARE(m_set.size(), kHeaders);
}

// Every declared set reads back what was written, and the generated files
// hold their names in their own set (not as UTF-8).
void TestFreeText::charsetsRoundTrip()
{
    for (const Script &s : scripts()) {
        const DicomCharset cs(QString::fromLatin1(s.charset));
        QVERIFY2(cs.isKnown(), s.charset);
        for (const Person &p : s.people)
            for (const QString &text : {p.family + QLatin1Char('^') + p.given, p.familyAlt + p.givenAlt}) {
                bool lossless = false;
                const QByteArray bytes = cs.encode(text, &lossless);
                QVERIFY2(lossless, qPrintable(text));
                QCOMPARE(cs.decode(bytes), text);
            }
    }
    const DicomCharset jis(QStringLiteral("\\ISO 2022 IR 87"));
    QCOMPARE(jis.encode(QString::fromUtf8("山田^太郎")), QByteArray("\x1b$B;3ED\x1b(B^\x1b$BB@O:\x1b(B"));
    const DicomCharset unknown(QStringLiteral("ISO_IR 999"));
    QVERIFY(!unknown.isKnown());
    QCOMPARE(unknown.encode(unknown.decode("M\xfcller\x80")), QByteArray("M\xfcller\x80")); // every byte kept
}

// The character set files of pydicom and fo-dicom (shared corpus): each name
// reads as its publishers decode it, and writes back to the same bytes.
void TestFreeText::realCharsetFilesDecode_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    const char *const rows[][2] = {
        {"chrFren", "Buc^Jérôme"},
        {"chrGerm", "Äneas^Rüdiger"},
        {"chrGreek", "Διονυσιος"},
        {"chrRuss", "Люкceмбypг"},
        {"chrArab", "قباني^لنزار"},
        {"chrHbrw", "שרון^דבורה"},
        {"chrH31", "Yamada^Tarou=山田^太郎=やまだ^たろう"},
        {"chrH32", "ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう"},
        {"chrI2", "Hong^Gildong=洪^吉洞=홍^길동"},
        {"chrX1", "Wang^XiaoDong=王^小東="},
        {"chrX2", "Wang^XiaoDong=王^小东="},
        {"chrGB2312", "Zhang^XiaoDong=张^小东="},
    };
    for (const auto &r : rows)
        QTest::newRow(r[0]) << QStringLiteral("fo-dicom/charset/%1.dcm").arg(QLatin1String(r[0]))
                            << QString::fromUtf8(r[1]);
}

void TestFreeText::realCharsetFilesDecode()
{
    VEIL_REQUIRE_TESTDATA();
    QFETCH(QString, file);
    QFETCH(QString, name);
    DcmFileFormat ff;
    QVERIFY(ff.loadFile(QFile::encodeName(test::testFile(file)).constData()).good());
    OFString charset, pn;
    ff.getDataset()->findAndGetOFStringArray(DCM_SpecificCharacterSet, charset);
    QVERIFY(ff.getDataset()->findAndGetOFStringArray(DCM_PatientName, pn).good());
    const DicomCharset cs(QString::fromLatin1(charset.c_str()));
    const QByteArray bytes(pn.c_str(), qsizetype(pn.length()));
    QCOMPARE(cs.decode(bytes), name);
    bool lossless = false;
    const QByteArray back = cs.encode(name, &lossless);
    QVERIFY(lossless);
    QCOMPARE(cs.decode(back), name);
}

void TestFreeText::nothingIdentifyingInAnyByte()
{
    const QList<Result<DeidOutcome>> outcomes = run(QStringLiteral("out"), false);
    int strings = 0, leaks = 0, vocabulary = 0, kept = 0;
    QStringList shown;
    QMap<QString, int> lost; // clinical words that went, for the message
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    for (int i = 0; i < m_set.size(); ++i) {
        const Planted &p = m_set.at(i);
        VEIL_VERIFY_OK(outcomes.at(i));
        const QByteArray raw = readAll(outcomes.at(i)->outputPath), bytes = raw.toLower();
        const DicomCharset cs(p.charset);
        for (const QString &s : p.identifying) {
            ++strings;
            for (const QByteArray &n : needlesOf(s, cs))
                if (bytes.contains(n)) {
                    ++leaks;
                    if (shown.size() < 10)
                        shown << QStringLiteral("%1 [%2]: %3").arg(i).arg(p.charset, s);
                    break;
                }
        }
        // Utility: the clinical words of the descriptions, read back in the file's set.
        QHash<QString, int> out;
        for (auto it = word.globalMatch(foldedText(cs.decode(raw))); it.hasNext();)
            ++out[it.next().captured()];
        for (const QString &w : p.vocabulary) {
            ++vocabulary;
            if (int &n = out[foldedText(w)]; n > 0) {
                ++kept;
                --n;
            } else {
                ++lost[w];
            }
        }
    }
    const double utility = double(kept) / vocabulary;
    qInfo("free text: %d headers, %d identifying strings, %d leaked; clinical words kept %d/%d (%.1f %%)",
          int(m_set.size()), strings, leaks, kept, vocabulary, 100 * utility);
    QVERIFY2(leaks == 0, qPrintable(shown.join(QStringLiteral("\n"))));
    QStringList gone;
    for (auto it = lost.cbegin(); it != lost.cend(); ++it)
        gone << QStringLiteral("%1 x%2").arg(it.key()).arg(it.value());
    QVERIFY2(
        utility >= 0.90,
        qPrintable(
            QStringLiteral("clinical words kept: %1; gone: %2").arg(utility).arg(gone.join(QStringLiteral(", ")))));
}

// With the modified-dates option, a written date that reads as one day is
// shifted by the header's shift; the original never stays.
void TestFreeText::writtenDatesShiftWithTheHeader()
{
    const QList<Result<DeidOutcome>> outcomes = run(QStringLiteral("shifted"), true);
    int shifted = 0, dates = 0;
    for (int i = 0; i < m_set.size(); ++i) {
        const Planted &p = m_set.at(i);
        VEIL_VERIFY_OK(outcomes.at(i));
        const QByteArray bytes = readAll(outcomes.at(i)->outputPath);
        const int days = Pseudonyms(m_key).dateShiftDays(p.patientId, {});
        for (const QDate &d : p.dates) {
            ++dates;
            const QDate to = d.addDays(days);
            for (const QString &form :
                 {to.toString(QStringLiteral("yyyy-MM-dd")), to.toString(QStringLiteral("yyyyMMdd")),
                  to.toString(QStringLiteral("dd/MM/yyyy")), to.toString(QStringLiteral("MM/dd/yyyy")),
                  to.toString(QStringLiteral("dd.MM.yyyy"))})
                if (bytes.contains(form.toLatin1())) {
                    ++shifted;
                    break;
                }
            if (days != 0)
                for (const QString &form :
                     {d.toString(QStringLiteral("yyyy-MM-dd")), d.toString(QStringLiteral("yyyyMMdd")),
                      d.toString(QStringLiteral("dd/MM/yyyy")), d.toString(QStringLiteral("dd.MM.yyyy"))})
                    QVERIFY2(!bytes.contains(form.toLatin1()), qPrintable(form));
        }
    }
    qInfo("written dates with modified dates on: %d of %d shifted, the rest removed", shifted, dates);
    QVERIFY(shifted > dates / 2);
}

void TestFreeText::writtenDatesOneByOne_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("shift"); // days, or -1: dates are removed
    QTest::addColumn<QString>("cleaned");
    auto row = [](const char *text, int shift, const char *cleaned) {
        QTest::newRow(QStringLiteral("%1 (%2)").arg(QString::fromUtf8(text)).arg(shift).toUtf8().constData())
            << QString::fromUtf8(text) << shift << QString::fromUtf8(cleaned);
    };
    // Without a year, still a date.
    row("seen 14 March", -1, "seen ***");
    row("am 14.03. Kontrolle", -1, "am *** Kontrolle");
    row("March 14th follow up", -1, "*** follow up");
    row("le 3 août", -1, "le ***");
    row("2 mag views", -1, "2 mag views"); // MAG is a view, not maggio
    row("contrast 1:10 at 7:05", -1, "contrast *** at ***");
    // Shifted with the header when the modified-dates option is on.
    row("14/03/2025", 10, "24/03/2025");
    row("03-14-2025", 10, "03-24-2025");
    row("2025-12-28", 10, "2026-01-07");
    row("20250314", -3, "20250311");
    row("14. März 2025", 10, "2025-03-24");
    row("Mar 14, 2025", 10, "2025-03-24");
    row("14 de marzo de 2025", 10, "2025-03-24");
    row("03/04/2025", 10, "***"); // day or month first: either
    row("14.3.25", 10, "***");    // which century
    row("March 2025", 10, "***"); // not one day
    row("seen 14 March", 10, "seen ***");
    row("at 10:42", 10, "at 10:42"); // times stay, as in the header
}

void TestFreeText::writtenDatesOneByOne()
{
    QFETCH(QString, text);
    QFETCH(int, shift);
    QFETCH(QString, cleaned);
    TextCleaner c;
    if (shift != -1)
        c.setDateShift(shift);
    QCOMPARE(c.clean(text), cleaned);
}

QTEST_GUILESS_MAIN(TestFreeText)
#include "tst_freetext.moc"
