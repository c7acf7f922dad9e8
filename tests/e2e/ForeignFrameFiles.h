#pragma once

// Images in syntaxes DCMTK 3.6.7 does not know, made at run time (tests and
// fuzzing seeds): Deflated Image Frame Compression and JPEG XL lossless.

#include "HostileFiles.h"

#include <jxl/encode.h>
#include <zlib.h>

namespace veil::test {

constexpr const char *kDeflatedFrames = "1.2.840.10008.1.2.8.1";
constexpr const char *kJpegXlLossless = "1.2.840.10008.1.2.4.110";

using hostile::rawDeflate;

// One item of encapsulated pixel data.
inline QByteArray item(const QByteArray &bytes)
{
    QByteArray padded = bytes;
    if (padded.size() % 2)
        padded.append('\0');
    return hostile::le16(0xfffe) + hostile::le16(0xe000) + hostile::le32(quint32(padded.size())) + padded;
}

// `i`'s header with `frames` as encapsulated pixel data (an empty offset table) in `syntax`.
inline QByteArray encapsulatedImage(hostile::Image i, const QList<QByteArray> &frames, const char *syntax)
{
    i.frames = int(frames.size());
    QByteArray encapsulated = item({});
    for (const QByteArray &f : frames)
        encapsulated += item(f);
    encapsulated += hostile::le16(0xfffe) + hostile::le16(0xe0dd) + hostile::le32(0);
    return hostile::part10(
        hostile::imageHeader(i) + hostile::element(0x7fe0, 0x0010, "OB", {}, 0xffffffff) + encapsulated, syntax);
}

// Lossless JPEG XL of one frame (grey or RGB, `bits` stored in 8 or 16).
// libjxl takes samples over the full range of their type: scaled up first.
inline QByteArray jpegXlLossless(QByteArray pixels, int width, int height, int channels, int bits)
{
    if (bits > 8 && bits < 16) {
        auto *words = reinterpret_cast<quint16 *>(pixels.data());
        for (qsizetype i = 0; i < pixels.size() / 2; ++i)
            words[i] = quint16(qRound(words[i] * 65535.0 / double((1 << bits) - 1)));
    }
    JxlEncoder *enc = JxlEncoderCreate(nullptr);
    JxlBasicInfo info;
    JxlEncoderInitBasicInfo(&info);
    info.xsize = uint32_t(width);
    info.ysize = uint32_t(height);
    info.bits_per_sample = uint32_t(bits);
    info.num_color_channels = uint32_t(channels);
    info.uses_original_profile = JXL_TRUE;
    JxlEncoderSetBasicInfo(enc, &info);
    JxlColorEncoding colour;
    JxlColorEncodingSetToSRGB(&colour, channels == 1);
    JxlEncoderSetColorEncoding(enc, &colour);
    JxlEncoderFrameSettings *settings = JxlEncoderFrameSettingsCreate(enc, nullptr);
    JxlEncoderSetFrameLossless(settings, JXL_TRUE);
    const JxlPixelFormat format{uint32_t(channels), bits > 8 ? JXL_TYPE_UINT16 : JXL_TYPE_UINT8, JXL_LITTLE_ENDIAN, 0};
    JxlEncoderAddImageFrame(settings, &format, pixels.constData(), size_t(pixels.size()));
    JxlEncoderCloseInput(enc);
    QByteArray out(1 << 16, Qt::Uninitialized);
    uint8_t *next = reinterpret_cast<uint8_t *>(out.data());
    size_t avail = size_t(out.size());
    while (JxlEncoderProcessOutput(enc, &next, &avail) == JXL_ENC_NEED_MORE_OUTPUT) {
        const qsizetype used = qsizetype(next - reinterpret_cast<uint8_t *>(out.data()));
        out.resize(out.size() * 2);
        next = reinterpret_cast<uint8_t *>(out.data()) + used;
        avail = size_t(out.size() - used);
    }
    out.truncate(qsizetype(next - reinterpret_cast<uint8_t *>(out.data())));
    JxlEncoderDestroy(enc);
    return out;
}

} // namespace veil::test
