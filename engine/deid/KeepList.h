#pragma once

#include "engine/core/Result.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>

namespace veil {

// What may stay in free text that is cleaned (Clean Descriptors, Clean
// Structured Content): a word is kept only when it is known to be safe.
// The vocabulary is data (resources/vocabulary/clinical-words.json:
// anatomy, modalities, procedures, contrast, laterality, views, sequences,
// units, abbreviations, function words in the GUI's languages), compared
// case- and accent-folded; besides it, numbers that cannot be a date, an ID
// or a phone number (up to three digits, decimals, with a unit) and short
// acquisition codes (T1, C5, L4, 3D, B1000). Everything else goes.
class KeepList
{
public:
    static std::shared_ptr<const KeepList> builtIn();
    static Result<KeepList> fromJson(const QByteArray &json);
    // A project's own words (`replace`: their reason wins over the vocabulary's).
    void addWords(const QStringList &words, const QString &why, bool replace = true);

    // Why `word` (letters and digits, no spaces) may stay, or empty.
    QString whyKeep(const QString &word) const;
    int version() const { return m_version; }
    int size() const { return int(m_words.size()); }

private:
    QHash<QString, QString> m_words; // folded word -> category
    int m_version = 0;
};

// What a vocabulary file shares with its other user, under `key`
// ("sharedWithPixels" in clinical-words.json, "sharedWithFreeText" in
// safe-words.json): each shared category with its words, less the words the
// file lists as also being names. One vocabulary, two users.
QList<QPair<QString, QStringList>> sharedVocabulary(const QByteArray &json, const QString &key);

// Case and accents folded, one character for one (positions stay): "Jürgen",
// "JÜRGEN" and "Jurgen" fold alike.
QString foldedText(const QString &text);

} // namespace veil
