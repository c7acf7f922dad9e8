#pragma once

#include "engine/core/Result.h"
#include "engine/image/ImageTypes.h"

namespace veil {

// The frames of one image, as burned-in text detection reads them: its
// header fields, a frame rendered for display (a window applied), and a
// frame's stored values. engine/dicom's DicomFile provides it; engine/pixel
// needs nothing else of DICOM.
class ImageFrames
{
public:
    virtual ~ImageFrames() = default;
    virtual const InstanceInfo &info() const = 0;
    virtual Result<DisplayFrame> renderFrame(int frame, const RenderOptions &options = {}) = 0;
    virtual Result<ValueFrame> decodeValues(int frame) = 0;
};

} // namespace veil
