#pragma once

#include <QString>

namespace veil {

enum class PixelCodec {
    Dcmtk,       // native or a codec registered with DCMTK (JPEG, RLE)
    OpenJpeg,    // JPEG 2000 and HTJ2K, decoded frame by frame with OpenJPEG
    CharLs,      // JPEG-LS, decoded frame by frame with CharLS 2 (not DCMTK's bundled CharLS 1)
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
