#include "engine/export/LeakCheck.h"

#include "engine/deid/KeepList.h"

#include <QRegularExpression>

namespace veil {
namespace {

// Case and accents folded: "Jurgen" in an output is "JÜRGEN" of the input.
QString folded(const QString &s)
{
    return foldedText(s.simplified()).toCaseFolded();
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// The parts of a person name people write alone: family, given, middle
// names (split on the PN separators, spaces and punctuation).
QStringList nameParts(const QString &pn)
{
    static const QRegularExpression split(QStringLiteral("[\\^=\\s,.;:/()'\"-]+"));
    QStringList parts;
    for (const QString &p : pn.split(split, Qt::SkipEmptyParts))
        if (p.size() >= 3)
            parts << p;
    return parts;
}

} // namespace

bool containsWhole(const QString &text, const QString &needle)
{
    if (needle.isEmpty())
        return false;
    const QString hay = folded(text), n = folded(needle);
    for (qsizetype at = hay.indexOf(n); at >= 0; at = hay.indexOf(n, at + 1)) {
        const qsizetype end = at + n.size();
        const bool startOk = at == 0 || !isWordChar(hay[at - 1]) || !isWordChar(n.front());
        const bool endOk = end == hay.size() || !isWordChar(hay[end]) || !isWordChar(n.back());
        if (startOk && endOk)
            return true;
    }
    return false;
}

LeakCheck::LeakCheck(const IdentityValues &v, const QStringList &originalUids, const DeidOptions &options)
{
    for (const auto &n : v.names)
        for (const QString &part : nameParts(n.text))
            m_needles.push_back({part, QStringLiteral("a name")});
    for (const auto &i : v.ids)
        if (i.text.trimmed().size() >= 4)
            m_needles.push_back({i.text.trimmed(), QStringLiteral("an ID")});
    if (!options.test(size_t(DeidOption::RetainLongitudinalFullDates)))
        for (const auto &d : v.dates)
            if (d.text.size() == 8)
                m_needles.push_back({d.text, QStringLiteral("a date")});
    if (!options.test(size_t(DeidOption::RetainInstitutionIdentity)))
        for (const auto &p : v.phrases)
            if (p.text.trimmed().size() >= 6)
                m_needles.push_back({p.text.trimmed(), QStringLiteral("an institution or address")});
    if (!options.test(size_t(DeidOption::RetainUids)))
        for (const QString &u : originalUids)
            m_uids.insert(u);
}

QList<Leak> LeakCheck::scan(const QList<HeaderElement> &elements) const
{
    QList<Leak> leaks;
    for (const HeaderElement &e : elements) {
        if (e.vr == QLatin1String("UI")) { // UIDs: only the original's own replaced ones
            for (const QString &u : e.text.split(QLatin1Char('\\'), Qt::SkipEmptyParts))
                if (m_uids.contains(u.trimmed().remove(QChar(0)))) {
                    leaks.push_back({e.name, QStringLiteral("an original UID")});
                    break;
                }
            continue;
        }
        const Needle *hit = nullptr;
        for (const Needle &n : m_needles)
            if (!hit && containsWhole(e.text, n.text))
                hit = &n;
        if (!hit && e.vr == QLatin1String("DT")) // a date-time that starts with an original date
            for (const Needle &d : m_needles)
                if (!hit && d.kind == QLatin1String("a date") && e.text.trimmed().startsWith(d.text))
                    hit = &d;
        if (hit)
            leaks.push_back({e.name, hit->kind});
    }
    return leaks;
}

QString LeakCheck::problemIn(const QString &path) const
{
    bool readable = false;
    const QList<HeaderElement> elements = headerElements(path, &readable);
    if (!readable)
        return QStringLiteral("the written file cannot be read back");
    const QList<Leak> leaks = scan(elements);
    if (leaks.isEmpty())
        return {};
    QString message =
        QStringLiteral("an original identifier (%1) is still in %2").arg(leaks.front().kind, leaks.front().attribute);
    if (leaks.size() > 1)
        message += QStringLiteral(" and %1 more attribute(s)").arg(leaks.size() - 1);
    return message;
}

} // namespace veil
