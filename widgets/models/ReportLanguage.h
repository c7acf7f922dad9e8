#pragma once

#include <QString>

class QTranslator;

namespace veil {

// The share report and agreement are written in the language chosen in the
// export dialog, which may differ from the GUI's. While a scope is alive on
// this thread, reportText() translates with its translator alone (one that
// loaded nothing gives English); outside any scope, with the application's.
// A scope of nullptr keeps the language of the scope around it.
class ReportLanguageScope
{
public:
    explicit ReportLanguageScope(const QTranslator *language);
    ~ReportLanguageScope();
    ReportLanguageScope(const ReportLanguageScope &) = delete;
    ReportLanguageScope &operator=(const ReportLanguageScope &) = delete;

private:
    const QTranslator *m_previous;
};

// `source` as marked with QT_TRANSLATE_NOOP(context, ...); %n is replaced by n.
QString reportText(const char *context, const char *source, int n = -1);

} // namespace veil
