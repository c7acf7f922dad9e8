#pragma once

#include <QList>
#include <QString>

namespace veil {

// The languages Veil's screens speak, and which one this user chose
// (QSettings "uiLanguage"; empty: the system's, where Veil has it).
struct UiLanguage
{
    QString code; // as in translations/veil_<code>.ts; "en" needs no file
    QString name; // in its own language
};

QList<UiLanguage> uiLanguages();
QString chosenUiLanguage();
void setChosenUiLanguage(const QString &code);
// The chosen language, else the system's when Veil speaks it, else English.
QString effectiveUiLanguage();
// Installs Veil's translation of `code` from qmDir (":/i18n" in veil) and Qt's
// own, for its standard dialogs, replacing any installed before. English
// removes both. False when a file is missing.
bool installUiTranslators(const QString &code, const QString &qmDir);

} // namespace veil
