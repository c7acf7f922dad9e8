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
// (links followed only where they stay inside the folder opened; loops
// guarded), DICOMDIR files (plus the files they reference, inside their
// folder), zip archives (their entries, read in memory later; names that are
// absolute or climb with .. refused). Files are not parsed here beyond their
// first bytes.
ScanResult scanInputs(const QStringList &paths, JobContext &job);

struct DicomDirReferences
{
    QStringList files;   // found
    QStringList missing; // referenced but not there
    QStringList outside; // file IDs that climb out of the DICOMDIR's folder (.., absolute, links): not read
};

// The files a DICOMDIR references, resolved against its folder (case-
// insensitively, as media written on other systems need), never outside it.
Result<DicomDirReferences> dicomDirReferences(const QString &dicomDirPath);

} // namespace veil
