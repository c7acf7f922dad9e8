#include "widgets/models/EngineText.h"

#include "widgets/models/ReportLanguage.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace veil {

QString gateReasonText(const QString &reason)
{
    return reportText("veil::ExportGate", reason.toUtf8().constData());
}

QString quasiIdentifierName(const QString &key)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("age"), QT_TRANSLATE_NOOP("veil::Risk", "age")},
        {QStringLiteral("sex"), QT_TRANSLATE_NOOP("veil::Risk", "sex")},
        {QStringLiteral("year"), QT_TRANSLATE_NOOP("veil::Risk", "study year")},
        {QStringLiteral("modality"), QT_TRANSLATE_NOOP("veil::Risk", "modality")},
        {QStringLiteral("device"), QT_TRANSLATE_NOOP("veil::Risk", "device")},
        {QStringLiteral("institution"), QT_TRANSLATE_NOOP("veil::Risk", "institution")},
        {QStringLiteral("bodyPart"), QT_TRANSLATE_NOOP("veil::Risk", "body part")},
        {QStringLiteral("protocol"), QT_TRANSLATE_NOOP("veil::Risk", "protocol")}};
    const char *name = names.value(key);
    return name ? reportText("veil::Risk", name) : key;
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
        return reportText("veil::Risk",
                          QT_TRANSLATE_N_NOOP("veil::Risk", "only %n patient(s) in the package: k cannot reach 5 "
                                                            "whatever is generalised"),
                          a.k);
    return reportText("veil::Risk", QT_TRANSLATE_NOOP("veil::Risk", "generalise or remove %1: smallest k becomes %2"))
        .arg(quasiIdentifierName(a.quasiIdentifier))
        .arg(a.k);
}

} // namespace veil
