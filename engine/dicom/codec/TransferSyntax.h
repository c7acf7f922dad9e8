#pragma once

#include <QString>

namespace veil {

enum class PixelCodec {
    Dcmtk,       // native or a codec registered with DCMTK (JPEG, JPEG-LS, RLE)
    OpenJpeg,    // JPEG 2000 and HTJ2K, decoded frame by frame with OpenJPEG
    Unsupported, // MPEG, JPEG XL, JPIP, unknown
};

struct TransferSyntaxInfo
{
    QString uid;
    QString name;
    PixelCodec codec = PixelCodec::Unsupported;
    bool encapsulated = false;
};

TransferSyntaxInfo transferSyntaxInfo(const QString &uid);

} // namespace veil
