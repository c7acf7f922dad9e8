#pragma once

#include <QHash>
#include <QString>

namespace veil {

// The quasi-identifiers left in a (de-identified) file, for the
// re-identification risk figures: "age", "sex", "year" (of the study date),
// "modality", "device" (manufacturer and model), "institution", "bodyPart",
// "protocol". Empty values are left out.
QHash<QString, QString> readQuasiIdentifiers(const QString &path);

// What a person calls a series: its number and description, as they are in
// the (de-identified) file at `path`; number 0 when it has none.
struct SeriesLabel
{
    int number = 0;
    QString description;
};
SeriesLabel readSeriesLabel(const QString &path);

// One text value of a header, with the attribute it stands in.
struct HeaderElement
{
    quint32 tag = 0;
    QString name; // "Operators' Name (0008,1070)"; nested: "... Sequence (gggg,eeee) > Name (gggg,eeee)"
    QString vr;   // "PN", "UI", ...
    QString text;
};

// Every text value of a file's header (meta header and dataset, sequences
// included), named, for export's last check that no original identifier
// survived anywhere; `readable` is false when the file cannot be read.
QList<HeaderElement> headerElements(const QString &path, bool *readable);

// "Operators' Name (0008,1070)": the standard's name (Table E.1-1, else the
// data dictionary's keyword, "private" for private tags) and the tag.
QString attributeName(quint32 tag);

} // namespace veil

#include "engine/dicom/deid/Deidentifier.h"

namespace veil {

// The same, for what de-identification would leave of an original (done in
// memory; nothing written): the export dialog's risk figures before export.
QHash<QString, QString> quasiIdentifiersAfter(const InputItem &original, const DeidSettings &settings);

// The original values of the UIDs the profile replaces (action U: study,
// series, instance, frame of reference ...), for the last check that none
// of them is still in an output. Well-known UIDs (SOP classes, coding
// schemes) are not among them.
QStringList replacedUidsOf(const InputItem &original);

} // namespace veil
