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
