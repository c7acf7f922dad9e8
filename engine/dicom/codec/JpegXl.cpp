#include "engine/dicom/codec/JpegXl.h"

#include <jxl/decode.h>

#include <memory>

namespace veil {
namespace {

struct DecoderDeleter
{
    void operator()(JxlDecoder *d) const { JxlDecoderDestroy(d); }
};

Status checkSize(const JxlBasicInfo &info, int width, int height)
{
    if (int(info.xsize) != width || int(info.ysize) != height)
        return failure(QStringLiteral("JPEG XL frame is %1x%2, the header says %3x%4")
                           .arg(info.xsize)
                           .arg(info.ysize)
                           .arg(width)
                           .arg(height),
                       ErrorCode::Damaged);
    if (info.num_color_channels != 1 && info.num_color_channels != 3)
        return failure(QStringLiteral("JPEG XL frame with %1 colour channels").arg(info.num_color_channels),
                       ErrorCode::Unsupported);
    return {};
}

// libjxl (0.7) scales samples to the full range of the output type (a
// 12-bit 4095 comes out as 65535): back to the stream's own bits, exactly,
// as libjxl rounds.
void toStoredRange(JpegXlImage &image)
{
    const int bits = image.bitsPerSample, full = 8 * image.bytesPerSample;
    if (bits <= 0 || bits >= full)
        return;
    const double scale = double((1u << bits) - 1) / double((1u << full) - 1);
    if (image.bytesPerSample == 1) {
        for (char &c : image.pixels)
            c = char(qRound(uchar(c) * scale));
        return;
    }
    auto *words = reinterpret_cast<quint16 *>(image.pixels.data()); // little endian, as asked for
    for (qsizetype i = 0; i < image.pixels.size() / 2; ++i)
        words[i] = quint16(qRound(words[i] * scale));
}

} // namespace

Result<JpegXlImage> decodeJpegXl(const QByteArray &codestream, int width, int height)
{
    std::unique_ptr<JxlDecoder, DecoderDeleter> decoder(JxlDecoderCreate(nullptr));
    if (!decoder ||
        JxlDecoderSubscribeEvents(decoder.get(), JXL_DEC_BASIC_INFO | JXL_DEC_FULL_IMAGE) != JXL_DEC_SUCCESS ||
        JxlDecoderSetInput(decoder.get(), reinterpret_cast<const uint8_t *>(codestream.constData()),
                           size_t(codestream.size())) != JXL_DEC_SUCCESS)
        return failure(QStringLiteral("libjxl could not start"));
    JxlDecoderCloseInput(decoder.get());
    JpegXlImage image;
    JxlPixelFormat format{1, JXL_TYPE_UINT8, JXL_LITTLE_ENDIAN, 0};
    for (;;) {
        const JxlDecoderStatus status = JxlDecoderProcessInput(decoder.get());
        if (status == JXL_DEC_BASIC_INFO) {
            JxlBasicInfo info;
            if (JxlDecoderGetBasicInfo(decoder.get(), &info) != JXL_DEC_SUCCESS)
                return failure(QStringLiteral("JPEG XL header unreadable"), ErrorCode::Damaged);
            if (Status fits = checkSize(info, width, height); !fits)
                return fits.error();
            image.width = width;
            image.height = height;
            image.channels = int(info.num_color_channels);
            image.bitsPerSample = int(info.bits_per_sample);
            image.bytesPerSample = info.bits_per_sample > 8 ? 2 : 1;
            format = {uint32_t(image.channels), image.bytesPerSample == 2 ? JXL_TYPE_UINT16 : JXL_TYPE_UINT8,
                      JXL_LITTLE_ENDIAN, 0};
        } else if (status == JXL_DEC_NEED_IMAGE_OUT_BUFFER) {
            size_t size = 0;
            if (image.channels == 0 || JxlDecoderImageOutBufferSize(decoder.get(), &format, &size) != JXL_DEC_SUCCESS ||
                size != size_t(width) * size_t(height) * size_t(image.channels) * size_t(image.bytesPerSample))
                return failure(QStringLiteral("JPEG XL output of an unexpected size"), ErrorCode::Damaged);
            image.pixels = QByteArray(qsizetype(size), Qt::Uninitialized);
            if (JxlDecoderSetImageOutBuffer(decoder.get(), &format, image.pixels.data(), size) != JXL_DEC_SUCCESS)
                return failure(QStringLiteral("libjxl refused the output buffer"));
        } else if (status == JXL_DEC_FULL_IMAGE) {
            toStoredRange(image); // the first frame of the stream is the DICOM frame
            return image;
        } else if (status == JXL_DEC_SUCCESS || status == JXL_DEC_ERROR || status == JXL_DEC_NEED_MORE_INPUT) {
            return failure(QStringLiteral("JPEG XL decoding failed"), ErrorCode::Damaged);
        }
    }
}

} // namespace veil
