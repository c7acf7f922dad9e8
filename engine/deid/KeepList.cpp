#include "engine/deid/KeepList.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace veil {

QString foldedText(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.unicode() < 0x80) {
            c = c.toLower();
            continue;
        }
        const QString base = QString(c).normalized(QString::NormalizationForm_D);
        c = (base.isEmpty() ? c : base.at(0)).toLower();
    }
    return out;
}

QList<QPair<QString, QStringList>> sharedVocabulary(const QByteArray &json, const QString &key)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const QJsonObject shared = o.value(key).toObject();
    const QStringList except = shared.value(QLatin1String("except")).toVariant().toStringList();
    const QJsonObject words = o.value(QLatin1String("words")).toObject();
    QList<QPair<QString, QStringList>> out;
    for (const QJsonValue &c : shared.value(QLatin1String("categories")).toArray()) {
        QStringList list = words.value(c.toString()).toVariant().toStringList();
        list.removeIf([&](const QString &w) { return except.contains(w, Qt::CaseInsensitive); });
        out.push_back({c.toString(), list});
    }
    return out;
}

std::shared_ptr<const KeepList> KeepList::builtIn()
{
    static const std::shared_ptr<const KeepList> list = [] {
        QFile f(QStringLiteral(":/veil/vocabulary/clinical-words.json"));
        const Result<KeepList> read = f.open(QIODevice::ReadOnly) ? fromJson(f.readAll()) : failure(f.errorString());
        if (!read || read->size() == 0)
            qFatal("the built-in vocabulary is missing or broken: %s", qPrintable(read.message()));
        auto l = std::make_shared<KeepList>(*read);
        // The acquisition words the burned-in text safe list knows, where they fit.
        QFile pixels(QStringLiteral(":/veil/safelist/safe-words.json"));
        if (pixels.open(QIODevice::ReadOnly))
            for (const auto &[category, words] :
                 sharedVocabulary(pixels.readAll(), QStringLiteral("sharedWithFreeText")))
                l->addWords(words, QStringLiteral("safe list: ") + category, false);
        return l;
    }();
    return list;
}

Result<KeepList> KeepList::fromJson(const QByteArray &json)
{
    KeepList list;
    QJsonParseError parse;
    const QJsonObject o = QJsonDocument::fromJson(json, &parse).object();
    if (parse.error != QJsonParseError::NoError)
        return failure(parse.errorString(), ErrorCode::Invalid);
    list.m_version = o.value(QLatin1String("version")).toInt();
    const QJsonObject words = o.value(QLatin1String("words")).toObject();
    for (auto it = words.begin(); it != words.end(); ++it)
        list.addWords(it.value().toVariant().toStringList(), it.key());
    return list;
}

void KeepList::addWords(const QStringList &words, const QString &why, bool replace)
{
    static const QRegularExpression joints(QStringLiteral("[^\\p{L}\\p{N}]+"));
    for (const QString &w : words) // "F/U", "W/WO", "X-RAY": each part is a word of its own too
        for (const QString &part : w.split(joints, Qt::SkipEmptyParts))
            if (replace || !m_words.contains(foldedText(part)))
                m_words.insert(foldedText(part), why);
}

QString KeepList::whyKeep(const QString &word) const
{
    const QString w = foldedText(word);
    if (const auto it = m_words.constFind(w); it != m_words.constEnd())
        return QStringLiteral("vocabulary: %1").arg(*it);
    // A number that cannot be a date, an ID or a phone number, maybe with its unit: 3, 120, 2.5, 5mm, 120kv.
    static const QRegularExpression number(QStringLiteral("^\\d{1,3}(?:[.,]\\d{1,2})?(?:mm|cm|ml|cc|mg|kv|kvp|ma|mas|"
                                                          "ms|s|t|g|kg|hz|mhz|y|yo|d|h|x|mgy|msv)?$"));
    if (number.match(w).hasMatch())
        return QStringLiteral("number");
    // An acquisition code: letters and at most two digits, five characters at most (T1, C5, L4, 3D), and diffusion
    // b-values.
    static const QRegularExpression code(QStringLiteral("^(?=[a-z]{0,2}\\d)[a-z\\d]{1,4}$"));
    if (code.match(w).hasMatch() && std::count_if(w.cbegin(), w.cend(), [](QChar c) { return c.isDigit(); }) <= 2)
        return QStringLiteral("acquisition code");
    static const QRegularExpression bValue(QStringLiteral("^b(?:0|\\d{0,2}[05]0)$")); // diffusion: b0, b50, b800, b1000
    if (bValue.match(w).hasMatch())
        return QStringLiteral("acquisition code");
    if (w.size() == 1 && w.at(0).isLetter())
        return QStringLiteral("a single letter");
    return {};
}

} // namespace veil
