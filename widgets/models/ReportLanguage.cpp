#include "widgets/models/ReportLanguage.h"

#include <QCoreApplication>
#include <QTranslator>

namespace veil {
namespace {

thread_local const QTranslator *t_language = nullptr;

} // namespace

ReportLanguageScope::ReportLanguageScope(const QTranslator *language) : m_previous(t_language)
{
    if (language)
        t_language = language;
}

ReportLanguageScope::~ReportLanguageScope()
{
    t_language = m_previous;
}

QString reportText(const char *context, const char *source, int n)
{
    if (!t_language)
        return QCoreApplication::translate(context, source, nullptr, n);
    QString text = t_language->translate(context, source, nullptr, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QStringLiteral("%n"), QString::number(n));
    return text;
}

} // namespace veil
