#include "engine/dicom/codec/Jpeg2000.h"

#include <openjpeg.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace veil {
namespace {

struct MemoryStream
{
    const unsigned char *data;
    OPJ_SIZE_T size;
    OPJ_SIZE_T pos;
};

OPJ_SIZE_T readFn(void *buffer, OPJ_SIZE_T n, void *user)
{
    auto *s = static_cast<MemoryStream *>(user);
    if (s->pos >= s->size)
        return OPJ_SIZE_T(-1);
    const OPJ_SIZE_T take = std::min(n, s->size - s->pos);
    std::memcpy(buffer, s->data + s->pos, take);
    s->pos += take;
    return take;
}

OPJ_OFF_T skipFn(OPJ_OFF_T n, void *user)
{
    auto *s = static_cast<MemoryStream *>(user);
    const OPJ_OFF_T target = std::clamp<OPJ_OFF_T>(OPJ_OFF_T(s->pos) + n, 0, OPJ_OFF_T(s->size));
    const OPJ_OFF_T moved = target - OPJ_OFF_T(s->pos);
    s->pos = OPJ_SIZE_T(target);
    return moved;
}

OPJ_BOOL seekFn(OPJ_OFF_T n, void *user)
{
    auto *s = static_cast<MemoryStream *>(user);
    if (n < 0 || OPJ_SIZE_T(n) > s->size)
        return OPJ_FALSE;
    s->pos = OPJ_SIZE_T(n);
    return OPJ_TRUE;
}

void errorFn(const char *msg, void *user)
{
    auto *text = static_cast<QString *>(user);
    if (text->isEmpty())
        *text = QString::fromUtf8(msg).trimmed();
}

void quietFn(const char *, void *) {}

struct CodecDeleter
{
    void operator()(opj_codec_t *c) const { opj_destroy_codec(c); }
};
struct StreamDeleter
{
    void operator()(opj_stream_t *s) const { opj_stream_destroy(s); }
};
struct ImageDeleter
{
    void operator()(opj_image_t *i) const { opj_image_destroy(i); }
};

bool isJp2File(const QByteArray &d)
{
    static const unsigned char jp2[] = {0, 0, 0, 0x0C, 'j', 'P', ' ', ' '};
    return d.size() >= 8 && std::memcmp(d.constData(), jp2, 8) == 0;
}

Result<Jpeg2000Image> copyComponents(const opj_image_t *img)
{
    Jpeg2000Image out;
    const opj_image_comp_t &c0 = img->comps[0];
    out.width = int(c0.w);
    out.height = int(c0.h);
    out.components = int(img->numcomps);
    out.precision = int(c0.prec);
    out.isSigned = c0.sgnd != 0;
    const size_t plane = size_t(out.width) * size_t(out.height);
    out.samples.resize(plane * img->numcomps);
    for (OPJ_UINT32 c = 0; c < img->numcomps; ++c) {
        const opj_image_comp_t &comp = img->comps[c];
        if (comp.w != c0.w || comp.h != c0.h || !comp.data) {
            return failure(QStringLiteral("JPEG 2000 components with different sizes are not supported"),
                           ErrorCode::Unsupported);
        }
        std::memcpy(out.samples.data() + plane * c, comp.data, plane * sizeof(qint32));
    }
    return out;
}

constexpr qint64 kMaxSamples = qint64(1) << 28; // 256 M samples: 1 GB decoded, whatever the header says

} // namespace

Result<Jpeg2000Image> decodeJpeg2000(const QByteArray &codestream, qint64 expectedSamples)
{
    MemoryStream mem{reinterpret_cast<const unsigned char *>(codestream.constData()), OPJ_SIZE_T(codestream.size()), 0};
    std::unique_ptr<opj_stream_t, StreamDeleter> stream(opj_stream_create(OPJ_J2K_STREAM_CHUNK_SIZE, OPJ_TRUE));
    opj_stream_set_user_data(stream.get(), &mem, nullptr);
    opj_stream_set_user_data_length(stream.get(), mem.size);
    opj_stream_set_read_function(stream.get(), readFn);
    opj_stream_set_skip_function(stream.get(), skipFn);
    opj_stream_set_seek_function(stream.get(), seekFn);

    std::unique_ptr<opj_codec_t, CodecDeleter> codec(
        opj_create_decompress(isJp2File(codestream) ? OPJ_CODEC_JP2 : OPJ_CODEC_J2K));
    QString message;
    opj_set_error_handler(codec.get(), errorFn, &message);
    opj_set_warning_handler(codec.get(), quietFn, nullptr);
    opj_set_info_handler(codec.get(), quietFn, nullptr);
    opj_dparameters_t params;
    opj_set_default_decoder_parameters(&params);
    opj_image_t *raw = nullptr;
    bool ok = opj_setup_decoder(codec.get(), &params) && opj_read_header(stream.get(), codec.get(), &raw);
    std::unique_ptr<opj_image_t, ImageDeleter> image(raw);
    // The size the code stream claims, before OpenJPEG allocates for it: never more than
    // the DICOM header's frame (a few bytes of header can ask for tens of gigabytes).
    if (ok && image) {
        const qint64 claimed = qint64(image->x1 - image->x0) * qint64(image->y1 - image->y0) * qint64(image->numcomps);
        if (image->numcomps > 4 || image->x1 <= image->x0 || image->y1 <= image->y0 || claimed > kMaxSamples ||
            (expectedSamples > 0 && claimed > expectedSamples)) {
            return failure(QStringLiteral("JPEG 2000 code stream claims a %1 x %2 x %3 image, larger than the frame")
                               .arg(image->x1 - image->x0)
                               .arg(image->y1 - image->y0)
                               .arg(image->numcomps),
                           ErrorCode::TooLarge);
        }
    }
    ok = ok && opj_decode(codec.get(), stream.get(), image.get()) && opj_end_decompress(codec.get(), stream.get());
    if (!ok || !image || image->numcomps == 0) {
        return failure(QStringLiteral("JPEG 2000 decoding failed: %1")
                           .arg(message.isEmpty() ? QStringLiteral("bad code stream") : message),
                       ErrorCode::Damaged);
    }
    return copyComponents(image.get());
}

} // namespace veil
