// The safe list (recall first): what may stay readable in the pixels, and
// the labels after which everything is masked.
#include "engine/pixel/LineContext.h"
#include "engine/pixel/PhiMatcher.h"
#include "engine/pixel/RegionVerdicts.h"
#include "engine/pixel/SafeList.h"

#include <QTest>

using namespace veil;

namespace {

// A PHI label as the classifier leaves it: read by OCR and kept.
TextBox labelRead(const QRect &box, const QString &text, float confidence)
{
    return {box,
            -1,
            text,
            confidence,
            TextClass::NotPhi,
            QString::fromLatin1(kLabelAnnouncingPhi),
            QStringLiteral("plateau+tesseract"),
            TextRule::PhiLabel};
}

} // namespace

class TestSafeList : public QObject
{
    Q_OBJECT
private slots:
    void builtInListIsVersionedData()
    {
        const auto safe = SafeList::builtIn();
        QVERIFY(safe->version() >= 1);
        QVERIFY(safe->size() > 500);
    }

    void deviceVocabularyIsSafe_data()
    {
        QTest::addColumn<QString>("word");
        for (const char *w :
             {"MI",      "TIs",      "TIB:",  "Gn",    "DR",  "FR",      "PRF",    "WF",    "16.0 cm", "3.3 MHz",
              "29Hz",    "-20 cm/s", "C5-2",  "L12-5", "6C1", "V10-4BP", "DC-30",  "Depth", "Gain",    "40%",
              "x1.5",    "12/27",    "Frame", "L",     "R",   "Sag",     "*Renal", "Liver", "SIEMENS", "20dB/DR60",
              "2D—100%", "H4.00",    "19fps", "THI",   "kV",  "120",     "0.5",    "W:400", "L:40"})
            QTest::newRow(w) << QString::fromUtf8(w);
    }
    void deviceVocabularyIsSafe()
    {
        QFETCH(QString, word);
        QVERIFY2(!SafeList::builtIn()->match(word).isEmpty(), qPrintable(word));
    }

    // Names, IDs, dates and long numbers are never safe, however they are split.
    void identifiersAreNotSafe_data()
    {
        QTest::addColumn<QString>("word");
        for (const char *w : {"HOLLOWAY", "Marta", "holloway,", "O'Neill", "Müller-Lüdenscheidt", "5512093377", "12345",
                              "02/19/1961", "02/19/TS6H", "2003-03-14", "VD-0042-7731", "ACC-DEMO-5561", "Jürgen"})
            QTest::newRow(w) << QString::fromUtf8(w);
    }
    void identifiersAreNotSafe()
    {
        QFETCH(QString, word);
        QCOMPARE(SafeList::builtIn()->match(word), QString());
    }

    void labelsInSevenLanguages()
    {
        const SafeList &safe = *SafeList::builtIn();
        for (const char *l :
             {"Name:",    "Patient",     "Pt:",          "ID",         "MRN#",       "DOB",           "Birth",
              "Age:",     "Sex:",        "Institution",  "Hospital",   "Accession",  "Physician",     "Ref:",
              "Operator", "Geb.",        "Geburtsdatum", "Alter:",     "Geschlecht", "Nom:",          "Prénom",
              "Née",      "Sexe",        "Nombre:",      "Edad",       "Sexo",       "Cognome",       "Età",
              "Sesso",    "Nascimento:", "Idade",        "Prontuário", "Naam:",      "Geboortedatum", "Leeftijd",
              "Geslacht", "Ziekenhuis"})
            QVERIFY2(safe.isPhiLabel(QString::fromUtf8(l)), l);
        QVERIFY(!safe.isPhiLabel(QStringLiteral("Depth")));
        QVERIFY(!safe.isPhiLabel(QStringLiteral("DR")));
        // OCR drops the accents of capitals: a label is known without them.
        for (const char *l : {"Etablissement", "ETABLISSEMENT :", "Eta:", "Medecin", "Prontuario"})
            QVERIFY2(safe.isPhiLabel(QString::fromUtf8(l)), l);
    }

