#pragma once

#include "engine/core/Result.h"

#include <QByteArray>
#include <QList>
#include <QRect>

namespace veil {

// Redacts a baseline (8-bit) JPEG frame in the DCT domain: every 8x8 block
// that touches a mask becomes flat and dark (neutral chroma); all other
// blocks keep their coefficients, so the rest of the image is not
// recompressed and loses nothing more. libjpeg's coefficient API.
Result<QByteArray> redactJpegBlocks(const QByteArray &jpeg, const QList<QRect> &masks);

} // namespace veil
