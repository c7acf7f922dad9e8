#pragma once

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
    virtual bool renderFrame(int frame, DisplayFrame &out, QString *error, const RenderOptions &options = {}) = 0;
    virtual bool decodeValues(int frame, ValueFrame &out, QString *error) = 0;
};

} // namespace veil