    // A label as OCR misreads it, written as a label (with its colon): one
    // edit from a label of three letters or more, "rn" read for "m".
    void misreadLabels()
    {
        const SafeList &safe = *SafeList::builtIn();
        for (const char *l : {"Sec:", "Narne:", "Patiant:", "DCB:", "sexi:", "Daté:", "lnstitution:"})
            QVERIFY2(safe.isPhiLabel(QString::fromUtf8(l)), l);
        for (const char *l : {"Sec", "Narne", "Gain:", "Depth:", "MI:", "Ed:", "Freq:"})
            QVERIFY2(!safe.isPhiLabel(QString::fromUtf8(l)), l);
    }

    // OCR finds two- and three-letter labels in anatomy ("id", "Ex", "pt",
    // "ne", read with 30 to 60 % confidence): without its colon a short
    // label needs near certainty and a capital before what follows it is
    // masked ("id" at 97 % in a lossy CT's lungs); any label read with
    // almost no confidence is no label.
    void shortLabelsNeedCertainty()
    {
        const PhiMatcher m{IdentityValues()};
        for (const char *l : {"id", "Ex", "pt", "ne", "Sex"})
            QVERIFY2(!m.readsAsLabel(QString::fromUtf8(l), 60), l);
        for (const char *l : {"ID:", "Ex:", "Pt:", "DOB:", "sex:", "Patient", "Name"})
            QVERIFY2(m.readsAsLabel(QString::fromUtf8(l), 45), l);
        for (const char *l : {"ID", "Nom", "Age", "IPP"})
            QVERIFY2(m.readsAsLabel(QString::fromUtf8(l), 85), l);
        for (const char *l : {"id", "pt", "dob", "age"})
            QVERIFY2(!m.readsAsLabel(QString::fromUtf8(l), 97), l);
        QVERIFY(!m.readsAsLabel(QStringLiteral("ex:"), 20));
        QVERIFY(m.classify(QStringLiteral("id"), 48).rule != TextRule::PhiLabel);
        QCOMPARE(int(m.classify(QStringLiteral("ID:"), 45).rule), int(TextRule::PhiLabel));
    }

    // An age of a number and a one-letter unit ("7A", "58Y") is evidence
    // only when read with confidence: OCR finds such tokens in bone.
    void shortAgesNeedConfidence()
    {
        const PhiMatcher m{IdentityValues()};
        QVERIFY(m.classify(QStringLiteral("7A."), 45).rule != TextRule::AgeWithUnit);
        QCOMPARE(int(m.classify(QStringLiteral("58Y"), 90).rule), int(TextRule::AgeWithUnit));
        QCOMPARE(int(m.classify(QStringLiteral("058Y"), 45).rule), int(TextRule::AgeWithUnit));
    }

    // Words read with almost no confidence are no evidence together either:
    // "Se," (11 %) and "Yoe" (4 %) read in a CT's background are no name;
    // two doubtful words read with 60 % are.
    void doubtfulWordsMakeNoNameTogether()
    {
        const PhiMatcher m{IdentityValues()};
        const TextCandidate region{QRect(440, 240, 80, 20), 1, "tophat"};
        TextScan scan;
        classifyRegion(
            {{QRect(442, 245, 24, 14), QStringLiteral("Se,"), 11}, {QRect(470, 245, 22, 14), QStringLiteral("Yoe"), 4}},
            region, false, false, m, scan);
        for (const TextBox &b : std::as_const(scan.boxes))
            QVERIFY2(b.cls == TextClass::NotPhi, qPrintable(b.why));
        TextScan read;
        classifyRegion({{QRect(442, 245, 40, 14), QStringLiteral("Holloway,"), 60},
                        {QRect(486, 245, 30, 14), QStringLiteral("Marta"), 60}},
                       region, false, false, m, read);
        QVERIFY(std::any_of(read.boxes.cbegin(), read.boxes.cend(),
                            [](const TextBox &b) { return b.rule == TextRule::LineHoldingPhi; }));
    }

