#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace veil {

// k-anonymity over the quasi-identifiers left in a package, one record per
// pseudonymous patient (a patient with several studies counts once, with
// the union of their values).
struct RiskFigures
{
    int records = 0;
    int smallestK = 0;
    QStringList quasiIdentifiers; // the ones present in the package
    struct Record
    {
        QString pseudonym;
        int k = 0;
    };
    QList<Record> atRisk; // k < 5
    QStringList advice;   // what to generalise to raise k
};

// `records`: pseudonym -> quasi-identifier name -> value.
RiskFigures analyseRisk(const QHash<QString, QHash<QString, QString>> &records);

// 10-year age bands ("040Y" -> "40-49"), so the advice can say what a band gives.
QString ageBand(const QString &as);

} // namespace veil
