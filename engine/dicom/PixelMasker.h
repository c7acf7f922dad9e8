#pragma once

#include "engine/core/Result.h"

#include <QList>
#include <QRect>
#include <QString>

#include <functional>

class DcmDataset;

namespace veil {

struct InstanceInfo;

struct MaskOutcome
{
    bool decompressed = false; // encapsulated pixel data was decoded (write explicit VR little endian)
    int pixelsMasked = 0;
};

// Overwrites the masked rectangles of each frame in the native pixel data
// with the darkest value of its photometric interpretation (MONOCHROME1/2,
// signed, RGB, YBR_FULL(_422), palette, planar 0/1, 1-32 bits). Compressed
// pixel data is decoded first (DCMTK codecs or OpenJPEG); lossy sources keep
// Lossy Image Compression = 01. Never paints over a rendered copy.
Result<MaskOutcome> maskPixels(DcmDataset &dataset, const InstanceInfo &info,
                               const std::function<QList<QRect>(int frame)> &masksOf);

} // namespace veil