    // OCR can give a label's colon to the word after it: "Age" (79 %) and
    // ":..:39" are a label and its value, though "39" alone is a safe number.
    void labelWhoseColonWentToTheValue()
    {
        const PhiMatcher m{IdentityValues()};
        const TextCandidate line{QRect(180, 190, 100, 28), 5, "plateau"};
        TextScan scan;
        classifyRegion({{QRect(184, 193, 36, 25), QStringLiteral("Age"), 79},
                        {QRect(221, 193, 51, 25), QStringLiteral(":..:39"), 54}},
                       line, false, true, m, scan);
        QVERIFY(std::any_of(scan.boxes.cbegin(), scan.boxes.cend(), [](const TextBox &b) {
            return b.text == QLatin1String(":..:39") && b.rule == TextRule::ValueAfterLabel;
        }));
    }

    // A header value beats the safe list: a patient named Liver is PHI.
    void headerValuesWinAndTheRestIsMasked()
    {
        IdentityValues v;
        v.names << IdentityValues::Value{QStringLiteral("LIVER^ANNA"), QStringLiteral("(0010,0010) PatientName")};
        const PhiMatcher m(v);
        QCOMPARE(int(m.classify(QStringLiteral("Liver"), 95).cls), int(TextClass::Phi));
        const TextVerdict unknownWord = PhiMatcher(IdentityValues()).classify(QStringLiteral("holloway"), 95);
        QCOMPARE(int(unknownWord.cls), int(TextClass::Phi));
        QCOMPARE(unknownWord.why, QLatin1String(kNotOnSafeList));
        QCOMPARE(int(PhiMatcher(IdentityValues()).classify(QStringLiteral("Liver"), 95).cls), int(TextClass::NotPhi));
        // A header value of two characters matches a word read with confidence only.
        IdentityValues shortName;
        shortName.names << IdentityValues::Value{QStringLiteral("DOE^J1"), QStringLiteral("(0010,0010) PatientName")};
        QCOMPARE(int(PhiMatcher(shortName).classify(QStringLiteral("J1"), 90).rule), int(TextRule::HeaderValue));
        QVERIFY(PhiMatcher(shortName).classify(QStringLiteral("Jl"), 27).rule != TextRule::HeaderValue);
        // A doubtful reading is unknown (masked and flagged where text is expected), not safe.
        QCOMPARE(int(PhiMatcher(IdentityValues()).classify(QStringLiteral("qzx"), 40).cls), int(TextClass::Unknown));
    }

    void projectWordsExtendTheList()
    {
        SafeList list = *SafeList::builtIn();
        QCOMPARE(list.match(QStringLiteral("DTCEM")), QString());
        list.merge(SafeList::fromWords({QStringLiteral("DTCEM")}, QStringLiteral("project safe list")));
        QCOMPARE(list.match(QStringLiteral("dtcem")), QStringLiteral("project safe list"));
        const Result<SafeList> bad = SafeList::fromJson("{\"patterns\": [\"(unclosed\"]}");
        QVERIFY(!bad);
        QCOMPARE(bad.code(), ErrorCode::Invalid);
        QVERIFY(bad.message().contains(QLatin1String("unclosed")));
    }

    // Dates in one token, in any of the seven languages, are dates.
    void datesWithMonthNamesInOneToken_data()
    {
        QTest::addColumn<QString>("word");
        for (const char *w :
             {"14-MRZ-2003", "14.März.2003", "14-mars-2003", "14/févr./2003", "14-MAR-03", "14mei2003", "14-maart-2003",
              "Mar14,2003", "14-out-2003", "2003-dez-14", "14-ENE-2003", "14-GIU-2003", "14.03.2003", "20030314"})
            QTest::newRow(w) << QString::fromUtf8(w);
    }

    void datesWithMonthNamesInOneToken()
    {
        QFETCH(QString, word);
        const TextVerdict v = PhiMatcher(IdentityValues()).classify(word, 95);
        QCOMPARE(int(v.cls), int(TextClass::Phi));
        QCOMPARE(int(v.rule), int(TextRule::DatePattern));
    }

