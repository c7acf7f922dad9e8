#pragma once

#include <QRegularExpression>
#include <QString>

namespace veil {

// Dates as people write them, in English, German, French, Spanish,
// Italian, Portuguese and Dutch, with or without a weekday, and times of day; matched on
// case- and accent-folded text (foldedText). Any date, not only the header's.
const QRegularExpression &writtenDatesAndTimes();

// The month names and abbreviations of those languages, accent-folded, as
// a regular expression alternation ("january|januar|...|mrz|...").
const QString &monthNamePattern();
// 1..12 when `folded` (accent-folded, lower case; a trailing '.' or ','
// allowed) is a month name or abbreviation, else 0.
int monthOfName(const QString &folded);

// Whether a match of writtenDatesAndTimes() is a time of day ("10:42", "9:05 pm").
bool isWrittenTime(const QString &match);

// A written date moved by `days` (the header's date shift), or empty when
// it cannot be read as one day for certain: a month and year alone, a
// two-digit year, or "03/04/2025" where day and month could be either.
// Numeric dates keep their order, separators and widths; dates written with
// a month name come back as YYYY-MM-DD.
QString shiftWrittenDate(const QString &match, int days);

} // namespace veil
