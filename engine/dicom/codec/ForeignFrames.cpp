#include "engine/dicom/codec/ForeignFrames.h"

#include "engine/dicom/DicomFile.h"
#include "engine/dicom/codec/EncapsulatedFrames.h"
#include "engine/dicom/codec/JpegXl.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <zlib.h>

#include <algorithm>

namespace veil {
namespace {

constexpr const char *kDeflatedFrames = "1.2.840.10008.1.2.8.1";
constexpr const char *kJpegXlLossless = "1.2.840.10008.1.2.4.110";
constexpr const char *kJpegXlRecompressed = "1.2.840.10008.1.2.4.111"; // a lossy JPEG, recompressed without loss
constexpr const char *kJpegXl = "1.2.840.10008.1.2.4.112";
constexpr quint64 kMaxNativeBytes = quint64(1) << 30;

// One frame's Deflate stream (RFC 1951, as PS3.5 8.2.16 says; a zlib or gzip
// header is accepted too) into exactly `expected` bytes.
Result<QByteArray> inflateFrame(const QByteArray &deflated, qsizetype expected, int frame)
{
    for (const int windowBits : {-MAX_WBITS, MAX_WBITS + 32}) {
        QByteArray out(expected, Qt::Uninitialized);
        z_stream z{};
        if (inflateInit2(&z, windowBits) != Z_OK)
            return failure(QStringLiteral("zlib could not start"));
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(deflated.constData()));
        z.avail_in = uInt(deflated.size());
        z.next_out = reinterpret_cast<Bytef *>(out.data());
        z.avail_out = uInt(out.size());
        const int rc = inflate(&z, Z_FINISH);
        const qsizetype produced = out.size() - qsizetype(z.avail_out);
        inflateEnd(&z);
        if ((rc == Z_STREAM_END || rc == Z_BUF_ERROR) && produced == expected)
            return out; // Z_BUF_ERROR: more than a frame in the stream; the frame is what counts
        if (rc == Z_STREAM_END)
            return failure(QStringLiteral("deflated frame %1 holds %2 bytes, the header says %3")
                               .arg(frame)
                               .arg(produced)
                               .arg(expected),
                           ErrorCode::Damaged);
    }
    return failure(QStringLiteral("deflated frame %1 does not inflate").arg(frame), ErrorCode::Damaged);
}

// Frames of 1-bit data that do not end on a byte: native data packs their bits one after another.
void appendBits(QByteArray &out, quint64 &bitCount, const QByteArray &frame, quint64 frameBits)
{
    if (bitCount % 8 == 0) {
        out.append(frame.constData(), qsizetype((frameBits + 7) / 8));
        bitCount += frameBits;
        if (bitCount % 8) // the next frame's bits go where this frame's padding was
            out[out.size() - 1] = char(out[out.size() - 1] & ((1 << (bitCount % 8)) - 1));
        return;
    }
    for (quint64 i = 0; i < frameBits; ++i, ++bitCount) {
        if (bitCount % 8 == 0)
            out.append('\0');
        if (frame[qsizetype(i / 8)] & (1 << (i % 8)))
            out[qsizetype(bitCount / 8)] = char(out[qsizetype(bitCount / 8)] | (1 << (bitCount % 8)));
    }
}

Result<QByteArray> inflatedFrames(DcmDataset &ds, const InstanceInfo &info)
{
    const quint64 total = nativePixelBytes(info, info.frames);
    if (total > kMaxNativeBytes)
        return failure(QStringLiteral("%1 frames of %2x%3 would decode to %4 MB")
                           .arg(info.frames)
                           .arg(info.columns)
                           .arg(info.rows)
                           .arg(total >> 20),
                       ErrorCode::TooLarge);
    // As nativePixelBytes counts them: YBR_FULL_422 stores two samples per pixel.
    const quint64 samples =
        info.photometric == QLatin1String("YBR_FULL_422") ? 2 : quint64(std::max(1, info.samplesPerPixel));
    const quint64 frameBits = quint64(info.rows) * quint64(info.columns) * samples * quint64(info.bitsAllocated);
    QByteArray native;
    native.reserve(qsizetype(total + 1));
    quint64 bits = 0;
    for (int f = 0; f < info.frames; ++f) {
        Result<QByteArray> deflated = encapsulatedFrame(ds, f, info.frames);
        if (!deflated)
            return deflated.error();
        Result<QByteArray> frame = inflateFrame(*deflated, qsizetype((frameBits + 7) / 8), f);
        if (!frame)
            return frame.error();
        appendBits(native, bits, *frame, frameBits);
    }
    return native;
}

// How decoded JPEG XL frames are laid out; the pixel module is rewritten to say so.
struct Layout
{
    int channels = 1;
    int bytesPerSample = 1;
    int bitsStored = 8;
};

Result<QByteArray> jpegXlFrames(DcmDataset &ds, const InstanceInfo &info, Layout *layout)
{
    const quint64 worst = quint64(info.rows) * quint64(info.columns) * 3 * 2 * quint64(info.frames);
    if (worst > kMaxNativeBytes)
        return failure(QStringLiteral("%1 frames of %2x%3 could decode to %4 MB")
                           .arg(info.frames)
                           .arg(info.columns)
                           .arg(info.rows)
                           .arg(worst >> 20),
                       ErrorCode::TooLarge);
    QByteArray native;
    for (int f = 0; f < info.frames; ++f) {
        Result<QByteArray> stream = encapsulatedFrame(ds, f, info.frames);
        if (!stream)
            return stream.error();
        Result<JpegXlImage> image = decodeJpegXl(*stream, info.columns, info.rows);
        if (!image)
            return failure(QStringLiteral("frame %1: %2").arg(f).arg(image.message()), image.code());
        if (f == 0)
            *layout = {image->channels, image->bytesPerSample, image->bitsPerSample};
        else if (image->channels != layout->channels || image->bytesPerSample != layout->bytesPerSample)
            return failure(QStringLiteral("JPEG XL frame %1 differs in layout from frame 0").arg(f),
                           ErrorCode::Damaged);
        native += image->pixels;
    }
    return native;
}

// The pixel module of what jpegXlFrames gave; a lossy origin stays marked lossy.
void describeJpegXl(DcmDataset &ds, const InstanceInfo &info, const Layout &layout)
{
    ds.putAndInsertUint16(DCM_SamplesPerPixel, Uint16(layout.channels));
    if (layout.channels == 3) {
        ds.putAndInsertString(DCM_PhotometricInterpretation, "RGB");
        ds.putAndInsertUint16(DCM_PlanarConfiguration, 0);
    } else if (!info.photometric.startsWith(QLatin1String("MONOCHROME"))) {
        ds.putAndInsertString(DCM_PhotometricInterpretation, "MONOCHROME2");
    }
    const int allocated = 8 * layout.bytesPerSample;
    const int stored = std::clamp(layout.bitsStored, 1, allocated);
    ds.putAndInsertUint16(DCM_BitsAllocated, Uint16(allocated));
    ds.putAndInsertUint16(DCM_BitsStored, Uint16(stored));
    ds.putAndInsertUint16(DCM_HighBit, Uint16(stored - 1));
    ds.putAndInsertUint16(DCM_PixelRepresentation, 0);
    if (info.transferSyntaxUid != QLatin1String(kJpegXlLossless))
        ds.putAndInsertString(DCM_LossyImageCompression, "01");
}

} // namespace

