#pragma once

#include <QHash>
#include <QString>

namespace veil {

// The quasi-identifiers left in a (de-identified) file, for the
// re-identification risk figures: "age", "sex", "year" (of the study date),
// "modality", "device" (manufacturer and model), "institution", "bodyPart",
// "protocol". Empty values are left out.
QHash<QString, QString> readQuasiIdentifiers(const QString &path);

// Every text value of a file's header, sequences included (for export's
// last check that no original identifier survived anywhere).
QStringList headerTexts(const QString &path);

} // namespace veil

#include "dicom/Deidentifier.h"

namespace veil {

// The same, for what de-identification would leave of an original (done in
// memory; nothing written): the export dialog's risk figures before export.
QHash<QString, QString> quasiIdentifiersAfter(const InputItem &original, const DeidSettings &settings);

} // namespace veil
