#include "engine/dicom/codec/JpegLs.h"

#include <charls/charls.h>

#include <dlfcn.h>

#include <algorithm>
#include <memory>
#include <type_traits>

namespace veil {
namespace {

// CharLS 2 is loaded on its own (RTLD_LOCAL): it exports the same legacy
// names as DCMTK's bundled CharLS 1 (JpegLsEncode...), and linked into the
// process it took DCMTK's calls, which then crashed in the encoder.
struct CharLs
{
    decltype(&charls_jpegls_decoder_create) create = nullptr;
    decltype(&charls_jpegls_decoder_destroy) destroy = nullptr;
    decltype(&charls_jpegls_decoder_set_source_buffer) setSource = nullptr;
    decltype(&charls_jpegls_decoder_read_header) readHeader = nullptr;
    decltype(&charls_jpegls_decoder_get_frame_info) frameInfo = nullptr;
    decltype(&charls_jpegls_decoder_get_interleave_mode) interleaveMode = nullptr;
    decltype(&charls_jpegls_decoder_get_destination_size) destinationSize = nullptr;
    decltype(&charls_jpegls_decoder_decode_to_buffer) decode = nullptr;
    decltype(&charls_get_error_message) message = nullptr;
    bool loaded() const
    {
        return create && destroy && setSource && readHeader && frameInfo && interleaveMode && destinationSize &&
               decode && message;
    }
};

const CharLs &charLs()
{
    static const CharLs lib = [] {
        CharLs c;
        void *h = dlopen("libcharls.so.2", RTLD_NOW | RTLD_LOCAL);
        if (!h)
            return c;
        const auto get = [h](auto &fn, const char *name) {
            fn = reinterpret_cast<std::decay_t<decltype(fn)>>(dlsym(h, name));
        };
        get(c.create, "charls_jpegls_decoder_create");
        get(c.destroy, "charls_jpegls_decoder_destroy");
        get(c.setSource, "charls_jpegls_decoder_set_source_buffer");
        get(c.readHeader, "charls_jpegls_decoder_read_header");
        get(c.frameInfo, "charls_jpegls_decoder_get_frame_info");
        get(c.interleaveMode, "charls_jpegls_decoder_get_interleave_mode");
        get(c.destinationSize, "charls_jpegls_decoder_get_destination_size");
        get(c.decode, "charls_jpegls_decoder_decode_to_buffer");
        get(c.message, "charls_get_error_message");
        return c;
    }();
    return lib;
}

Status charlsFailure(const char *step, charls_jpegls_errc error)
{
    return failure(
        QStringLiteral("JPEG-LS %1: %2").arg(QLatin1String(step), QString::fromUtf8(charLs().message(error))),
        ErrorCode::Damaged);
}

} // namespace

Result<JpegLsFrame> decodeJpegLs(const QByteArray &stream, const InstanceInfo &info)
{
    const CharLs &lib = charLs();
    if (!lib.loaded())
        return failure(QStringLiteral("JPEG-LS needs libcharls.so.2 (package libcharls2)"), ErrorCode::Unsupported);
    std::unique_ptr<charls_jpegls_decoder, void (*)(const charls_jpegls_decoder *)> decoder(lib.create(), lib.destroy);
    if (!decoder)
        return failure(QStringLiteral("JPEG-LS: no decoder"), ErrorCode::Io);
    if (const auto e = lib.setSource(decoder.get(), stream.constData(), size_t(stream.size()));
        e != charls::jpegls_errc::success)
        return charlsFailure("source", e).error();
    if (const auto e = lib.readHeader(decoder.get()); e != charls::jpegls_errc::success)
        return charlsFailure("header", e).error();
    charls_frame_info frame{};
    charls_interleave_mode interleave = charls::interleave_mode::none;
    if (const auto e = lib.frameInfo(decoder.get(), &frame); e != charls::jpegls_errc::success)
        return charlsFailure("frame", e).error();
    if (const auto e = lib.interleaveMode(decoder.get(), &interleave); e != charls::jpegls_errc::success)
        return charlsFailure("interleave mode", e).error();
    const int samples = std::max(1, info.samplesPerPixel);
    const int bytes = info.bitsAllocated > 8 ? 2 : 1;
    if (int(frame.width) != info.columns || int(frame.height) != info.rows || int(frame.component_count) != samples ||
        frame.bits_per_sample < 2 || frame.bits_per_sample > 8 * bytes || info.bitsAllocated > 16)
        return failure(QStringLiteral("JPEG-LS frame of %1x%2, %3 samples of %4 bits does not match the header "
                                      "(%5x%6, %7 samples of %8 bits)")
                           .arg(frame.width)
                           .arg(frame.height)
                           .arg(frame.component_count)
                           .arg(frame.bits_per_sample)
                           .arg(info.columns)
                           .arg(info.rows)
                           .arg(samples)
                           .arg(info.bitsAllocated),
                       ErrorCode::Damaged);
    size_t size = 0;
    if (const auto e = lib.destinationSize(decoder.get(), 0, &size); e != charls::jpegls_errc::success)
        return charlsFailure("size", e).error();
    const int decodedBytes = frame.bits_per_sample > 8 ? 2 : 1;
    const size_t values = size_t(info.rows) * size_t(info.columns) * size_t(samples);
    if (size != values * size_t(decodedBytes))
        return failure(QStringLiteral("JPEG-LS frame size does not match the header"), ErrorCode::Damaged);
    QByteArray decoded(qsizetype(size), Qt::Uninitialized);
    if (const auto e = lib.decode(decoder.get(), decoded.data(), size, 0); e != charls::jpegls_errc::success)
        return charlsFailure("data", e).error();
    JpegLsFrame out;
    out.planar = samples > 1 && interleave == charls::interleave_mode::none;
    if (decodedBytes == bytes) {
        out.pixels = std::move(decoded);
        return out;
    }
    // Up to 8 bits stored in 16 allocated: each sample widened.
    out.pixels = QByteArray(qsizetype(values * 2), '\0');
    for (size_t i = 0; i < values; ++i)
        out.pixels[qsizetype(2 * i)] = decoded[qsizetype(i)];
    return out;
}

} // namespace veil
