#pragma once

#include "engine/core/Result.h"

#include <QByteArray>

#include <vector>

namespace veil {

// One decoded JPEG 2000 (or HTJ2K) code stream: components stored one after
// the other, each width*height samples. Inverse colour transforms (RCT/ICT)
// marked in the code stream are already applied by OpenJPEG.
struct Jpeg2000Image
{
    int width = 0;
    int height = 0;
    int components = 0;
    int precision = 0;
    bool isSigned = false;
    std::vector<qint32> samples;
};

// `expectedSamples`: rows x columns x samples per pixel of the DICOM frame; a
// code stream that claims more is refused before anything is allocated for it.
Result<Jpeg2000Image> decodeJpeg2000(const QByteArray &codestream, qint64 expectedSamples = 0);

} // namespace veil
