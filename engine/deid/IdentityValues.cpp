#include "engine/deid/IdentityValues.h"

#include <QDate>
#include <QLocale>

namespace veil {

QStringList dateSpellings(const QString &da)
{
    QStringList out;
    const QDate d = QDate::fromString(da.trimmed().left(8), QStringLiteral("yyyyMMdd"));
    if (!d.isValid())
        return out;
    const QLocale c = QLocale::c();
    for (const char *format :
         {"yyyyMMdd", "yyyy-MM-dd", "yyyy/MM/dd", "yyyy.MM.dd", "MM/dd/yyyy", "dd/MM/yyyy", "dd.MM.yyyy", "M/d/yyyy",
          "d/M/yyyy", "dd-MM-yyyy", "MM-dd-yyyy", "d MMM yyyy", "dd MMM yyyy", "MMM d, yyyy", "d MMMM yyyy",
          "MMMM d, yyyy", "MM/dd/yy", "dd/MM/yy", "ddMMMyyyy"})
        out << c.toString(d, QString::fromLatin1(format));
    return out;
}

} // namespace veil
