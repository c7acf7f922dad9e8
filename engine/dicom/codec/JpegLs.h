#pragma once

#include "engine/core/Result.h"
#include "engine/dicom/DicomTypes.h"

#include <QByteArray>

namespace veil {

// One JPEG-LS frame (lossless or near-lossless) decoded with CharLS 2, in
// DICOM's native layout: samples of 1 or 2 bytes (little endian), the
// planes one after another when the stream interleaves nothing. DCMTK's own
// JPEG-LS decoder (CharLS 1, bundled) ends the process on an assertion with
// some corrupt streams; CharLS 2 reports an error instead. The stream must
// match the header: size, samples, and at most its bits.
struct JpegLsFrame
{
    QByteArray pixels;
    bool planar = false; // PlanarConfiguration 1
};

Result<JpegLsFrame> decodeJpegLs(const QByteArray &stream, const InstanceInfo &info);

} // namespace veil
