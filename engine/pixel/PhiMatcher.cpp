#include "engine/pixel/PhiMatcher.h"

#include "engine/deid/KeepList.h"
#include "engine/deid/WrittenDates.h"

#include <algorithm>

namespace veil {

const char *const kNotOnSafeList = "not on the safe list";
const QString &ageUnitPattern()
{
    static const QString units = QStringLiteral("years|year|yrs|yr|yo|y|jahre|j|ans|an|anos|anni|jaar|jr|a\\.");
    return units;
}

const char *const kLabelAnnouncingPhi = "label announcing an identifier (what follows it is masked)";

namespace {

// OCR confidence from which an unknown word counts as read.
constexpr float kConfidentWord = 75;
constexpr float kCertainWord = 95;
constexpr float kLeastLabelConfidence = 30; // a label read with less is no evidence (see readsAsLabel)
constexpr float kShortLabelConfidence = 80; // a short label without its colon (see readsAsLabel)

QString stripEdges(const QString &word)
{
    static const QRegularExpression edges(QStringLiteral("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$|\\.{2,}$|…$"));
    QString w = word;
    w.remove(edges);
    return w.trimmed();
}

// A date in one token: numeric (14.03.2003, 2003-03-14, 20030314) or with
// a month name or abbreviation of any of Veil's seven languages
// (14-MRZ-2003, 14.mars.2003, Mar14,2003, 2003-maart-14), matched on
// accent-folded text; an English abbreviation may run on ("MARC": OCR).
const QRegularExpression &datePattern()
{
    static const QRegularExpression re = [] {
        const QString m =
            QStringLiteral("(?:%1|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)").arg(monthNamePattern());
        const QString sep = QStringLiteral("[\\-\\s./]?");
        return QRegularExpression(
            QStringLiteral("^(\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}|\\d{4}[/.\\-]\\d{1,2}[/.\\-]\\d{1,2}|\\d{8}|"
                           "\\d{1,2}\\.?%2%1\\.?%2\\d{2,4}|%1\\.?%2\\d{1,2}[,.]?%2\\d{2,4}|\\d{4}%2%1\\.?%2\\d{1,2})$")
                .arg(m, sep),
            QRegularExpression::CaseInsensitiveOption);
    }();
    return re;
}

// An age with its unit in one token, in Veil's seven languages: 58y, 58yrs,
// 25ans, 34anos, 71J, 12jr.
const QRegularExpression &agePattern()
{
    static const QRegularExpression re(QStringLiteral("^\\d{1,3}\\s?(?:%1)\\.?$").arg(ageUnitPattern()),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &timePattern()
{
    static const QRegularExpression re(QStringLiteral("^\\d{1,2}:\\d{2}(:\\d{2})?(\\s?[AP]M)?$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &idPattern()
{
    // Six or more digits, maybe with separators: record numbers, phone numbers.
    static const QRegularExpression re(QStringLiteral("^[A-Z]{0,3}[\\-#]?\\d[\\d\\-]{4,}\\d$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Record numbers with letters in them ("CL-285BT-1811492"): six digits or
// more in one token of letters, digits and separators.
bool looksLikeRecordNumber(const QString &w)
{
    static const QRegularExpression token(QStringLiteral("^[A-Z0-9][A-Z0-9\\-#_/.]*$"),
                                          QRegularExpression::CaseInsensitiveOption);
    return w.count(QRegularExpression(QStringLiteral("\\d"))) >= 6 && token.match(w).hasMatch();
}

// "Surname,Given" as devices print a name (with or without a space).
const QRegularExpression &namePattern()
{
    static const QRegularExpression re(QStringLiteral("^\\p{Lu}[\\p{L}'\\-]+,\\s?\\p{Lu}[\\p{L}'\\-]+$"));
    return re;
}

QString lettersOf(const QString &word)
{
    static const QRegularExpression other(QStringLiteral("[^\\p{L}]"));
    QString w = word.toUpper();
    w.remove(other);
    return w;
}

// "24-MAY—-O2" (dashes already folded): doubled dashes, an O for a zero among digits.
QString dateLookAlikesFixed(QString w)
{
    static const QRegularExpression dashes(QStringLiteral("-{2,}"));
    static const QRegularExpression zero(QStringLiteral("(?<![A-Za-z])[Oo](?=\\d)|(?<=\\d)[Oo](?=[\\d\\-/.]|$)"));
    w.replace(dashes, QStringLiteral("-"));
    w.replace(zero, QStringLiteral("0"));
    return w;
}

bool isInstitutionKeyword(const QString &letters)
{
    static const QStringList keywords{
        QStringLiteral("HOSPITAL"),    QStringLiteral("HOSPITALS"),   QStringLiteral("HOSPITALET"),
        QStringLiteral("HÔPITAL"),     QStringLiteral("HOPITAL"),     QStringLiteral("OSPEDALE"),
        QStringLiteral("CLINIC"),      QStringLiteral("CLINICS"),     QStringLiteral("CLINIQUE"),
        QStringLiteral("CLINICA"),     QStringLiteral("KLINIK"),      QStringLiteral("KLINIKUM"),
        QStringLiteral("POLYCLINIC"),  QStringLiteral("POLICLINIC"),  QStringLiteral("PRAXIS"),
        QStringLiteral("INFIRMARY"),   QStringLiteral("SPECIALISTS"), QStringLiteral("ASSOCIATES"),
        QStringLiteral("RADIOLOGY"),   QStringLiteral("RADIOLOGIE"),  QStringLiteral("UNIVERSITY"),
        QStringLiteral("UNIVERSITÄT"), QStringLiteral("UNIVERSITAT"), QStringLiteral("INSTITUTE"),
        QStringLiteral("INSTITUT"),    QStringLiteral("HEALTHCARE"),  QStringLiteral("HEALTH"),
        QStringLiteral("MEDICAL"),     QStringLiteral("CENTER"),      QStringLiteral("CENTRE"),
        QStringLiteral("ZENTRUM"),     QStringLiteral("CTR"),         QStringLiteral("CNTR"),
        QStringLiteral("HOSP"),        QStringLiteral("UNIV"),        QStringLiteral("MEMORIAL")};
    static const QStringList compounds{QStringLiteral("KLINIK"),      QStringLiteral("KLINIKUM"),
                                       QStringLiteral("KRANKENHAUS"), QStringLiteral("SPITAL"),
                                       QStringLiteral("SJUKHUS"),     QStringLiteral("ZIEKENHUIS")};
    return keywords.contains(letters) ||
           std::any_of(compounds.cbegin(), compounds.cend(), [&](const QString &c) { return letters.endsWith(c); });
}

bool isDeviceMaker(const QString &letters)
{
    static const QStringList makers{
        QStringLiteral("GE"),       QStringLiteral("SIEMENS"),     QStringLiteral("PHILIPS"),
        QStringLiteral("TOSHIBA"),  QStringLiteral("CANON"),       QStringLiteral("HITACHI"),
        QStringLiteral("ALOKA"),    QStringLiteral("SAMSUNG"),     QStringLiteral("MEDISON"),
        QStringLiteral("MINDRAY"),  QStringLiteral("ESAOTE"),      QStringLiteral("FUJIFILM"),
        QStringLiteral("SONOSITE"), QStringLiteral("CARESTREAM"),  QStringLiteral("AGFA"),
        QStringLiteral("HOLOGIC"),  QStringLiteral("KODAK"),       QStringLiteral("ATL"),
        QStringLiteral("SYSTEMS"),  QStringLiteral("HEALTHINEERS")};
    return makers.contains(letters);
}

} // namespace

QList<bool> institutionWords(const QStringList &words)
{
    QList<bool> out(words.size(), false);
    QStringList letters;
    for (const QString &w : words)
        letters << lettersOf(w);
    if (std::any_of(letters.cbegin(), letters.cend(), isDeviceMaker))
        return out;
    // A word belongs to the name when it is made of letters (and ' & . -).
    static const QRegularExpression wordy(QStringLiteral("^\\p{L}[\\p{L}'’&.\\-]*$"));
    auto inName = [&](qsizetype i) {
        return words[i].trimmed() == QLatin1String("&") || wordy.match(stripEdges(words[i])).hasMatch();
    };
    for (qsizetype k = 0; k < words.size(); ++k) {
        if (!isInstitutionKeyword(letters[k]))
            continue;
        qsizetype from = k, to = k;
        while (from > 0 && inName(from - 1) && !words[from - 1].endsWith(QLatin1Char(',')))
            --from;
        while (to + 1 < words.size() && inName(to + 1) && !words[to].endsWith(QLatin1Char(',')))
            ++to;
        for (qsizetype i = from; i <= to; ++i)
            out[i] = true;
    }
    return out;
}

QString textClassName(TextClass c)
{
    switch (c) {
    case TextClass::Phi:
        return QStringLiteral("PHI");
    case TextClass::NotPhi:
        return QStringLiteral("not PHI");
    case TextClass::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString foldConfusables(const QString &text)
{
    QString out = text.toUpper();
    for (QChar &c : out) {
        switch (c.unicode()) {
        case 'O':
            c = QLatin1Char('0');
            break;
        case 'I':
        case 'L':
        case '|':
            c = QLatin1Char('1');
            break;
        case 'S':
            c = QLatin1Char('5');
            break;
        case 'B':
            c = QLatin1Char('8');
            break;
        case 'Z':
            c = QLatin1Char('2');
            break;
        case 'G':
            c = QLatin1Char('6');
            break;
        default:
            break;
        }
    }
    return out;
}

PhiMatcher::PhiMatcher(const IdentityValues &values, std::shared_ptr<const SafeList> safe) : m_safe(std::move(safe))
{
    for (const auto &v : values.names)
        for (const QString &group : v.text.split(QLatin1Char('=')))
            for (const QString &part :
                 group.split(QRegularExpression(QStringLiteral("[\\^\\s,]+")), Qt::SkipEmptyParts))
                addTerm(part, v.source);
    for (const auto &v : values.ids)
        addTerm(v.text, v.source);
    for (const auto &v : values.phrases)
        for (const QString &word : v.text.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts))
            if (word.size() >= 3)
                addTerm(word, v.source);
    for (const auto &v : values.dates)
        for (const QString &spelling : dateSpellings(v.text))
            addTerm(spelling, v.source);
}

void PhiMatcher::addTerm(const QString &text, const QString &source)
{
    const QString t = stripEdges(text);
    if (t.size() >= 2)
        m_terms.push_back({foldConfusables(t), source});
}

bool isHeaderMatch(TextRule rule)
{
    return rule == TextRule::HeaderValue || rule == TextRule::HeaderValueNear || rule == TextRule::HeaderValuePart;
}

bool PhiMatcher::readsAsLabel(const QString &word, float confidence) const
{
    if (confidence < kLeastLabelConfidence || !m_safe->isPhiLabel(word))
        return false;
    // A label of three letters or fewer without its colon ("ID", "Pt", "Sex")
    // needs more confidence, and a capital: "id" and "pt" are read in
    // anatomy, and overlays write their short labels capitalised.
    if (word.trimmed().endsWith(QLatin1Char(':')) || lettersOf(word).size() > 3)
        return true;
    const auto first = std::find_if(word.begin(), word.end(), [](QChar c) { return c.isLetter(); });
    return confidence >= kShortLabelConfidence && first != word.end() && first->isUpper();
}

TextVerdict PhiMatcher::classify(const QString &word, float confidence) const
{
    QString w = stripEdges(word);
    static const QRegularExpression dashes(QStringLiteral("[\u2010-\u2015\u2212]"));
    w.replace(dashes, QStringLiteral("-")); // OCR's dashes
    if (w.isEmpty())
        return {TextClass::NotPhi, QStringLiteral("no letters or digits"), TextRule::NoLetters};
    const QString folded = foldConfusables(w);
    const bool truncated =
        word.endsWith(QLatin1String("..")) || word.endsWith(QChar(0x2026)) || word.endsWith(QLatin1String(".\\.."));
    for (const Term &t : m_terms) {
        // A header value of two characters with a letter ("J1" of DOE^J1) is read in anatomy
        // by chance ("Jl", 27 %): matched when read with confidence. Short numbers (a study
        // ID "10") are matched however read, as the export's last check matches them.
        if (folded == t.normalized &&
            (t.normalized.size() > 2 || confidence >= kConfidentWord || lettersOf(t.normalized).isEmpty()))
            return {TextClass::Phi, QStringLiteral("matches %1").arg(t.source), TextRule::HeaderValue};
        const int limit = t.normalized.size() >= 8 ? 2 : (t.normalized.size() >= 5 ? 1 : 0);
        if (limit > 0 && folded.size() >= 4 && editDistance(folded, t.normalized, limit) <= limit)
            return {TextClass::Phi, QStringLiteral("nearly matches %1").arg(t.source), TextRule::HeaderValueNear};
        if ((truncated || folded.size() >= 5) && folded.size() >= 4 && t.normalized.startsWith(folded))
            return {TextClass::Phi, QStringLiteral("begins %1").arg(t.source), TextRule::HeaderValuePart};
        if (folded.size() >= 6 && t.normalized.size() >= 6 && folded.contains(t.normalized))
            return {TextClass::Phi, QStringLiteral("contains %1").arg(t.source), TextRule::HeaderValuePart};
    }
    if (datePattern().match(foldedText(w)).hasMatch() ||
        datePattern().match(dateLookAlikesFixed(foldedText(w))).hasMatch())
        return {TextClass::Phi, QStringLiteral("date pattern"), TextRule::DatePattern};
    // "7A", "58Y": short enough for OCR to find in anatomy, so read with confidence.
    if (agePattern().match(foldedText(w)).hasMatch() && (w.size() > 3 || confidence >= kConfidentWord))
        return {TextClass::Phi, QStringLiteral("age with its unit"), TextRule::AgeWithUnit};
    if (timePattern().match(w).hasMatch())
        return {TextClass::Phi, QStringLiteral("time pattern"), TextRule::TimePattern};
    if (idPattern().match(w).hasMatch() || looksLikeRecordNumber(w))
        return {TextClass::Phi, QStringLiteral("ID or phone number pattern"), TextRule::IdPattern};
    if (namePattern().match(w).hasMatch())
        return {TextClass::Phi, QStringLiteral("name pattern (Surname,Given)"), TextRule::NamePattern};
    if (readsAsLabel(word, confidence))
        return {TextClass::NotPhi, QString::fromLatin1(kLabelAnnouncingPhi), TextRule::PhiLabel};
    QString digitsFixed = w; // "TISO.0": an O between digits or after letters of a unit is a zero
    static const QRegularExpression zeroAfterUnit(QStringLiteral("(?<=[0-9A-Z])O(?=[.,0-9])"));
    digitsFixed.replace(zeroAfterUnit, QStringLiteral("0"));
    // Look-alike folding only for words that have a digit already ("CS-1" is C5-1): a
    // name such as "SOL" must never fold into a number.
    static const QRegularExpression digit(QStringLiteral("\\d"));
    const bool hasDigit = w.contains(digit);
    QString safe = m_safe->match(w);
    if (safe.isEmpty())
        safe = m_safe->match(digitsFixed);
    if (safe.isEmpty() && hasDigit)
        safe = m_safe->match(foldConfusables(w));
    if (!safe.isEmpty())
        return {TextClass::NotPhi, QStringLiteral("safe list: %1").arg(safe), TextRule::SafeList};
    // What reads as a word (confident; three letters or digits, or two read
    // with near certainty: OCR finds two-letter "words" in anatomy) and is
    // not known: masked. A doubtful reading (speckle, anatomy, a smudged
    // word): unknown, for the region's rules (masked and flagged where text
    // is expected, anatomy on 16-bit grey images).
    static const QRegularExpression alnum(QStringLiteral("[\\p{L}\\p{N}]"));
    const qsizetype glyphs = w.count(alnum);
    if (confidence < kConfidentWord || glyphs < 2 || (glyphs == 2 && confidence < kCertainWord))
        return {TextClass::Unknown, QStringLiteral("read with low confidence"), TextRule::LowConfidence};
    return {TextClass::Phi, QString::fromLatin1(kNotOnSafeList), TextRule::NotOnSafeList};
}

} // namespace veil
