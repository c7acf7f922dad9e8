#pragma once

#include "engine/deid/StandardProfile.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace veil {

// A project's own rules on top of PS3.15: per tag, keep, remove, replace
// with a fixed value, shift the date (by the patient's keyed shift) or
// replace by a keyed hash. Stored as JSON:
//   {"name": "...", "options": ["retain-modified-dates"], "pseudonymPrefix": "TRIAL7-",
//    "rules": [{"tag": "(0008,1030)", "action": "keep"},
//              {"tag": "(0008,0080)", "action": "replace", "value": "SITE 3"}],
//    "safeWords": ["DTCEM", "MapE"],   (words that may stay in the pixels, on top of the safe list)
//    "keepWords": ["ACME", "TRIAL7"]}  (words that may stay in cleaned free text, on top of the vocabulary)
struct ProfileRule
{
    enum class Kind { Keep, Remove, Replace, ShiftDate, Hash } kind;
    QString value; // Replace
};

struct ProjectProfile
{
    QString name;
    DeidOptions options;
    QString pseudonymPrefix; // empty: the default
    QHash<quint32, ProfileRule> rules;
    QStringList safeWords;
    QStringList keepWords;

    // Every problem is reported with where it is ("rules[2].action: ...").
    static ProjectProfile fromJson(const QByteArray &json, QStringList *errors);
    static ProjectProfile load(const QString &path, QStringList *errors);
};

QString ruleKindName(ProfileRule::Kind kind);

} // namespace veil
