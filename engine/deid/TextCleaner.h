#pragma once

#include <QRegularExpression>
#include <QStringList>

#include "engine/deid/IdentityValues.h"
#include "engine/deid/KeepList.h"

#include <memory>
#include <optional>

namespace veil {

// The identifying values of one object, gathered from its header before
// anything is changed. Clean Descriptors / Clean Structured Content remove
// them from free text (any case and accents, names in any order and by
// their parts, dates in any common format), and keep only the words known
// to be safe (KeepList).
class TextCleaner
{
public:
    void addName(const QString &personName);  // PN: every component of 2+ characters
    void addIdentifier(const QString &value); // IDs, accession numbers, phone numbers
    void addDate(const QString &da);          // DA: written the ways people write dates
    void addPhrase(const QString &value);     // institution, address: the whole value
    static TextCleaner from(const IdentityValues &values);
    // What else may stay (null: the built-in vocabulary).
    void setKeepList(std::shared_ptr<const KeepList> keep) { m_keep = std::move(keep); }

    // The header's date shift, when the modified-dates option shifts dates:
    // written dates are shifted alike instead of removed, times of day stay.
    void setDateShift(std::optional<int> days) { m_shiftDays = days; }

    bool isEmpty() const { return m_terms.isEmpty(); }
    // The text with every identifying value, every written date, time and
    // grouped number, and every word the keep list does not know replaced by "***".
    // `why`: the words kept and why, and how many went by which rule (no
    // removed value is named), for the record.
    QString clean(const QString &text, QString *why = nullptr) const;

private:
    void addTerm(const QString &term);
    void rebuild() const;

    QStringList m_terms;
    std::shared_ptr<const KeepList> m_keep;
    std::optional<int> m_shiftDays;
    mutable QRegularExpression m_pattern;
    mutable bool m_dirty = true;
};

} // namespace veil