    // A date written across words with a month name: the day and year
    // beside the month (which alone look like scale marks) are masked with
    // it; a device word that is also a month abbreviation ("Gen" preset,
    // "Mag" factor) with one number beside it is not a date.
    void datesWithMonthNamesAcrossWords()
    {
        const QString read = QStringLiteral("tophat+tesseract");
        auto word = [&](int x, int y, int w, const char *text) {
            const QString t = QString::fromUtf8(text);
            const TextVerdict v = PhiMatcher(IdentityValues()).classify(t, 95);
            return TextBox{{x, y, w, 14}, -1, t, 95, v.cls, v.why, read, v.rule};
        };
        QList<TextBox> boxes{
            word(10, 10, 16, "14"),   word(30, 10, 40, "mars"),  word(74, 10, 36, "2003"), // French
            word(10, 40, 16, "14"),   word(30, 40, 16, "de"),    word(50, 40, 50, "março"),
            word(104, 40, 16, "de"),  word(124, 40, 36, "2003"),                            // Portuguese
            word(10, 70, 24, "14."),  word(38, 70, 30, "MRZ"),   word(72, 70, 36, "2003"),  // German
            word(10, 100, 30, "Mar"), word(44, 100, 20, "14,"),  word(68, 100, 36, "2003"), // English
            word(10, 130, 30, "Gen"), word(44, 130, 12, "3"),                               // a preset and its number
            word(10, 160, 30, "Mag"), word(44, 160, 20, "12"),
        };
        maskShortWordsBesideDoubtfulText(boxes, {});
        for (int i = 0; i < 14; ++i)
            QVERIFY2(boxes[i].cls == TextClass::Phi, qPrintable(boxes[i].text + QStringLiteral(": ") + boxes[i].why));
        QCOMPARE(boxes[0].why, QStringLiteral("date written with a month name"));
        if (boxes[14].cls == TextClass::NotPhi) // "Gen" is on the safe list: its number stays
            QCOMPARE(boxes[15].cls, TextClass::NotPhi);
        if (boxes[16].cls == TextClass::NotPhi)
            QCOMPARE(boxes[17].cls, TextClass::NotPhi);
    }

    // A letter or short number looks safe alone, not as the value of what
    // stands beside it on its line, whichever way the line runs.
    void shortWordsBesideLabelsAreValues()
    {
        const QString read = QStringLiteral("tophat+tesseract");
        auto word = [&](QRect box, const char *text, TextClass cls, const char *why) {
            // The code asks the rule, not the words of `why`.
            const QString w = QString::fromLatin1(why);
            const TextRule rule = w == QLatin1String(kLabelAnnouncingPhi)    ? TextRule::PhiLabel
                                  : w.startsWith(QLatin1String("safe list")) ? TextRule::SafeList
                                                                             : TextRule::LowConfidence;
            return TextBox{box, -1, QString::fromLatin1(text), 90, cls, w, read, rule};
        };
        const char *label = kLabelAnnouncingPhi;
        QList<TextBox> boxes{
            word({100, 100, 14, 40}, "Sex:", TextClass::NotPhi, label),                 // vertical label
            word({100, 146, 14, 12}, "F", TextClass::NotPhi, "safe list: orientation"), // its value, below
            word({10, 10, 30, 14}, "Se:", TextClass::NotPhi, "safe list: parameter label"),
            word({44, 10, 10, 14}, "M", TextClass::NotPhi, "safe list: orientation"), // a letter after a label
            word({10, 40, 30, 14}, "Se:", TextClass::NotPhi, "safe list: parameter label"),
            word({44, 40, 10, 14}, "4", TextClass::NotPhi, "safe list: number"), // a number: stays
            word({10, 70, 40, 14}, "Pge:", TextClass::Unknown, "read with too little confidence"),
            word({54, 70, 20, 14}, "19", TextClass::NotPhi, "safe list: number"),       // beside a doubtful word
            word({300, 300, 12, 14}, "L", TextClass::NotPhi, "safe list: orientation"), // alone: stays
            word({10, 200, 40, 14}, "Age:", TextClass::NotPhi, label),                  // value not read
        };
        const QList<QRect> regions{{56, 200, 20, 14}, {400, 400, 20, 14}};
        maskShortWordsBesideDoubtfulText(boxes, regions);
        QCOMPARE(boxes[1].cls, TextClass::Phi);
        QCOMPARE(boxes[1].why, QStringLiteral("value after label Sex:"));
        QCOMPARE(boxes[3].cls, TextClass::Phi);
        QCOMPARE(boxes[5].cls, TextClass::NotPhi);
        QCOMPARE(boxes[7].cls, TextClass::Phi);
        QCOMPARE(boxes[8].cls, TextClass::NotPhi);
        QCOMPARE(boxes.size(), 11); // the region after "Age:" masked, the other one not
        QCOMPARE(boxes.last().cls, TextClass::Phi);
        QVERIFY(boxes.last().box.contains(regions[0]));
    }

