#pragma once

#include "deid/IdentityValues.h"

#include <QRegularExpression>
#include <QStringList>

namespace veil {

enum class TextClass { Phi, NotPhi, Unknown };
QString textClassName(TextClass c); // "PHI", "not PHI", "unknown"

struct TextVerdict
{
    TextClass cls;
    QString why; // the matched attribute or rule
};

// Decides whether a word read from the pixels is identifying: it matches a
// value of the object's own header (names in any order and case, with OCR
// confusions such as O/0 and I/1 forgiven, IDs, dates in any common format,
// institution, physicians), or looks like a date, time, ID or phone number.
// Known device annotations (depth, probe, gain, MI/TI, units, L/R) are not.
class PhiMatcher
{
public:
    explicit PhiMatcher(const IdentityValues &values);

    TextVerdict classify(const QString &word, float confidence) const;

private:
    struct Term
    {
        QString normalized; // upper case, OCR confusions folded
        QString source;
    };
    void addTerm(const QString &text, const QString &source);

    QList<Term> m_terms;
};

// "ID:", "MRN:", "Ex:", "DOB:", "Name:" ...: whatever follows such a label is PHI.
bool isPhiLabel(const QString &word);

// Which words of one line of text name an institution: a run of words made of
// letters around a word such as Hospital, Clinic, Klinikum, Radiology or
// Specialists ("Reproductive and Surgical Specialists"), when the line does not
// name a device maker ("GE Healthcare", "Philips Medical Systems").
QList<bool> institutionWords(const QStringList &words);

// Upper case with OCR look-alikes folded (O->0, I/L->1, S->5, B->8, Z->2, G->6).
QString foldConfusables(const QString &text);

} // namespace veil
