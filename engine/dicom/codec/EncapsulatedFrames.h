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

// Whether every RLE frame's segment table (PS3.5 G.3.1) is sound: 1 to 15
// segments, the first at byte 64, each after the one before and inside the
// frame. DCMTK 3.6.7's RLE decoder reads from where a segment offset points
// unchecked (found by fuzz_open: a wild read, the process ends).
Status rleSegmentTablesSound(DcmDataset &dataset, int numberOfFrames);

// Decoded frames put in as native pixel data, replacing what was there:
// little-endian 16-bit words when `sixteenBit`, bytes otherwise.
void putNativePixelData(DcmDataset &dataset, const char *pixels, qsizetype bytes, bool sixteenBit);

} // namespace veil
