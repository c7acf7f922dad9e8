#include "engine/pixel/DeviceTemplates.h"

#include "engine/image/ImageTypes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

namespace veil {
namespace {

bool sameText(const QString &pattern, const QString &value)
{
    return pattern.isEmpty() || pattern.trimmed().compare(value.trimmed(), Qt::CaseInsensitive) == 0;
}

void checkKeys(const QJsonObject &o, const QSet<QString> &allowed, const QString &where, QStringList *errors)
{
    for (const QString &k : o.keys())
        if (!allowed.contains(k))
            *errors << QStringLiteral("%1: unknown key '%2'").arg(where, k);
}

DeviceSignature signatureFrom(const QJsonObject &m, const QString &where, QStringList *errors)
{
    checkKeys(m, {"manufacturer", "model", "rows", "columns", "sopClass", "photometric"}, where, errors);
    DeviceSignature s{
        m.value("manufacturer").toString(), m.value("model").toString(),    m.value("rows").toInt(),
        m.value("columns").toInt(),         m.value("sopClass").toString(), m.value("photometric").toString()};
    if (m.isEmpty())
        *errors << QStringLiteral("%1: an empty signature would match every image").arg(where);
    return s;
}

QRect maskFrom(const QJsonValue &v, const QString &where, QStringList *errors)
{
    const QJsonObject o = v.toObject();
    checkKeys(o, {"x", "y", "width", "height"}, where, errors);
    const QRect r(o.value("x").toInt(-1), o.value("y").toInt(-1), o.value("width").toInt(0),
                  o.value("height").toInt(0));
    if (!v.isObject() || r.x() < 0 || r.y() < 0 || r.width() <= 0 || r.height() <= 0)
        *errors << QStringLiteral("%1: needs x, y >= 0 and width, height > 0").arg(where);
    return r;
}

} // namespace

DeviceSignature DeviceSignature::of(const InstanceInfo &info)
{
    return {info.manufacturer, info.model, info.rows, info.columns, info.sopClassUid, info.photometric};
}

bool DeviceTemplate::matches(const DeviceSignature &s) const
{
    return sameText(match.manufacturer, s.manufacturer) && sameText(match.model, s.model) &&
           (!match.rows || match.rows == s.rows) && (!match.columns || match.columns == s.columns) &&
           sameText(match.sopClassUid, s.sopClassUid) && sameText(match.photometric, s.photometric);
}

DeviceTemplates DeviceTemplates::fromJson(const QByteArray &json, QStringList *errors)
{
    DeviceTemplates out;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *errors << QStringLiteral("not a JSON object: %1").arg(parseError.errorString());
        return out;
    }
    checkKeys(doc.object(), {"templates"}, QStringLiteral("file"), errors);
    const QJsonArray list = doc.object().value("templates").toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("templates[%1]").arg(i);
        const QJsonObject t = list[i].toObject();
        checkKeys(t, {"name", "match", "masks", "safeWords"}, where, errors);
        DeviceTemplate dt{
            t.value("name").toString(), signatureFrom(t.value("match").toObject(), where + ".match", errors), {}, {}};
        for (const QJsonValue &w : t.value("safeWords").toArray())
            if (!w.toString().trimmed().isEmpty())
                dt.safeWords << w.toString().trimmed();
        const QJsonArray masks = t.value("masks").toArray();
        if (masks.isEmpty() && dt.safeWords.isEmpty())
            *errors << QStringLiteral("%1: at least one mask or safe word").arg(where);
        for (int m = 0; m < masks.size(); ++m)
            dt.masks << maskFrom(masks[m], QStringLiteral("%1.masks[%2]").arg(where).arg(m), errors);
        out.m_templates << dt;
    }
    return out;
}

DeviceTemplates DeviceTemplates::load(const QString &path, QStringList *errors)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *errors << QStringLiteral("cannot read the templates: %1").arg(f.errorString());
        return {};
    }
    return fromJson(f.read(4 << 20), errors);
}

QByteArray DeviceTemplates::toJson() const
{
    QJsonArray list;
    for (const DeviceTemplate &t : m_templates) {
        QJsonObject match;
        auto put = [&](const char *key, const QString &v) {
            if (!v.isEmpty())
                match.insert(QLatin1String(key), v);
        };
        put("manufacturer", t.match.manufacturer);
        put("model", t.match.model);
        put("sopClass", t.match.sopClassUid);
        put("photometric", t.match.photometric);
        if (t.match.rows)
            match.insert("rows", t.match.rows);
        if (t.match.columns)
            match.insert("columns", t.match.columns);
        QJsonArray masks;
        for (const QRect &r : t.masks)
            masks.append(QJsonObject{{"x", r.x()}, {"y", r.y()}, {"width", r.width()}, {"height", r.height()}});
        QJsonObject entry{{"name", t.name}, {"match", match}, {"masks", masks}};
        if (!t.safeWords.isEmpty())
            entry.insert("safeWords", QJsonArray::fromStringList(t.safeWords));
        list.append(entry);
    }
    return QJsonDocument(QJsonObject{{"templates", list}}).toJson(QJsonDocument::Indented);
}

Status DeviceTemplates::save(const QString &path) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(toJson()) < 0 || !f.commit())
        return failure(f.errorString(), ErrorCode::Io);
    return {};
}

QList<const DeviceTemplate *> DeviceTemplates::matching(const DeviceSignature &s) const
{
    QList<const DeviceTemplate *> out;
    for (const DeviceTemplate &t : m_templates)
        if (t.matches(s))
            out << &t;
    return out;
}

QStringList DeviceTemplates::safeWordsFor(const DeviceSignature &s) const
{
    QStringList words;
    for (const DeviceTemplate *t : matching(s))
        words += t->safeWords;
    return words;
}

} // namespace veil