    // A label read on a vertical line whose value was found nowhere beside
    // it: the stretch after it is masked both ways (which way the line
    // reads is not known), as wide as the label. A label read across gets
    // no such stretch, nor does a vertical one whose value was masked.
    void stretchAfterAVerticalLabelIsMasked()
    {
        const TextBox vertical = labelRead({40, 1, 14, 35}, QStringLiteral("Name:"), 83);
        TextBox across = vertical;
        across.box = QRect(100, 200, 50, 14);
        QList<TextBox> boxes{vertical, across};
        maskShortWordsBesideDoubtfulText(boxes, {});
        QCOMPARE(boxes.size(), 5); // two for the vertical label, one after the label across (below)
        QVERIFY(!boxes[4].why.contains(QLatin1String("vertical")));
        boxes.removeLast();
        for (const TextBox &b : boxes.mid(2)) {
            QCOMPARE(b.cls, TextClass::Phi);
            QCOMPARE(b.rule, TextRule::UnreadAfterLabel);
            QVERIFY(b.why.contains(QLatin1String("vertical")));
            QVERIFY(b.box.left() <= 40 && b.box.right() >= 53);
        }
        QVERIFY(boxes[3].box.top() == 36 && boxes[3].box.height() >= 14 * 10); // after it, down
        QVERIFY(boxes[2].box.bottom() == 0);                                   // before it, up
        TextBox value = vertical;
        value.box = QRect(41, 40, 13, 100);
        value.cls = TextClass::Phi;
        value.rule = TextRule::Other;
        QList<TextBox> withValue{vertical, value};
        maskShortWordsBesideDoubtfulText(withValue, {});
        QCOMPARE(withValue.size(), 2);
    }

    // A label read across with no masked value after it on its line: the
    // stretch where a short value stands ("F", "58") is masked; not when
    // its value was read and masked.
    void stretchAfterALabelAcrossIsMasked()
    {
        const TextBox label = labelRead({100, 200, 45, 18}, QStringLiteral("Sex:"), 95);
        QList<TextBox> alone{label};
        maskShortWordsBesideDoubtfulText(alone, {});
        QCOMPARE(alone.size(), 2);
        QCOMPARE(alone[1].cls, TextClass::Phi);
        QCOMPARE(alone[1].rule, TextRule::UnreadAfterLabel);
        QVERIFY(alone[1].box.left() <= 146 && alone[1].box.right() >= 145 + 3 * 18);
        QVERIFY(alone[1].box.top() <= 200 && alone[1].box.bottom() >= 217);
        TextBox value = label;
        value.box = QRect(160, 200, 12, 18);
        value.text = QStringLiteral("F");
        value.rule = TextRule::Other;
        QList<TextBox> withValue{label, value};
        maskShortWordsBesideDoubtfulText(withValue, {});
        QCOMPARE(withValue.size(), 2);
        QCOMPARE(withValue[1].cls, TextClass::Phi); // the F, as the label's value
    }

