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
    // What to generalise to raise k: leaving out `quasiIdentifier` gives
    // smallest k = `k`; an empty one: only `k` patients, k cannot reach 5.
    struct Advice
    {
        QString quasiIdentifier;
        int k = 0;
    };
    QList<Advice> advice;
};

// The advice in English (CLI, logs); the GUI words it in the user's language.
QString adviceText(const RiskFigures::Advice &a);

// `records`: pseudonym -> quasi-identifier name -> value.
RiskFigures analyseRisk(const QHash<QString, QHash<QString, QString>> &records);

// 10-year age bands ("040Y" -> "40-49"), so the advice can say what a band gives.
QString ageBand(const QString &as);

} // namespace veil
