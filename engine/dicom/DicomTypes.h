#pragma once

#include "engine/image/ImageTypes.h"

#include <QString>

namespace veil {

// Why an input was not read as an instance.
struct SkippedInput
{
    QString path;
    QString reason; // short, fixed vocabulary: "not DICOM", "gzip file", ...
    // A named input, a file a DICOMDIR references or an archive that is not
    // there or cannot be read: counts as a failure (exit code 1), unlike a
    // file that is simply not DICOM.
    bool failure = false;
};

} // namespace veil
