#pragma once

#include "engine/deid/IdentityValues.h"
#include "engine/deid/StandardProfile.h"
#include "engine/dicom/header/QuasiIdentifiers.h"

#include <QSet>

namespace veil {

// What the last check found in one attribute of an output; it never holds
// the value itself.
struct Leak
{
    QString attribute; // "Operators' Name (0008,1070)"
    QString kind;      // "a name", "an ID", "a date", "an institution or address", "an original UID"
};

// The export's last check on a written header: is any of the original's
// identifiers still in it? Identifiers match as whole tokens, case-folded
// (names split on '^', spaces and punctuation; IDs, dates and institutions
// as whole values bounded by anything but a letter or digit), so MARY is
// not found in PRIMARY. UIDs are checked apart: a UI value is a leak only
// when it is one of the original's replaced UIDs (a 4-digit Study ID
// inside a new 2.25 UID is not a leak).
class LeakCheck
{
public:
    LeakCheck(const IdentityValues &identity, const QStringList &originalUids, const DeidOptions &options);

    QList<Leak> scan(const QList<HeaderElement> &elements) const;
    // The check of one written file: "an original identifier (a name) is
    // still in Operators' Name (0008,1070)", or empty when clean.
    QString problemIn(const QString &path) const;

private:
    struct Needle
    {
        QString text; // case-folded, spaces simplified
        QString kind;
    };
    QList<Needle> m_needles;
    QSet<QString> m_uids;
};

// True when `needle` stands in `text` as a whole token: case-insensitive,
// and neither side of the match touches a letter or a digit.
bool containsWhole(const QString &text, const QString &needle);

} // namespace veil
