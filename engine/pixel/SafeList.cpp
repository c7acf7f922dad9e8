#include "engine/pixel/SafeList.h"

#include "engine/deid/KeepList.h"

#include <algorithm>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace veil {
namespace {

void addWords(const QJsonValue &words, QHash<QString, QString> &into)
{
    auto add = [&](const QJsonArray &a, const QString &category) {
        for (const QJsonValue &w : a)
            if (const QString key = safeListKey(w.toString()); !key.isEmpty())
                into.insert(key, category);
    };
    if (words.isArray())
        add(words.toArray(), QStringLiteral("safe list"));
    const QJsonObject byCategory = words.toObject();
    for (auto it = byCategory.begin(); it != byCategory.end(); ++it)
        add(it.value().toArray(), it.key());
}

} // namespace

QString safeListKey(const QString &word)
{
    static const QRegularExpression edges(QStringLiteral("^[^\\p{L}\\p{N}+\\-±×*]+|[^\\p{L}\\p{N}%°²]+$"));
    static const QRegularExpression star(QStringLiteral("^\\*+"));
    QString w = word.trimmed();
    w.remove(edges);
    w.remove(star); // "*Renal": a device's marker
    return w.toCaseFolded();
}

std::shared_ptr<const SafeList> SafeList::builtIn()
{
    static const std::shared_ptr<const SafeList> list = [] {
        QFile f(QStringLiteral(":/veil/safelist/safe-words.json"));
        const Result<SafeList> read = f.open(QIODevice::ReadOnly) ? fromJson(f.readAll()) : failure(f.errorString());
        if (!read || read->size() == 0)
            qFatal("the built-in safe list is missing or broken: %s", qPrintable(read.message()));
        auto l = std::make_shared<SafeList>(*read);
        // The clinical vocabulary of cleaned free text, where it fits (anatomy, modalities, views ...).
        QFile clinical(QStringLiteral(":/veil/vocabulary/clinical-words.json"));
        if (clinical.open(QIODevice::ReadOnly))
            for (const auto &[category, words] :
                 sharedVocabulary(clinical.readAll(), QStringLiteral("sharedWithPixels")))
                l->addVocabulary(words, QStringLiteral("clinical vocabulary: ") + category);
        return l;
    }();
    return list;
}

Result<SafeList> SafeList::fromJson(const QByteArray &json)
{
    SafeList list;
    QJsonParseError parse;
    const QJsonObject o = QJsonDocument::fromJson(json, &parse).object();
    if (parse.error != QJsonParseError::NoError)
        return failure(parse.errorString(), ErrorCode::Invalid);
    list.m_name = o.value(QStringLiteral("name")).toString();
    list.m_version = o.value(QStringLiteral("version")).toInt();
    addWords(o.value(QStringLiteral("words")), list.m_words);
    for (const QJsonValue &p : o.value(QStringLiteral("patterns")).toArray()) {
        const QString regex = p.isString() ? p.toString() : p.toObject().value(QStringLiteral("regex")).toString();
        const QString name =
            p.isString() ? QStringLiteral("safe pattern") : p.toObject().value(QStringLiteral("name")).toString();
        const QRegularExpression re(QStringLiteral("^(?:%1)$").arg(regex), QRegularExpression::CaseInsensitiveOption);
        if (!re.isValid())
            return failure(QStringLiteral("pattern '%1': %2").arg(regex, re.errorString()), ErrorCode::Invalid);
        list.m_patterns.push_back({re, name});
    }
    const QJsonObject labels = o.value(QStringLiteral("phiLabels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        for (const QJsonValue &w : it.value().toArray())
            list.m_labels.insert(foldedText(safeListKey(w.toString()))); // OCR drops accents ("Etablissement")
    return list;
}

SafeList SafeList::fromWords(const QStringList &words, const QString &category)
{
    SafeList list;
    for (const QString &w : words)
        if (const QString key = safeListKey(w); !key.isEmpty())
            list.m_words.insert(key, category);
    return list;
}

void SafeList::addVocabulary(const QStringList &words, const QString &category)
{
    for (const QString &w : words)
        if (const QString key = safeListKey(w); !key.isEmpty() && !m_words.contains(key))
            m_words.insert(key, category);
}

void SafeList::merge(const SafeList &other)
{
    for (auto it = other.m_words.cbegin(); it != other.m_words.cend(); ++it)
        m_words.insert(it.key(), it.value());
    m_patterns += other.m_patterns;
    m_labels.unite(other.m_labels);
}

QString SafeList::matchWhole(const QString &key) const
{
    if (key.isEmpty())
        return {};
    if (const auto it = m_words.constFind(key); it != m_words.constEnd())
        return it.value();
    for (const auto &[re, name] : m_patterns)
        if (re.match(key).hasMatch())
            return name;
    return {};
}

QString SafeList::match(const QString &word) const
{
    const QString key = safeListKey(word);
    if (key.isEmpty())
        return {};
    if (const QString whole = matchWhole(key); !whole.isEmpty())
        return whole;
    static const QRegularExpression separators(QStringLiteral("[/;,|_\\-\u2013\u2014]+"));
    const QStringList parts = key.split(separators, Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return {};
    // "02/19/..." is how dates begin: two bare numbers make no safe compound.
    static const QRegularExpression bareNumber(QStringLiteral("^\\d+$"));
    if (parts.filter(bareNumber).size() >= 2)
        return {};
    QString category;
    for (const QString &part : parts) {
        const QString c = matchWhole(safeListKey(part));
        if (c.isEmpty())
            return {};
        category = category.isEmpty() ? c : category;
    }
    return category;
}

int editDistance(const QString &a, const QString &b, int limit)
{
    if (std::abs(int(a.size()) - int(b.size())) > limit)
        return limit + 1;
    QList<int> prev(b.size() + 1), cur(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        int best = cur[0];
        for (int j = 1; j <= b.size(); ++j) {
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            best = std::min(best, cur[j]);
        }
        if (best > limit)
            return limit + 1;
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

bool SafeList::isPhiLabel(const QString &word) const
{
    QString key = foldedText(safeListKey(word));
    while (key.endsWith(QLatin1Char('#')) || key.endsWith(QLatin1Char('.')))
        key.chop(1);
    if (key.isEmpty())
        return false;
    if (m_labels.contains(key) || m_labels.contains(key + QLatin1Char('#')) ||
        m_labels.contains(key + QLatin1Char('.')))
        return true;
    // A label as OCR misreads it ("Sec:", "Narne:", "Patiant:", "DCB:"):
    // written as a label (with its colon), three letters or more, one edit
    // from a label of three letters or more once "rn" is folded into "m".
    if (!word.trimmed().endsWith(QLatin1Char(':')) || key.size() < 3)
        return false;
    key.replace(QLatin1String("rn"), QLatin1String("m"));
    return std::any_of(m_labels.cbegin(), m_labels.cend(),
                       [&](const QString &label) { return label.size() >= 3 && editDistance(key, label, 1) <= 1; });
}

} // namespace veil
