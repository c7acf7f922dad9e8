// Project: the de-identification profile in force (options, rules, pseudonym prefix).
#include "engine/project/Project.h"

#include "engine/ocr/TextReader.h"
#include "engine/project/ProjectPrivate.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace veil {

ProjectProfile Project::profile() const
{
    const QString json = setting(QStringLiteral("profile"));
    QStringList errors;
    return json.isEmpty() ? ProjectProfile{} : ProjectProfile::fromJson(json.toUtf8(), &errors);
}

bool Project::setProfile(const QByteArray &json, QStringList *errors)
{
    const ProjectProfile next = ProjectProfile::fromJson(json, errors);
    if (!errors->isEmpty())
        return false;
    const bool hasInstances = d->db.scalar("SELECT count(*) FROM instances", {}, 0).toInt() > 0;
    if (hasInstances && next.pseudonymPrefix != profile().pseudonymPrefix) {
        *errors << QStringLiteral("pseudonymPrefix: cannot change once instances are in the project (their "
                                  "pseudonyms are in the re-identification key)");
        return false;
    }
    if (!setSetting(QStringLiteral("profile"), QString::fromUtf8(json))) {
        *errors << lastError();
        return false;
    }
    d->pseudonyms = std::make_shared<Pseudonyms>(d->pseudonyms->key(), pseudonymSettingsOf(next));
    return true;
}

DeidSettings Project::deidSettings() const
{
    const ProjectProfile p = profile();
    DeidSettings s;
    s.options = p.options;
    s.rules = p.rules;
    s.pseudonyms = d->pseudonyms;
    s.cleanPixels = true;
    s.safeList = safeList();
    if (!p.keepWords.isEmpty()) { // the project's own words may stay in cleaned free text too
        auto keep = std::make_shared<KeepList>(*KeepList::builtIn());
        keep->addWords(p.keepWords, QStringLiteral("project profile"));
        s.keepList = keep;
    }
    return s;
}

// ---- the project's safe list ----------------------------------------------
// Words a reviewer kept come from OCR: they are stored sealed (a name kept
// by mistake must not sit in the file in clear), and audited by count only.

QStringList Project::ocrLanguages() const
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(setting(QStringLiteral("ocrLanguages")).toUtf8()).array())
        out << v.toString();
    return out;
}

bool Project::setOcrLanguages(const QStringList &codes)
{
    static const QRegularExpression tesseractCode(QStringLiteral("^[a-z_]{3,8}$"));
    QStringList clean;
    for (const QString &c : codes)
        if (const QString code = c.trimmed().toLower(); !code.isEmpty() && code != QLatin1String("eng") &&
                                                        !clean.contains(code) && tesseractCode.match(code).hasMatch())
            clean << code;
    if (!setSetting(QStringLiteral("ocrLanguages"),
                    QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(clean)).toJson(QJsonDocument::Compact))))
        return false;
    TextReader::setLanguages(clean);
    return true;
}

QStringList Project::safeWords() const
{
    const QByteArray sealed = QByteArray::fromBase64(setting(QStringLiteral("safeWords")).toLatin1());
    if (sealed.isEmpty())
        return {};
    return d->crypto.openText(sealed, "safe-words").split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

bool Project::storeSafeWords(const QStringList &words, const QString &action)
{
    const QByteArray sealed = d->crypto.sealText(words.join(QLatin1Char('\n')), "safe-words");
    SqlTransaction tx(d->db);
    if (!d->db.exec("INSERT INTO settings(key, json) VALUES('safeWords', ?) ON CONFLICT(key) DO UPDATE SET json = "
                    "excluded.json",
                    {QString::fromLatin1(sealed.toBase64())}) ||
        !d->audit(action, QStringLiteral("project safe list"), QStringLiteral("%1 word(s) now").arg(words.size())) ||
        !tx.commit())
        return d->fail(d->db.lastError());
    return true;
}

bool Project::addSafeWord(const QString &word)
{
    QStringList words = safeWords();
    const QString w = word.trimmed();
    if (w.isEmpty() || safeListKey(w).isEmpty())
        return d->fail(QStringLiteral("no word to add"));
    if (words.contains(w, Qt::CaseInsensitive))
        return true;
    words << w;
    return storeSafeWords(words, QStringLiteral("safelist.add"));
}

bool Project::removeSafeWord(const QString &word)
{
    QStringList words = safeWords();
    if (words.removeIf([&](const QString &w) { return w.compare(word.trimmed(), Qt::CaseInsensitive) == 0; }) == 0)
        return d->fail(QStringLiteral("that word is not on the project's safe list"));
    return storeSafeWords(words, QStringLiteral("safelist.remove"));
}

std::shared_ptr<const SafeList> Project::safeListFor(const ProjectInstance &instance) const
{
    const QStringList words = templates().safeWordsFor(signatureOf(instance));
    if (words.isEmpty())
        return safeList();
    auto list = std::make_shared<SafeList>(*safeList());
    list->merge(SafeList::fromWords(words, QStringLiteral("device template")));
    return list;
}

std::shared_ptr<const SafeList> Project::safeList() const
{
    auto list = std::make_shared<SafeList>(*SafeList::builtIn());
    list->merge(SafeList::fromWords(profile().safeWords, QStringLiteral("project profile")));
    list->merge(SafeList::fromWords(safeWords(), QStringLiteral("project safe list")));
    return list;
}

DeviceTemplates Project::templates() const
{
    QStringList errors;
    return DeviceTemplates::fromJson(setting(QStringLiteral("templates")).toUtf8(), &errors);
}

bool Project::addTemplate(const DeviceTemplate &t)
{
    DeviceTemplates all = templates();
    all.add(t);
    return setSetting(QStringLiteral("templates"), QString::fromUtf8(all.toJson()));
}

DeviceSignature signatureOf(const ProjectInstance &i)
{
    return {i.labels.manufacturer, i.labels.model, i.rows, i.columns, i.sopClassUid, i.labels.photometric};
}

PseudonymSettings pseudonymSettingsOf(const ProjectProfile &profile)
{
    PseudonymSettings s;
    if (!profile.pseudonymPrefix.isEmpty())
        s.prefix = profile.pseudonymPrefix;
    return s;
}

} // namespace veil
