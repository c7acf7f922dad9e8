#include "engine/export/RiskAnalysis.h"

#include <QSet>

#include <algorithm>

namespace veil {
namespace {

const QStringList kOrder = {QStringLiteral("age"),      QStringLiteral("sex"),     QStringLiteral("year"),
                            QStringLiteral("modality"), QStringLiteral("device"),  QStringLiteral("institution"),
                            QStringLiteral("bodyPart"), QStringLiteral("protocol")};

QString keyOf(const QHash<QString, QString> &r, const QStringList &qis)
{
    QStringList parts;
    for (const QString &q : qis)
        parts << r.value(q);
    return parts.join(QChar(0x1f));
}

int smallestK(const QHash<QString, QHash<QString, QString>> &records, const QStringList &qis)
{
    QHash<QString, int> classes;
    for (const auto &r : records)
        ++classes[keyOf(r, qis)];
    int k = records.isEmpty() ? 0 : INT_MAX;
    for (int n : classes)
        k = std::min(k, n);
    return k;
}

} // namespace

QString ageBand(const QString &as)
{
    bool ok = false;
    const int years = as.left(3).toInt(&ok);
    if (!ok || !as.endsWith(QLatin1Char('Y')))
        return as.isEmpty() ? QString() : QStringLiteral("under 1");
    if (years >= 90)
        return QStringLiteral("90+");
    return QStringLiteral("%1-%2").arg(years / 10 * 10).arg(years / 10 * 10 + 9);
}

RiskFigures analyseRisk(const QHash<QString, QHash<QString, QString>> &records)
{
    RiskFigures f;
    f.records = int(records.size());
    for (const QString &q : kOrder)
        for (const auto &r : records)
            if (r.contains(q)) {
                f.quasiIdentifiers << q;
                break;
            }
    if (records.isEmpty())
        return f;
    QHash<QString, int> classes;
    for (const auto &r : records)
        ++classes[keyOf(r, f.quasiIdentifiers)];
    f.smallestK = smallestK(records, f.quasiIdentifiers);
    for (auto it = records.cbegin(); it != records.cend(); ++it) {
        const int k = classes.value(keyOf(*it, f.quasiIdentifiers));
        if (k < 5)
            f.atRisk << RiskFigures::Record{it.key(), k};
    }
    std::sort(f.atRisk.begin(), f.atRisk.end(),
              [](const auto &a, const auto &b) { return a.k != b.k ? a.k < b.k : a.pseudonym < b.pseudonym; });
    if (f.smallestK >= 5)
        return f;
    // What each quasi-identifier costs: k if it were left out (or generalised away).
    QList<QPair<int, QString>> gains;
    for (const QString &q : f.quasiIdentifiers) {
        QStringList others = f.quasiIdentifiers;
        others.removeAll(q);
        gains << qMakePair(smallestK(records, others), q);
    }
    std::sort(gains.begin(), gains.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &g : gains)
        if (g.first > f.smallestK)
            f.advice << RiskFigures::Advice{g.second, g.first};
    if (f.records < 5)
        f.advice << RiskFigures::Advice{QString(), f.records};
    return f;
}

QString adviceText(const RiskFigures::Advice &a)
{
    if (a.quasiIdentifier.isEmpty())
        return QStringLiteral("only %1 patient(s) in the package: k cannot reach 5 whatever is generalised").arg(a.k);
    return QStringLiteral("generalise or remove %1: smallest k becomes %2").arg(a.quasiIdentifier).arg(a.k);
}

} // namespace veil
