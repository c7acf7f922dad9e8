#include "engine/deid/TextCleaner.h"

#include "engine/deid/KeepList.h"
#include "engine/deid/WrittenDates.h"

#include <QMap>

#include <algorithm>

namespace veil {

void TextCleaner::addTerm(const QString &term)
{
    const QString t = foldedText(term.simplified());
    if (t.size() >= 2 && !m_terms.contains(t, Qt::CaseInsensitive)) {
        m_terms << t;
        m_dirty = true;
    }
}

namespace {

// Words that join a family name's parts ("van der Berg", "de la Cruz"): not
// an identity alone, and common words of the descriptions' languages.
bool isNameParticle(const QString &word)
{
    static const QStringList particles = {
        QStringLiteral("da"),    QStringLiteral("das"), QStringLiteral("de"),  QStringLiteral("del"),
        QStringLiteral("della"), QStringLiteral("den"), QStringLiteral("der"), QStringLiteral("des"),
        QStringLiteral("di"),    QStringLiteral("do"),  QStringLiteral("dos"), QStringLiteral("du"),
        QStringLiteral("el"),    QStringLiteral("la"),  QStringLiteral("le"),  QStringLiteral("ten"),
        QStringLiteral("ter"),   QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("y"),
        QStringLiteral("zu"),    QStringLiteral("zum"), QStringLiteral("zur")};
    return particles.contains(foldedText(word));
}

} // namespace

void TextCleaner::addName(const QString &personName)
{
    // "Family^Given^Middle^Prefix^Suffix", maybe with ideographic groups after '='.
    // Each component whole ("de la Cruz"), each word but a joining particle, and each part
    // of a compound ("O'NEILL-SMYTHE": O'NEILL, NEILL, SMYTHE).
    static const QRegularExpression spaces(QStringLiteral("[\\s,]+")), joints(QStringLiteral("[-'\u2019]"));
    for (const QString &group : personName.split(QLatin1Char('=')))
        for (const QString &part : group.split(QLatin1Char('^'))) {
            const QStringList words = part.split(spaces, Qt::SkipEmptyParts);
            if (words.size() > 1)
                addTerm(words.join(QLatin1Char(' ')));
            for (const QString &word : words) {
                if (words.size() > 1 && isNameParticle(word))
                    continue;
                addTerm(word);
                for (const QString &piece : word.split(QLatin1Char('-'), Qt::SkipEmptyParts))
                    addTerm(piece);
                for (const QString &piece : word.split(joints, Qt::SkipEmptyParts))
                    addTerm(piece);
            }
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
    const char *rule;    // why it goes (or changes), for the record
    QString replacement; // empty: "***"
};

void addMatches(QList<Span> &spans, const QRegularExpression &re, const QString &in, const char *rule,
                int minDigits = 0)
{
    for (auto it = re.globalMatch(in); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString hit = m.captured();
        if (m.capturedLength() > 0 &&
            std::count_if(hit.cbegin(), hit.cend(), [](QChar c) { return c.isDigit(); }) >= minDigits)
            spans.push_back({m.capturedStart(), m.capturedEnd(), rule, {}});
    }
}

// Written dates and times. With the header's dates shifted (modified-dates
// option), a date that reads as one day for certain is shifted alike and a
// time of day stays, as in the header; otherwise both go.
void addDates(QList<Span> &spans, const QString &folded, std::optional<int> shiftDays)
{
    for (auto it = writtenDatesAndTimes().globalMatch(folded); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!shiftDays) {
            spans.push_back({m.capturedStart(), m.capturedEnd(), "date or time", {}});
        } else if (isWrittenTime(m.captured())) {
            spans.push_back({m.capturedStart(), m.capturedEnd(), "time (kept with modified dates)", m.captured()});
        } else {
            const QString shifted = shiftWrittenDate(m.captured(), *shiftDays);
            spans.push_back({m.capturedStart(), m.capturedEnd(),
                             shifted.isEmpty() ? "date (not one day for certain)" : "date (shifted)", shifted});
        }
    }
}

// Whether [from, to) lies inside a span that writes something other than "***".
bool insideRewritten(const QList<Span> &spans, qsizetype from, qsizetype to)
{
    return std::any_of(spans.cbegin(), spans.cend(),
                       [&](const Span &s) { return !s.replacement.isEmpty() && s.from <= from && to <= s.to; });
}

// "kept: CT (vocabulary: modality), 3 (number); removed: 1 x header identity, 2 x unknown word"
QString counted(const QMap<QString, int> &rules)
{
    QStringList parts;
    for (auto it = rules.cbegin(); it != rules.cend(); ++it)
        parts << QStringLiteral("%1 x %2").arg(it.value()).arg(it.key());
    return parts.isEmpty() ? QStringLiteral("nothing") : parts.join(QStringLiteral(", "));
}

QString summary(const QStringList &kept, const QMap<QString, int> &removed, const QMap<QString, int> &changed)
{
    QStringList shown = kept.mid(0, 12);
    if (kept.size() > 12)
        shown << QStringLiteral("%1 more").arg(kept.size() - 12);
    return QStringLiteral("kept: %1;%2 removed: %3")
        .arg(shown.isEmpty() ? QStringLiteral("nothing") : shown.join(QStringLiteral(", ")),
             changed.isEmpty() ? QString() : QStringLiteral(" changed: %1;").arg(counted(changed)), counted(removed));
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
    addDates(spans, fold, m_shiftDays);
    if (!m_terms.isEmpty()) { // a header date written out is shifted like any other
        QList<Span> identities;
        addMatches(identities, m_pattern, fold, "header identity");
        for (const Span &s : identities)
            if (!insideRewritten(spans, s.from, s.to))
                spans.push_back(s);
    }
    // Escapes to a multi-byte set of ISO 2022 (Japanese, Korean, Chinese) left in the text: the
    // file did not declare that set (a declared one is decoded by DicomCharset), so its bytes
    // read like ASCII ("山田" is ";3ED"); all of it goes.
    static const QRegularExpression multiByte(QStringLiteral("\\x1b\\$[^\\x1b]*"));
    addMatches(spans, multiByte, text, "ISO 2022 text");
    // E-mail and web addresses, whole.
    static const QRegularExpression address(
        QStringLiteral("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+|"
                       "(?:https?://|www\\.)[^\\s]+"),
        QRegularExpression::UseUnicodePropertiesOption);
    addMatches(spans, address, fold, "e-mail or web address");
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
        const bool gone = std::any_of(spans.cbegin(), spans.cend(), [&](const Span &s) { // or rewritten
            return s.from < m.capturedEnd() && m.capturedStart() < s.to && qstrcmp(s.rule, "unknown word") != 0;
        });
        if (gone)
            continue;
        const QString reason = keep.whyKeep(m.captured());
        if (reason.isEmpty())
            spans.push_back({m.capturedStart(), m.capturedEnd(), "unknown word", {}});
        else
            kept << QStringLiteral("%1 (%2)").arg(m.captured(), reason);
    }
    std::stable_sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.from < b.from; });
    QString out;
    QMap<QString, int> removed, changed;
    qsizetype at = 0;
    for (const Span &s : spans) {
        if (s.to <= at)
            continue;
        out += text.mid(at, std::max<qsizetype>(0, s.from - at));
        if (s.from >= at) {
            out += s.replacement.isEmpty() ? QStringLiteral("***") : s.replacement;
            ++(s.replacement.isEmpty() ? removed : changed)[QString::fromLatin1(s.rule)];
        }
        at = s.to;
    }
    out += text.mid(at);
    if (why)
        *why = summary(kept, removed, changed);
    return out;
}

} // namespace veil
