#pragma once

#include "engine/core/Result.h"

#include <QString>
#include <QStringList>

namespace veil {

// Writes <folder>/DICOMDIR (General Purpose profile, transfer syntax and
// encoding checks relaxed: the files keep the syntax export chose) for
// `files`, paths relative to the folder in DICOM file-ID form (components of
// up to 8 characters A-Z, 0-9, _; no extension).
Status writeDicomDir(const QString &folder, const QStringList &files);

// The file ID of instance `index` of series/study/patient numbers, e.g. "DICOM/P0000001/S0000001/E0000001/I0000001".
QString dicomDirFileId(int patient, int study, int series, int instance);

} // namespace veil
