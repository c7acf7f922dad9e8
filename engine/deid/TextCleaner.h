#pragma once

#include <QRegularExpression>
#include <QStringList>

#include "deid/IdentityValues.h"

namespace veil {

// The identifying values of one object, gathered from its header before
// anything is changed. Clean Descriptors / Clean Structured Content remove
// them from free text (any case, names in any order, dates in any common
// format) and keep the rest of the text.
class TextCleaner
{
public:
    void addName(const QString &personName);  // PN: every component of 2+ characters
    void addIdentifier(const QString &value); // IDs, accession numbers, phone numbers
    void addDate(const QString &da);          // DA: written the ways people write dates
    void addPhrase(const QString &value);     // institution, address: the whole value
    static TextCleaner from(const IdentityValues &values);

    bool isEmpty() const { return m_terms.isEmpty(); }
    // The text with every identifying value replaced by "***".
    QString clean(const QString &text) const;

private:
    void addTerm(const QString &term);
    void rebuild() const;

    QStringList m_terms;
    mutable QRegularExpression m_pattern;
    mutable bool m_dirty = true;
};

} // namespace veil
