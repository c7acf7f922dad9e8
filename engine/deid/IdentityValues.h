#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace veil {

// The identifying values of one object, read from its header before
// anything changes: what free text (descriptors, SR) and burned-in pixel
// text are checked against. `source` names the attribute, for provenance.
struct IdentityValues
{
    struct Value
    {
        QString text;
        QString source; // e.g. "(0010,0010) Patient's Name"
    };
    QList<Value> names;   // PN values
    QList<Value> ids;     // IDs, accession, phone numbers, serial numbers
    QList<Value> dates;   // DA values (YYYYMMDD)
    QList<Value> phrases; // institution, addresses
};

// The ways people write a DICOM date (DA) in text and on screens:
// 19510829, 1951-08-29, 08/29/1951, 29.08.1951, 29 Aug 1951, ...
QStringList dateSpellings(const QString &da);

} // namespace veil
