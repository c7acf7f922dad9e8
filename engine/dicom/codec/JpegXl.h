#pragma once

#include "engine/core/Result.h"

#include <QByteArray>

namespace veil {

// One decoded JPEG XL code stream (libjxl, one thread): samples interleaved
// (grey, or RGB: a JPEG recompressed into JPEG XL comes out as RGB), 8 bits
// a sample when the stream holds at most 8, else 16 (little endian).
struct JpegXlImage
{
    int width = 0;
    int height = 0;
    int channels = 0;
    int bitsPerSample = 0; // as the stream says
    int bytesPerSample = 1;
    QByteArray pixels;
};

// `width` x `height`: what the DICOM header says; a stream of another size
// is refused before its pixels are allocated.
Result<JpegXlImage> decodeJpegXl(const QByteArray &codestream, int width, int height);

} // namespace veil
