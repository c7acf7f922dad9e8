#include "engine/deid/ProjectProfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace veil {
namespace {

const struct
{
    ProfileRule::Kind kind;
    const char *name;
} kKinds[] = {{ProfileRule::Kind::Keep, "keep"},
              {ProfileRule::Kind::Remove, "remove"},
              {ProfileRule::Kind::Replace, "replace"},
              {ProfileRule::Kind::ShiftDate, "shift-date"},
              {ProfileRule::Kind::Hash, "hash"}};

void checkKeys(const QJsonObject &o, const QSet<QString> &allowed, const QString &where, QStringList *errors)
{
    for (const QString &k : o.keys())
        if (!allowed.contains(k))
            *errors << QStringLiteral("%1: unknown key '%2'").arg(where, k);
}

bool parseTag(const QString &text, quint32 &tag)
{
    static const QRegularExpression re(QStringLiteral("^\\(?([0-9A-Fa-f]{4}),?([0-9A-Fa-f]{4})\\)?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    tag = m.captured(1).toUInt(nullptr, 16) << 16 | m.captured(2).toUInt(nullptr, 16);
    return true;
}

void parseRule(const QJsonValue &v, int index, ProjectProfile &p, QStringList *errors)
{
    const QString where = QStringLiteral("rules[%1]").arg(index);
    if (!v.isObject()) {
        *errors << QStringLiteral("%1: must be an object").arg(where);
        return;
    }
    const QJsonObject o = v.toObject();
    checkKeys(o, {QStringLiteral("tag"), QStringLiteral("action"), QStringLiteral("value"), QStringLiteral("comment")},
              where, errors);
    quint32 tag = 0;
    if (!parseTag(o.value(QStringLiteral("tag")).toString(), tag)) {
        *errors << QStringLiteral("%1.tag: expected \"(gggg,eeee)\", got '%2'")
                       .arg(where, o.value(QStringLiteral("tag")).toVariant().toString());
        return;
    }
    const QString action = o.value(QStringLiteral("action")).toString();
    const auto kind = std::find_if(std::begin(kKinds), std::end(kKinds),
                                   [&](const auto &k) { return action == QLatin1String(k.name); });
    if (kind == std::end(kKinds)) {
        *errors << QStringLiteral("%1.action: unknown action '%2' (keep, remove, replace, shift-date, hash)")
                       .arg(where, action);
        return;
    }
    ProfileRule rule{kind->kind, o.value(QStringLiteral("value")).toString()};
    if (rule.kind == ProfileRule::Kind::Replace && !o.value(QStringLiteral("value")).isString())
        *errors << QStringLiteral("%1.value: 'replace' needs a string value").arg(where);
    if (rule.kind != ProfileRule::Kind::Replace && o.contains(QStringLiteral("value")))
        *errors << QStringLiteral("%1.value: only 'replace' takes a value").arg(where);
    if (tag >> 16 == 0x0002 || tag >> 16 == 0x7FE0)
        *errors << QStringLiteral("%1.tag: the file meta header and pixel data cannot have rules").arg(where);
    if (p.rules.contains(tag))
        *errors << QStringLiteral("%1.tag: a second rule for the same tag").arg(where);
    p.rules.insert(tag, rule);
}

} // namespace

QString ruleKindName(ProfileRule::Kind kind)
{
    for (const auto &k : kKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    return {};
}

ProjectProfile ProjectProfile::fromJson(const QByteArray &json, QStringList *errors)
{
    ProjectProfile p;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *errors << QStringLiteral("not a JSON object: %1 (at offset %2)")
                       .arg(parseError.errorString())
                       .arg(parseError.offset);
        return p;
    }
    const QJsonObject root = doc.object();
    checkKeys(root,
              {QStringLiteral("name"), QStringLiteral("options"), QStringLiteral("pseudonymPrefix"),
               QStringLiteral("rules"), QStringLiteral("safeWords"), QStringLiteral("keepWords"),
               QStringLiteral("comment")},
              QStringLiteral("profile"), errors);
    p.name = root.value(QStringLiteral("name")).toString();
    p.pseudonymPrefix = root.value(QStringLiteral("pseudonymPrefix")).toString();
    static const QRegularExpression prefixPattern(QStringLiteral("^[A-Z0-9_-]{0,16}$"));
    if (!prefixPattern.match(p.pseudonymPrefix).hasMatch())
        *errors << QStringLiteral("pseudonymPrefix: up to 16 of A-Z, 0-9, '-', '_'");
    const QJsonArray options = root.value(QStringLiteral("options")).toArray();
    for (int i = 0; i < options.size(); ++i) {
        const auto o = optionFromName(options[i].toString());
        if (o)
            p.options.set(size_t(*o));
        else
            *errors << QStringLiteral("options[%1]: unknown option '%2' (%3)")
                           .arg(i)
                           .arg(options[i].toString(), allOptionNames().join(QStringLiteral(", ")));
    }
    for (const auto &[key, into] :
         {std::pair{QStringLiteral("safeWords"), &p.safeWords}, std::pair{QStringLiteral("keepWords"), &p.keepWords}}) {
        const QJsonArray words = root.value(key).toArray();
        for (int i = 0; i < words.size(); ++i) {
            if (!words[i].isString() || words[i].toString().trimmed().isEmpty())
                *errors << QStringLiteral("%1[%2]: expected a word").arg(key).arg(i);
            else
                *into << words[i].toString().trimmed();
        }
    }
    const QJsonArray rules = root.value(QStringLiteral("rules")).toArray();
    for (int i = 0; i < rules.size(); ++i)
        parseRule(rules[i], i, p, errors);
    return p;
}

ProjectProfile ProjectProfile::load(const QString &path, QStringList *errors)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *errors << QStringLiteral("cannot read the profile: %1").arg(f.errorString());
        return {};
    }
    return fromJson(f.read(1 << 20), errors);
}

} // namespace veil
