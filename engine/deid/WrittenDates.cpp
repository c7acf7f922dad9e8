#include "engine/deid/WrittenDates.h"

#include <QDate>
#include <QStringList>

#include <algorithm>

namespace veil {
namespace {

// Month names and their abbreviations in English, German, French, Spanish,
// Italian, Portuguese and Dutch, accent-folded ("märz" is "marz", "févr."
// is "fevr"), longest first within each month.
const QList<QPair<QStringList, int>> &months()
{
    static const QList<QPair<QStringList, int>> all = {
        {{"january", "januar", "janvier", "janeiro", "januari", "enero", "gennaio", "janv", "jan", "ene", "gen"}, 1},
        {{"february", "februar", "fevrier", "fevereiro", "februari", "febrero", "febbraio", "fevr", "feb", "fev"}, 2},
        {{"march", "maerz", "marz", "mars", "marzo", "marco", "maart", "mar", "mrz", "mrt"}, 3},
        {{"april", "avril", "abril", "aprile", "apr", "avr", "abr"}, 4},
        {{"maggio", "mayo", "maio", "may", "mai", "mei", "mag"}, 5},
        {{"june", "juni", "juin", "junio", "junho", "giugno", "jun", "giu"}, 6},
        {{"july", "juli", "juillet", "julio", "julho", "luglio", "juil", "jul", "lug"}, 7},
        {{"august", "augustus", "aout", "agosto", "aug", "ago"}, 8},
        {{"september", "septembre", "septiembre", "settembre", "setembro", "sept", "sep", "set"}, 9},
        {{"october", "oktober", "octobre", "octubre", "ottobre", "outubro", "oct", "okt", "ott", "out"}, 10},
        {{"november", "novembre", "noviembre", "novembro", "nov"}, 11},
        {{"december", "dezember", "decembre", "diciembre", "dicembre", "dezembro", "dec", "dez", "dic"}, 12}};
    return all;
}

const QString &monthNames()
{
    static const QString pattern = [] {
        QStringList names;
        for (const auto &[words, number] : months())
            names << words;
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        return names.join(QLatin1Char('|'));
    }();
    return pattern;
}

// 1..12 for a (folded) month name or abbreviation, 0 otherwise.
int monthNumber(const QString &word)
{
    for (const auto &[words, number] : months())
        if (words.contains(word))
            return number;
    return 0;
}

QString shiftNumeric(const QString &match, int days)
{
    static const QRegularExpression parts(QStringLiteral("^(\\d{1,4})([./-])(\\d{1,2})([./-])(\\d{2,4})$"));
    const QRegularExpressionMatch m = parts.match(match);
    if (!m.hasMatch())
        return {};
    const QString a = m.captured(1), b = m.captured(3), c = m.captured(5);
    int y = 0, mo = 0, d = 0;
    bool dayFirst = true;
    if (a.size() == 4) { // 2025-03-14
        y = a.toInt(), mo = b.toInt(), d = c.toInt();
        if (c.size() > 2)
            return {};
    } else if (c.size() == 4) {
        y = c.toInt();
        if (m.captured(2) == QLatin1String(".") || a.toInt() > 12 || a == b) // 14.03.2025 is day first
            dayFirst = true;
        else if (b.toInt() > 12) // 03/14/2025
            dayFirst = false;
        else
            return {}; // 03/04/2025: either
        d = (dayFirst ? a : b).toInt(), mo = (dayFirst ? b : a).toInt();
    } else {
        return {}; // a two-digit year: which century?
    }
    const QDate date(y, mo, d);
    if (!date.isValid())
        return {};
    const QDate to = date.addDays(days);
    auto width = [](const QString &part, int v) {
        return QString::number(v).rightJustified(part.size(), QLatin1Char('0'));
    };
    if (a.size() == 4)
        return width(a, to.year()) + m.captured(2) + width(b, to.month()) + m.captured(4) + width(c, to.day());
    const QString first = dayFirst ? width(a, to.day()) : width(a, to.month());
    const QString second = dayFirst ? width(b, to.month()) : width(b, to.day());
    return first + m.captured(2) + second + m.captured(4) + QString::number(to.year());
}

} // namespace

const QString &monthNamePattern()
{
    return monthNames();
}

int monthOfName(const QString &folded)
{
    QString w = folded;
    while (w.endsWith(QLatin1Char('.')) || w.endsWith(QLatin1Char(',')))
        w.chop(1);
    return monthNumber(w);
}

const QRegularExpression &writtenDatesAndTimes()
{
    static const QString day = QStringLiteral("(?:[0-3]?\\d)(?:st|nd|rd|th|er|\\.)?");
    static const QString year = QStringLiteral("(?:\\d{4}|'\\d{2}|\\d{2}(?![\\p{L}\\p{N}.,:/]))");
    static const QString sep = QStringLiteral("[\\s./,-]*(?:de\\s+)?");
    static const QString notAlone = QStringLiteral("(?!(?:set|gen|ago|mag|out)\\.?(?!\\p{L}))");
    const QString &months = monthNames();
    const QString dateForms[] = {
        // 14-MAR-2025, 14 March 2025, 14. Maerz 2025, 14 de marzo de 2025, 14 mars 25
        QStringLiteral("%1%3(?:%2)\\.?%3%4").arg(day, months, sep, year),
        // March 2025 (a month needs a four-digit year: "set 12" is not a date)
        QStringLiteral("(?:%1)\\.?%2\\d{4}").arg(months, sep),
        // Mar 14, 2025, March 14th 2025
        QStringLiteral("(?:%2)\\.?%3%1%3%4").arg(day, months, sep, year),
        // 14 March, March 14th, 14. Maerz, 14.03. (no year: still a date; but "1 set", "2 mag views",
        // "3 days ago" and "gen 2" are not)
        QStringLiteral("%1%3%4(?:%2)\\.?(?![\\p{L}\\p{N}])").arg(day, months, sep, notAlone),
        QStringLiteral("%3(?:%2)\\.?\\s*%1(?!\\.?\\d)").arg(day, months, notAlone),
        QStringLiteral("(?:0?[1-9]|[12]\\d|3[01])\\.(?:0?[1-9]|1[0-2])\\.(?!\\d)"),
        // 14/03/2025, 2025-03-14, 14.3.25, 03-14-2025
        QStringLiteral("\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}"),
        // 20250314 (a DICOM date)
        QStringLiteral("(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])"),
        // 10:42, 7:05, 10:42:33, 9:05 pm, 10h42 (a ratio such as 1:10 goes too: it could be a time)
        QStringLiteral("[0-2]?\\d(?::[0-5]\\d){1,2}(?:\\s*[ap]\\.?m\\.?)?|[0-2]?\\dh[0-5]\\d"),
    };
    QStringList forms;
    for (const QString &f : dateForms)
        forms << f;
    static const QRegularExpression re(
        QStringLiteral("(?<![\\p{L}\\p{N}])(?:") + forms.join(QLatin1Char('|')) + QStringLiteral(")(?![\\p{L}\\p{N}])"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

bool isWrittenTime(const QString &match)
{
    static const QRegularExpression time(
        QStringLiteral("^(?:[0-2]?\\d[:h][0-5]\\d(?::[0-5]\\d)?(?:\\s*[ap]\\.?m\\.?)?)$"),
        QRegularExpression::CaseInsensitiveOption);
    return time.match(match).hasMatch();
}

QString shiftWrittenDate(const QString &match, int days)
{
    const QString t = match.trimmed().toLower();
    static const QRegularExpression dicom(QStringLiteral("^\\d{8}$"));
    if (dicom.match(t).hasMatch()) {
        const QDate d = QDate::fromString(t, QStringLiteral("yyyyMMdd"));
        return d.isValid() ? d.addDays(days).toString(QStringLiteral("yyyyMMdd")) : QString();
    }
    if (const QString numeric = shiftNumeric(t, days); !numeric.isEmpty())
        return numeric;
    // A month name: one more number up to 31 (the day) and a four-digit year.
    static const QRegularExpression tokens(QStringLiteral("[a-z]+|\\d+"));
    int month = 0, day = 0, year = 0;
    for (auto it = tokens.globalMatch(t); it.hasNext();) {
        const QString tok = it.next().captured();
        if (tok.at(0).isDigit()) {
            if (tok.size() == 4 && !year)
                year = tok.toInt();
            else if (tok.size() <= 2 && !day)
                day = tok.toInt();
            else
                return {};
        } else if (const int m = monthNumber(tok); m && !month) {
            month = m;
        } else if (tok != QLatin1String("de") && tok != QLatin1String("st") && tok != QLatin1String("nd") &&
                   tok != QLatin1String("rd") && tok != QLatin1String("th") && tok != QLatin1String("er")) {
            return {};
        }
    }
    const QDate d(year, month, day);
    if (!year || !month || !day || !d.isValid())
        return {};
    return d.addDays(days).toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace veil
