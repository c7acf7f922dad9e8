#pragma once

#include "engine/dicom/DicomTypes.h"

#include <QImage>

namespace veil {

// A deep-copied QImage of a display frame (8-bit grey or RGB888).
// Header-only so that veil-cli can use it with Qt Gui alone.
inline QImage toQImage(const DisplayFrame &frame)
{
    if (frame.isNull())
        return {};
    const QImage::Format format = frame.channels == 3 ? QImage::Format_RGB888 : QImage::Format_Grayscale8;
    const QImage view(reinterpret_cast<const uchar *>(frame.pixels.constData()), frame.width, frame.height,
                      qsizetype(frame.width) * frame.channels, format);
    return view.copy();
}

} // namespace veil
