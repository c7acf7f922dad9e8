#pragma once

#include "engine/core/Result.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace veil {

// What may stay readable in the pixels: the words and patterns a device
// prints about the acquisition (probe names, modes, parameter labels,
// numbers with units, scale marks, orientation letters, frame counters,
// body parts) and the labels that announce an identifier (Name, DOB, Geb.,
// Né le, Paziente ...: whatever follows them on a line is masked). Data,
// not code: the built-in list is resources/safelist/safe-words.json; a
// project and a device template add their own words and patterns.
class SafeList
{
public:
    // The list shipped with Veil (versioned).
    static std::shared_ptr<const SafeList> builtIn();
    // {"words": {"category": ["word", ...]} or ["word", ...], "patterns":
    // [{"name": ..., "regex": ...}] or ["regex", ...], "phiLabels": {...}}.
    static Result<SafeList> fromJson(const QByteArray &json);
    // Words a reviewer kept, as a project or device template stores them.
    static SafeList fromWords(const QStringList &words, const QString &category);

    void merge(const SafeList &other);
    // Words of another vocabulary; a word this list knows keeps its category.
    void addVocabulary(const QStringList &words, const QString &category);
    // The category ("probe or transducer", "number with a unit", "project
    // safe list") when `word` is known to be safe; empty otherwise. Compound
    // words ("20dB/DR60", "2D—100%") are safe when each part is.
    QString match(const QString &word) const;
    bool isPhiLabel(const QString &word) const;
    QString name() const { return m_name; }
    int version() const { return m_version; }
    int size() const { return int(m_words.size() + m_patterns.size()); }

private:
    QString matchWhole(const QString &folded) const;

    QString m_name;
    int m_version = 0;
    QHash<QString, QString> m_words; // case-folded word -> category
    QList<QPair<QRegularExpression, QString>> m_patterns;
    QSet<QString> m_labels; // case- and accent-folded, without trailing ':' or '#'
};

// A word as the safe list compares it: case-folded, leading and trailing
// punctuation gone (a trailing '%' and a unit's '°' stay).
QString safeListKey(const QString &word);

// Insertions, deletions and substitutions from a to b; limit + 1 once over `limit`.
int editDistance(const QString &a, const QString &b, int limit);

} // namespace veil