    // A lone M or F after a word on its line is a sex whose label OCR did
    // not read as one ("Se%" for "Sex:"); alone it is an orientation letter.
    void sexAfterAnUnreadLabelIsMasked()
    {
        TextBox word = labelRead({60, 120, 40, 20}, QStringLiteral("Se%"), 57);
        word.why = QStringLiteral("safe list: parameter label");
        word.rule = TextRule::SafeList;
        TextBox sex = word;
        sex.box = QRect(112, 120, 14, 20);
        sex.text = QStringLiteral("M");
        sex.why = QStringLiteral("safe list: unit");
        QList<TextBox> line{word, sex};
        maskShortWordsBesideDoubtfulText(line, {});
        QCOMPARE(line[1].cls, TextClass::Phi);
        QCOMPARE(line[1].rule, TextRule::ValueAfterLabel);
        QList<TextBox> alone{sex};
        maskShortWordsBesideDoubtfulText(alone, {});
        QCOMPARE(alone[0].cls, TextClass::NotPhi);
        // One place read twice (a vertical line read each way: "a:" and "a")
        // is no label followed by its value.
        TextBox once = sex, twice = sex;
        once.box = QRect(1410, 1577, 33, 114);
        once.text = QStringLiteral("a:");
        twice.box = QRect(1411, 1590, 32, 110);
        twice.text = QStringLiteral("a");
        QList<TextBox> readTwice{once, twice};
        maskShortWordsBesideDoubtfulText(readTwice, {});
        QCOMPARE(readTwice.size(), 2);
        QCOMPARE(readTwice[0].cls, TextClass::NotPhi);
        QCOMPARE(readTwice[1].cls, TextClass::NotPhi);
        TextBox number = sex; // a safe number after the word stays
        number.text = QStringLiteral("12");
        QList<TextBox> withNumber{word, number};
        maskShortWordsBesideDoubtfulText(withNumber, {});
        QCOMPARE(withNumber[1].cls, TextClass::NotPhi);
    }

    // Numbers kept one by one that stand side by side on a line and hold
    // six digits or more are one number read in pieces (a date, an ID);
    // fewer digits, or numbers further apart (scale marks), stay.
    void numbersReadInPiecesAreMasked()
    {
        const auto number = [](int x, int y, int w, const char *text) {
            return TextBox{{x, y, w, 14},
                           -1,
                           QString::fromLatin1(text),
                           72,
                           TextClass::NotPhi,
                           QStringLiteral("safe list: number"),
                           QStringLiteral("tophat+tesseract"),
                           TextRule::SafeList};
        };
        QList<TextBox> boxes{number(10, 10, 16, "21."), number(30, 10, 16, "01."), number(50, 10, 32, "1959"),
                             number(10, 50, 16, "12"),  number(30, 50, 16, "34"),  number(50, 50, 8, "5"),
                             number(10, 90, 16, "10"),  number(90, 90, 16, "20"),  number(170, 90, 16, "30")};
        maskShortWordsBesideDoubtfulText(boxes, {});
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(boxes[i].cls, TextClass::Phi);
            QCOMPARE(boxes[i].rule, TextRule::WithWordsBeside);
        }
        for (int i = 3; i < boxes.size(); ++i)
            QCOMPARE(boxes[i].cls, TextClass::NotPhi);
    }

    // A letter of one value in no line, within two of its sizes of text
    // masked for certain and of about its letters' size, is what is left of
    // a line drawn across another ("F" of "Sex: F"): masked for review. Not
    // far from it, not beside a doubtful region of speckle, not when much
    // smaller or larger than the text, not twice over.
    void loneLetterBesideMaskedTextIsMasked()
    {
        const TextBox line{{20, 20, 200, 14},
                           -1,
                           QStringLiteral("Institution Name: Saint Brigid Memorial"),
                           100,
                           TextClass::Phi,
                           QStringLiteral("line holding PHI"),
                           QStringLiteral("plateau"),
                           TextRule::LineHoldingPhi};
        TextBox speckle = line;
        speckle.box = QRect(300, 200, 60, 14);
        speckle.cls = TextClass::Unknown;
        speckle.detector = QStringLiteral("tophat");
        speckle.rule = TextRule::UnreadableRegion;
        QList<TextBox> boxes{line, speckle};
        const QRect near(100, 40, 8, 11), far(100, 90, 8, 11), bySpeckle(370, 200, 8, 11), tiny(60, 36, 3, 5),
            inside(40, 22, 8, 11);
        maskLoneLettersBesideMaskedText(boxes, {near, far, bySpeckle, tiny, inside});
        QCOMPARE(boxes.size(), 3);
        QVERIFY(boxes.last().box.contains(near));
        QCOMPARE(boxes.last().cls, TextClass::Unknown);
        QCOMPARE(boxes.last().rule, TextRule::LoneLetter);
    }
};

QTEST_GUILESS_MAIN(TestSafeList)
#include "tst_safelist.moc"
