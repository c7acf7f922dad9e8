#pragma once

#include "engine/deid/IdentityValues.h"
#include "engine/pixel/SafeList.h"

#include <QRegularExpression>
#include <QStringList>

namespace veil {

enum class TextClass { Phi, NotPhi, Unknown };
// The `why` of a word masked only because the safe list does not know it.
extern const char *const kNotOnSafeList;
extern const char *const kLabelAnnouncingPhi; // the verdict of a label such as "Name:" (kept; what follows is masked)
QString textClassName(TextClass c);           // "PHI", "not PHI", "unknown"

// Which rule decided a verdict: for the code (stored with each finding, so
// the numbers stay as they are); `why` says it to people.
enum class TextRule : int {
    Other = 0,
    NoLetters = 1,
    HeaderValue = 2,     // a value of the object's own header
    HeaderValueNear = 3, // one, but for OCR's confusions
    HeaderValuePart = 4, // begins or contains one
    DatePattern = 5,
    TimePattern = 6,
    IdPattern = 7, // an ID or a phone number
    NamePattern = 8,
    PhiLabel = 9, // "Name:", "DOB": kept; what follows is masked
    SafeList = 10,
    LowConfidence = 11,
    NotOnSafeList = 12,   // read for certain, not known to be safe
    WithWordsBeside = 13, // evidence of the words beside it (a date or name split into words)
    Institution = 14,
    BetweenMasked = 15,
    ValueAfterLabel = 16,
    BesideMasked = 17,
    UnreadAfterLabel = 18, // a region after a label that OCR did not read
    LineHoldingPhi = 19,
    UnreadStretch = 20, // part of a line of letters OCR did not read
    DoubtfulPieces = 21,
    UnreadableRegion = 22, // text-like, not read
    AgeWithUnit = 23,      // "58 ans", "34 anos", "71 J", "58y"
    LoneLetter = 24,       // a letter of one value making no line, beside masked text
};
// The units an age is written with in Veil's languages ("years", "ans",
// "anos", "anni", "J", "jr"), accent-folded, as a regular expression alternation.
const QString &ageUnitPattern();

// A value of the header, matched exactly, nearly or in part.
bool isHeaderMatch(TextRule rule);

struct TextVerdict
{
    TextClass cls;
    QString why;                     // the matched attribute or rule, for people
    TextRule rule = TextRule::Other; // the rule, for the code
};

// Decides whether a word read from the pixels may stay. Recall first: it is
// PHI when it matches a value of the object's own header (names in any
// order and case, with OCR confusions such as O/0 and I/1 forgiven, IDs,
// dates in any common format, institution, physicians) or looks like a
// date, time, ID or phone number; it stays only when the safe list knows it
// (device and acquisition vocabulary, numbers with units, labels such as
// "Name:" themselves); a doubtful reading is unknown; every other word is
// masked ("not on the safe list").
class PhiMatcher
{
public:
    explicit PhiMatcher(const IdentityValues &values, std::shared_ptr<const SafeList> safe = SafeList::builtIn());
    const SafeList &safeList() const { return *m_safe; }

    TextVerdict classify(const QString &word, float confidence) const;
    // A PHI label read surely enough that what follows it is masked: with
    // 30 % confidence or more, and a label of three letters or fewer
    // written without its colon ("id", "Ex", "pt", "ne") with near
    // certainty (OCR finds such words in anatomy, read with 30 to 60 %).
    bool readsAsLabel(const QString &word, float confidence) const;

private:
    struct Term
    {
        QString normalized; // upper case, OCR confusions folded
        QString source;
    };
    void addTerm(const QString &text, const QString &source);

    QList<Term> m_terms;
    std::shared_ptr<const SafeList> m_safe;
};

// Which words of one line of text name an institution: a run of words made of
// letters around a word such as Hospital, Clinic, Klinikum, Radiology or
// Specialists ("Reproductive and Surgical Specialists"), when the line does not
// name a device maker ("GE Healthcare", "Philips Medical Systems").
QList<bool> institutionWords(const QStringList &words);

// Upper case with OCR look-alikes folded (O->0, I/L->1, S->5, B->8, Z->2, G->6).
QString foldConfusables(const QString &text);

} // namespace veil
