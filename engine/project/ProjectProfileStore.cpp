// Project: the de-identification profile in force (options, rules, pseudonym prefix).
#include "project/Project.h"

#include "project/ProjectPrivate.h"

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
    return s;
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
