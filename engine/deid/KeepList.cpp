#include "deid/KeepList.h"

#include <QFile>
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

std::shared_ptr<const KeepList> KeepList::builtIn()
{
    static const std::shared_ptr<const KeepList> list = [] {
        QFile f(QStringLiteral(":/veil/vocabulary/clinical-words.json"));
        QString error;
        auto l = std::make_shared<KeepList>(f.open(QIODevice::ReadOnly) ? fromJson(f.readAll(), &error) : KeepList());
        if (l->size() == 0)
            qFatal("the built-in vocabulary is missing or broken: %s", qPrintable(error));
        return l;
    }();
    return list;
}

KeepList KeepList::fromJson(const QByteArray &json, QString *error)
{
    KeepList list;
    QJsonParseError parse;
    const QJsonObject o = QJsonDocument::fromJson(json, &parse).object();
    if (parse.error != QJsonParseError::NoError) {
        *error = parse.errorString();
        return list;
    }
    list.m_version = o.value(QLatin1String("version")).toInt();
    const QJsonObject words = o.value(QLatin1String("words")).toObject();
    for (auto it = words.begin(); it != words.end(); ++it)
        list.addWords(it.value().toVariant().toStringList(), it.key());
    return list;
}

void KeepList::addWords(const QStringList &words, const QString &why)
{
    for (const QString &w : words) // "F/U", "W/WO", "X-RAY": each part is a word of its own too
        for (const QString &part : w.split(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]+")), Qt::SkipEmptyParts))
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
    // An acquisition code: letters and at most two digits, five characters at most (T1, C5, L4, 3D, B1000 aside).
    static const QRegularExpression code(QStringLiteral("^(?=[a-z]{0,2}\\d)[a-z\\d]{1,4}$|^b\\d{1,4}$"));
    if (code.match(w).hasMatch() && std::count_if(w.cbegin(), w.cend(), [](QChar c) { return c.isDigit(); }) <= 2)
        return QStringLiteral("acquisition code");
    if (w.size() == 1 && w.at(0).isLetter())
        return QStringLiteral("a single letter");
    return {};
}

} // namespace veil
