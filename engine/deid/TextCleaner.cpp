#include "deid/TextCleaner.h"

#include <algorithm>

namespace veil {

void TextCleaner::addTerm(const QString &term)
{
    const QString t = term.simplified();
    if (t.size() >= 2 && !m_terms.contains(t, Qt::CaseInsensitive)) {
        m_terms << t;
        m_dirty = true;
    }
}

void TextCleaner::addName(const QString &personName)
{
    // "Family^Given^Middle^Prefix^Suffix", maybe with ideographic groups after '='.
    for (const QString &group : personName.split(QLatin1Char('=')))
        for (const QString &part : group.split(QLatin1Char('^')))
            for (const QString &word : part.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts))
                addTerm(word);
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

QString TextCleaner::clean(const QString &text) const
{
    if (m_terms.isEmpty() || text.isEmpty())
        return text;
    if (m_dirty)
        rebuild();
    QString out = text;
    out.replace(m_pattern, QStringLiteral("***"));
    return out;
}

} // namespace veil
