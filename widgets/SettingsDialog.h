#pragma once

#include "engine/deid/ProjectProfile.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace veil {

// The project's de-identification profile: the PS3.15 options, the
// pseudonym prefix (fixed once instances are in) and the project's own
// rules (JSON, validated by the caller before it is kept).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const ProjectProfile &profile, const QByteArray &rulesJson, bool prefixLocked,
                   QWidget *parent = nullptr);
    QByteArray profileJson() const; // the whole profile as JSON
    void setErrors(const QStringList &errors);
    // Languages of burned-in text besides English: those chosen, and those
    // installed (the others are shown, disabled, with the package to install).
    void setOcrLanguages(const QStringList &chosen, const QStringList &installed);
    QStringList ocrLanguages() const;
    // The language of Veil's screens on this computer (not the project's):
    // a code of uiLanguages(), or empty for the system's.
    void setUiLanguage(const QString &code);
    QString uiLanguage() const;

private:
    QHash<DeidOption, QCheckBox *> m_options;
    QLineEdit *m_prefix;
    QPlainTextEdit *m_rules;
    QLineEdit *m_keepWords;  // words that may stay in cleaned free text
    QStringList m_safeWords; // the profile's pixel safe words, passed through
    QLabel *m_errors;
    QHash<QString, QCheckBox *> m_languages; // Tesseract code -> box
    QComboBox *m_uiLanguage;
};

} // namespace veil
