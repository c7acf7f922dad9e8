#pragma once

#include "engine/core/Result.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace veil {

// Where a share package goes. The export writes into a local staging folder
// the target provides, then asks the target to publish the files at once:
// a folder is renamed into place, a zip is written and renamed into place;
// a PACS target (C-STORE, with the network issue) will send the DICOM files
// from the staging folder and keep the rest beside the export record.
// A target never replaces something that exists, and after discard()
// nothing of a failed or cancelled export is left.
class ExportTarget
{
public:
    virtual ~ExportTarget() = default;

    // A folder, or a *.zip file.
    static std::unique_ptr<ExportTarget> forPath(const QString &path);

    virtual QString location() const = 0;    // for the export record
    virtual QString packageName() const = 0; // the package's own name (no extension)
    // Before anything is written: the place is free, writable, with room for `bytes` of DICOM output.
    virtual Status check(qint64 bytes) const = 0;
    virtual Status prepare() = 0;                         // creates the staging folder (and clears stale ones)
    virtual QString stagingFolder() const = 0;            // where the export writes
    virtual Status publish(const QStringList &files) = 0; // `files` relative to the staging folder
    virtual void discard() = 0;                           // removes the staging folder
};

} // namespace veil
