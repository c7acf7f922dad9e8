#include "widgets/UiLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace veil {
namespace {

const char *const kSettingsKey = "uiLanguage";

std::unique_ptr<QTranslator> &installed(int which)
{
    static std::unique_ptr<QTranslator> translators[2]; // Veil's, Qt's
    return translators[which];
}

bool install(int which, const QString &file, const QString &dir)
{
    if (auto &old = installed(which)) {
        QCoreApplication::removeTranslator(old.get());
        old.reset();
    }
    auto t = std::make_unique<QTranslator>();
    if (!t->load(file, dir))
        return false;
    QCoreApplication::installTranslator(t.get());
    installed(which) = std::move(t);
    return true;
}

} // namespace

QList<UiLanguage> uiLanguages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("it"), QStringLiteral("Italiano")},
            {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
            {QStringLiteral("nl"), QStringLiteral("Nederlands")}};
}

QString chosenUiLanguage()
{
    const QString code = QSettings().value(QLatin1String(kSettingsKey)).toString();
    for (const UiLanguage &l : uiLanguages())
        if (l.code == code)
            return code;
    return {};
}

void setChosenUiLanguage(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(QLatin1String(kSettingsKey));
    else
        QSettings().setValue(QLatin1String(kSettingsKey), code);
}

QString effectiveUiLanguage()
{
    if (const QString chosen = chosenUiLanguage(); !chosen.isEmpty())
        return chosen;
    // The first of the user's languages Veil speaks: pt_BR before pt, then the language alone.
    for (QString wanted : QLocale().uiLanguages()) {
        wanted.replace(QLatin1Char('-'), QLatin1Char('_'));
        for (const UiLanguage &l : uiLanguages())
            if (wanted.compare(l.code, Qt::CaseInsensitive) == 0)
                return l.code;
        const QString base = wanted.section(QLatin1Char('_'), 0, 0);
        for (const UiLanguage &l : uiLanguages())
            if (l.code.section(QLatin1Char('_'), 0, 0).compare(base, Qt::CaseInsensitive) == 0)
                return l.code;
    }
    return QStringLiteral("en");
}

bool installUiTranslators(const QString &code, const QString &qmDir)
{
    if (code == QLatin1String("en")) {
        for (int which : {0, 1})
            if (auto &old = installed(which)) {
                QCoreApplication::removeTranslator(old.get());
                old.reset();
            }
        return true;
    }
    const bool veil = install(0, QStringLiteral("veil_") + code, qmDir);
    const bool qt = install(1, QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return veil && qt;
}

} // namespace veil
