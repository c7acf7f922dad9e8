#pragma once

#include "engine/core/Result.h"

#include <QByteArray>

class DcmDataset;

namespace veil {

// The compressed bytes of one frame of encapsulated pixel data: its
// fragments joined. Uses one fragment per frame when the counts match, the
// Basic Offset Table when present, and JPEG / JPEG 2000 start-of-image
// markers otherwise.
Result<QByteArray> encapsulatedFrame(DcmDataset &dataset, int frame, int numberOfFrames);

} // namespace veil
