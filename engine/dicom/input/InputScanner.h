#pragma once

#include "engine/core/Result.h"
#include "engine/dicom/DicomTypes.h"

namespace veil {

class JobContext;

struct ScanResult
{
    QList<InputItem> items;      // candidates to open, in a stable order, no duplicates
    QList<SkippedInput> skipped; // what was passed over, with the reason
};

// Expands what the user opened into the things to read: folders recursively
// (symlink loops guarded), DICOMDIR files (plus the files they reference),
// zip archives (their entries, read in memory later). Files are not parsed
// here beyond their first bytes.
ScanResult scanInputs(const QStringList &paths, JobContext &job);

struct DicomDirReferences
{
    QStringList files;   // found
    QStringList missing; // referenced but not there
};

// The files a DICOMDIR references, resolved against its folder (case-
// insensitively, as media written on other systems need).
Result<DicomDirReferences> dicomDirReferences(const QString &dicomDirPath);

} // namespace veil