bool decodedAtOpen(const QString &transferSyntaxUid)
{
    for (const char *uid : {kDeflatedFrames, kJpegXlLossless, kJpegXlRecompressed, kJpegXl})
        if (transferSyntaxUid == QLatin1String(uid))
            return true;
    return false;
}

Status decodeForeignFrames(DcmFileFormat &file, const InstanceInfo &info)
{
    DcmDataset &ds = *file.getDataset();
    if (!info.hasPixelData || info.frames < 1 || info.rows < 1 || info.columns < 1 || info.bitsAllocated < 1)
        return failure(QStringLiteral("no image to decode"), ErrorCode::Damaged);
    const bool deflated = info.transferSyntaxUid == QLatin1String(kDeflatedFrames);
    Layout layout;
    Result<QByteArray> native = deflated ? inflatedFrames(ds, info) : jpegXlFrames(ds, info, &layout);
    if (!native)
        return native.error();
    const int bitsAllocated = deflated ? info.bitsAllocated : 8 * layout.bytesPerSample;
    if (native->size() % 2)
        native->append('\0');
    auto *pixels = new DcmPixelData(DCM_PixelData);
    OFCondition put;
    if (bitsAllocated > 8) {
        pixels->setVR(EVR_OW);
        put = pixels->putUint16Array(reinterpret_cast<const Uint16 *>(native->constData()),
                                     static_cast<unsigned long>(native->size() / 2));
    } else {
        pixels->setVR(EVR_OB);
        put = pixels->putUint8Array(reinterpret_cast<const Uint8 *>(native->constData()),
                                    static_cast<unsigned long>(native->size()));
    }
    if (put.bad() || ds.insert(pixels, true).bad()) {
        delete pixels;
        return failure(QStringLiteral("cannot hold the decoded pixel data"));
    }
    if (!deflated)
        describeJpegXl(ds, info, layout);
    ds.updateOriginalXfer();
    file.getMetaInfo()->putAndInsertString(DCM_TransferSyntaxUID, UID_LittleEndianExplicitTransferSyntax);
    return {};
}

} // namespace veil
