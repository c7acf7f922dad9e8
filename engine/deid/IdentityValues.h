#pragma once

#include <QList>
#include <QString>

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

} // namespace veil
