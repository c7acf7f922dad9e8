#include "deid/TextCleaner.h"

#include "deid/KeepList.h"

#include <QMap>

#include <algorithm>

namespace veil {

namespace {

// Dates as people write them, in English, German, French, Spanish and
// Italian, with or without a weekday; and times of day. Any date, not only
// the header's: free text has no business carrying one.
const QRegularExpression &writtenDates()
{
    static const QString months = QStringLiteral(
        "jan(?:uary|uar|vier|naio|uary)?|ene(?:ro)?|gen(?:naio)?|feb(?:ruary|ruar|rero|braio)?|fev(?:rier)?|"
        "mar(?:ch|s|zo)?|maerz|marz|apr(?:il|ile)?|avr(?:il)?|abr(?:il)?|may|mai|mayo|mag(?:gio)?|"
        "jun(?:e|i|io)?|juin|giu(?:gno)?|jul(?:y|i|io)?|juil(?:let)?|lug(?:lio)?|aug(?:ust)?|aout|ago(?:sto)?|"
        "sep(?:t|tember|tiembre|tembre)?|set(?:tembre)?|oct(?:ober|obre|ubre)?|okt(?:ober)?|ott(?:obre)?|"
        "nov(?:ember|embre|iembre)?|dec(?:ember|embre)?|dez(?:ember)?|dic(?:iembre|embre)?");
    static const QString day = QStringLiteral("(?:[0-3]?\\d)(?:st|nd|rd|th|er|\\.)?");
    static const QString year = QStringLiteral("(?:\\d{4}|'\\d{2}|\\d{2}(?![\\p{L}\\p{N}.,:/]))");
    static const QString sep = QStringLiteral("[\\s./,-]*(?:de\\s+)?");
    static const QString dateForms[] = {
        // 14-MAR-2025, 14 March 2025, 14. Maerz 2025, 14 de marzo de 2025, 14 mars 25
        QStringLiteral("%1%3(?:%2)\\.?%3%4").arg(day, months, sep, year),
        // March 2025 (a month needs a four-digit year: "set 12" is not a date)
        QStringLiteral("(?:%1)\\.?%2\\d{4}").arg(months, sep),
        // Mar 14, 2025, March 14th 2025
        QStringLiteral("(?:%2)\\.?%3%1%3%4").arg(day, months, sep, year),
        // 14/03/2025, 2025-03-14, 14.3.25, 03-14-2025
        QStringLiteral("\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}"),
        // 20250314 (a DICOM date)
        QStringLiteral("(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])"),
        // 10:42, 10:42:33, 9:05 pm, 10h42 (not a ratio such as 1:10)
        QStringLiteral("[0-2]\\d(?::[0-5]\\d){1,2}(?:\\s*[ap]\\.?m\\.?)?|[0-2]?\\d:[0-5]\\d\\s*[ap]\\.?m\\.?|"
                       "[0-2]?\\dh[0-5]\\d"),
    };
    QStringList forms;
    for (const QString &f : dateForms)
        forms << f;
    static const QRegularExpression re(
        QStringLiteral("(?<![\\p{L}\\p{N}])(?:") + forms.join(QLatin1Char('|')) + QStringLiteral(")(?![\\p{L}\\p{N}])"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

} // namespace

void TextCleaner::addTerm(const QString &term)
{
    const QString t = foldedText(term.simplified());
    if (t.size() >= 2 && !m_terms.contains(t, Qt::CaseInsensitive)) {
        m_terms << t;
        m_dirty = true;
    }
}

void TextCleaner::addName(const QString &personName)
{
    // "Family^Given^Middle^Prefix^Suffix", maybe with ideographic groups after '='.
    // Each word, and each part of a compound ("O'NEILL-SMYTHE": O'NEILL, NEILL, SMYTHE).
    static const QRegularExpression spaces(QStringLiteral("[\\s,]+")), joints(QStringLiteral("[-'\u2019]"));
    for (const QString &group : personName.split(QLatin1Char('=')))
        for (const QString &part : group.split(QLatin1Char('^')))
            for (const QString &word : part.split(spaces, Qt::SkipEmptyParts)) {
                addTerm(word);
                for (const QString &piece : word.split(QLatin1Char('-'), Qt::SkipEmptyParts))
                    addTerm(piece);
                for (const QString &piece : word.split(joints, Qt::SkipEmptyParts))
                    addTerm(piece);
            }
}

void TextCleaner::addIdentifier(const QString &value)
{
    addTerm(value);
}

void TextCleaner::addPhrase(const QString &value)
{
    addTerm(value);
}

void TextCleaner::addDate(const QString &da)
{
    for (const QString &spelling : dateSpellings(da))
        addTerm(spelling);
}

TextCleaner TextCleaner::from(const IdentityValues &values)
{
    TextCleaner c;
    for (const auto &v : values.names)
        c.addName(v.text);
    for (const auto &v : values.ids)
        c.addIdentifier(v.text);
    for (const auto &v : values.phrases)
        c.addPhrase(v.text);
    for (const auto &v : values.dates)
        c.addDate(v.text);
    return c;
}

void TextCleaner::rebuild() const
{
    QStringList escaped;
    QStringList terms = m_terms;
    std::sort(terms.begin(), terms.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &t : terms) {
        // Spaces in a term match any run of spaces; word edges keep "AL" from eating "ALBUMIN".
        QString e = QRegularExpression::escape(t);
        e.replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
        escaped << QStringLiteral("(?<![\\p{L}\\p{N}])") + e + QStringLiteral("(?![\\p{L}\\p{N}])");
    }
    m_pattern = QRegularExpression(escaped.join(QLatin1Char('|')), QRegularExpression::CaseInsensitiveOption |
                                                                       QRegularExpression::UseUnicodePropertiesOption);
    m_dirty = false;
}

namespace {

struct Span
{
    qsizetype from, to;
    const char *rule; // why it goes, for the record
};

void addMatches(QList<Span> &spans, const QRegularExpression &re, const QString &in, const char *rule,
                int minDigits = 0)
{
    for (auto it = re.globalMatch(in); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString hit = m.captured();
        if (m.capturedLength() > 0 &&
            std::count_if(hit.cbegin(), hit.cend(), [](QChar c) { return c.isDigit(); }) >= minDigits)
            spans.push_back({m.capturedStart(), m.capturedEnd(), rule});
    }
}

// "kept: CT (vocabulary: modality), 3 (number); removed: 1 x header identity, 2 x unknown word"
QString summary(const QStringList &kept, const QMap<QString, int> &removed)
{
    QStringList parts;
    for (auto it = removed.cbegin(); it != removed.cend(); ++it)
        parts << QStringLiteral("%1 x %2").arg(it.value()).arg(it.key());
    QStringList shown = kept.mid(0, 12);
    if (kept.size() > 12)
        shown << QStringLiteral("%1 more").arg(kept.size() - 12);
    return QStringLiteral("kept: %1; removed: %2")
        .arg(shown.isEmpty() ? QStringLiteral("nothing") : shown.join(QStringLiteral(", ")),
             parts.isEmpty() ? QStringLiteral("nothing") : parts.join(QStringLiteral(", ")));
}

} // namespace

QString TextCleaner::clean(const QString &text, QString *why) const
{
    if (text.isEmpty())
        return text;
    if (m_dirty)
        rebuild();
    // Matched on the folded text (same length), replaced in the text itself.
    const QString fold = foldedText(text);
    QList<Span> spans;
    if (!m_terms.isEmpty())
        addMatches(spans, m_pattern, fold, "header identity");
    addMatches(spans, writtenDates(), fold, "date or time");
    // Text in a multi-byte set of ISO 2022 (ESC $ ..., Japanese, Korean, Chinese): its bytes
    // are read here one by one and look like ASCII ("山田" is ";3ED"); all of it goes.
    static const QRegularExpression multiByte(QStringLiteral("\\x1b\\$[^\\x1b]*"));
    addMatches(spans, multiByte, text, "ISO 2022 text");
    // Phone and record numbers written in groups ("555 0142", "+49 30 1234 567"): seven digits or more.
    static const QRegularExpression grouped(QStringLiteral(
        "(?<![\\p{L}\\p{N}])\\+?\\(?\\d{1,4}\\)?(?:[\\s./-]{1,2}\\(?\\d{1,4}\\)?){1,6}(?![\\p{L}\\p{N}])"));
    addMatches(spans, grouped, fold, "grouped number", 7);
    // Then every other word that the vocabulary does not know (recall first).
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    const KeepList &keep = m_keep ? *m_keep : *KeepList::builtIn();
    QStringList kept;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const bool gone = std::any_of(spans.cbegin(), spans.cend(), [&](const Span &s) {
            return s.from < m.capturedEnd() && m.capturedStart() < s.to && qstrcmp(s.rule, "unknown word") != 0;
        });
        if (gone)
            continue;
        const QString reason = keep.whyKeep(m.captured());
        if (reason.isEmpty())
            spans.push_back({m.capturedStart(), m.capturedEnd(), "unknown word"});
        else
            kept << QStringLiteral("%1 (%2)").arg(m.captured(), reason);
    }
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.from < b.from; });
    QString out;
    QMap<QString, int> removed;
    qsizetype at = 0;
    for (const Span &s : spans) {
        if (s.to <= at)
            continue;
        out += text.mid(at, std::max<qsizetype>(0, s.from - at));
        if (s.from >= at) {
            out += QStringLiteral("***");
            ++removed[QString::fromLatin1(s.rule)];
        }
        at = s.to;
    }
    out += text.mid(at);
    if (why)
        *why = summary(kept, removed);
    return out;
}

} // namespace veil
