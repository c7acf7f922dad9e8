#include "engine/dicom/codec/TransferSyntax.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dccodec.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <array>

namespace veil {
namespace {

struct Row
{
    const char *uid;
    const char *name;
    PixelCodec codec;
};

// Syntaxes DCMTK 3.6.7 does not know, or that Veil decodes itself.
constexpr std::array kOwnRows{
    Row{"1.2.840.10008.1.2.4.90", "JPEG 2000 Lossless", PixelCodec::OpenJpeg},
    Row{"1.2.840.10008.1.2.4.91", "JPEG 2000", PixelCodec::OpenJpeg},
    Row{"1.2.840.10008.1.2.4.92", "JPEG 2000 Part 2 Multi-component Lossless", PixelCodec::OpenJpeg},
    Row{"1.2.840.10008.1.2.4.93", "JPEG 2000 Part 2 Multi-component", PixelCodec::OpenJpeg},
    Row{"1.2.840.10008.1.2.4.201", "HTJ2K Lossless", PixelCodec::OpenJpeg},
    Row{"1.2.840.10008.1.2.4.202", "HTJ2K Lossless RPCL", PixelCodec::OpenJpeg},
    Row{"1.2.840.10008.1.2.4.203", "HTJ2K", PixelCodec::OpenJpeg},
    // DCMTK 3.6.7's bundled CharLS 1 ends the process on an assertion with
    // some corrupt near-lossless streams (found by fuzz_open); CharLS 2 says why.
    Row{"1.2.840.10008.1.2.4.80", "JPEG-LS Lossless", PixelCodec::CharLs},
    Row{"1.2.840.10008.1.2.4.81", "JPEG-LS Near-Lossless", PixelCodec::CharLs},
    // Decoded at open into native pixel data (ForeignFrames); still here for
    // the name, and for a file whose frames did not decode.
    Row{"1.2.840.10008.1.2.4.110", "JPEG XL Lossless", PixelCodec::Unsupported},
    Row{"1.2.840.10008.1.2.4.111", "JPEG XL JPEG Recompression", PixelCodec::Unsupported},
    Row{"1.2.840.10008.1.2.4.112", "JPEG XL", PixelCodec::Unsupported},
    Row{"1.2.840.10008.1.2.8.1", "Deflated Image Frame Compression", PixelCodec::Unsupported},
};

} // namespace

TransferSyntaxInfo transferSyntaxInfo(const QString &uid)
{
    TransferSyntaxInfo info;
    info.uid = uid;
    for (const Row &row : kOwnRows) {
        if (uid == QLatin1String(row.uid)) {
            info.name = QString::fromLatin1(row.name);
            info.codec = row.codec;
            info.encapsulated = true;
            return info;
        }
    }
    const QByteArray latin = uid.toLatin1();
    DcmXfer xfer(latin.constData());
    if (xfer.getXfer() == EXS_Unknown) {
        info.name = uid.isEmpty() ? QStringLiteral("(none)") : QStringLiteral("unknown");
        return info;
    }
    info.name = QString::fromLatin1(xfer.getXferName());
    info.encapsulated = xfer.isEncapsulated();
    const bool decodable =
        !info.encapsulated || DcmCodecList::canChangeCoding(xfer.getXfer(), EXS_LittleEndianExplicit);
    info.codec = decodable ? PixelCodec::Dcmtk : PixelCodec::Unsupported;
    return info;
}

} // namespace veil
