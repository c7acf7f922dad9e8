#include "models/EngineText.h"

#include <QCoreApplication>
#include <QStringList>

namespace veil {

QString gateReasonText(const QString &reason)
{
    return QCoreApplication::translate("veil::ExportGate", reason.toUtf8().constData());
}

QString quasiIdentifierName(const QString &key)
{
    if (key == QLatin1String("age"))
        return QCoreApplication::translate("veil::Risk", "age");
    if (key == QLatin1String("sex"))
        return QCoreApplication::translate("veil::Risk", "sex");
    if (key == QLatin1String("year"))
        return QCoreApplication::translate("veil::Risk", "study year");
    if (key == QLatin1String("modality"))
        return QCoreApplication::translate("veil::Risk", "modality");
    if (key == QLatin1String("device"))
        return QCoreApplication::translate("veil::Risk", "device");
    if (key == QLatin1String("institution"))
        return QCoreApplication::translate("veil::Risk", "institution");
    if (key == QLatin1String("bodyPart"))
        return QCoreApplication::translate("veil::Risk", "body part");
    if (key == QLatin1String("protocol"))
        return QCoreApplication::translate("veil::Risk", "protocol");
    return key;
}

QString quasiIdentifierList(const QStringList &keys)
{
    QStringList names;
    for (const QString &k : keys)
        names << quasiIdentifierName(k);
    return names.join(QStringLiteral(", "));
}

QString riskAdviceText(const RiskFigures::Advice &a)
{
    if (a.quasiIdentifier.isEmpty())
        return QCoreApplication::translate("veil::Risk",
                                           "only %n patient(s) in the package: k cannot reach 5 whatever is "
                                           "generalised",
                                           nullptr, a.k);
    return QCoreApplication::translate("veil::Risk", "generalise or remove %1: smallest k becomes %2")
        .arg(quasiIdentifierName(a.quasiIdentifier))
        .arg(a.k);
}

} // namespace veil
