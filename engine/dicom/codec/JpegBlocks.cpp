#include "engine/dicom/codec/JpegBlocks.h"

#include <csetjmp>
#include <cstdio>

#include <jpeglib.h>

#include <cmath>

namespace veil {
namespace {

struct ErrorManager
{
    jpeg_error_mgr pub;
    jmp_buf jump;
    char message[JMSG_LENGTH_MAX];
};

void onError(j_common_ptr info)
{
    auto *e = reinterpret_cast<ErrorManager *>(info->err);
    (*info->err->format_message)(info, e->message);
    longjmp(e->jump, 1);
}

void quiet(j_common_ptr, int) {}

bool touches(const QList<QRect> &masks, const QRect &block)
{
    for (const QRect &m : masks)
        if (m.intersects(block))
            return true;
    return false;
}

// Flattens the blocks of one component that touch a mask.
void flatten(j_decompress_ptr src, jvirt_barray_ptr *coefficients, int ci, const QList<QRect> &masks)
{
    jpeg_component_info *comp = src->comp_info + ci;
    const int scaleX = src->max_h_samp_factor / comp->h_samp_factor,
              scaleY = src->max_v_samp_factor / comp->v_samp_factor;
    const bool chroma = ci > 0 && src->jpeg_color_space == JCS_YCbCr;
    // Dark: level-shifted sample -128 gives DC = 8 * -128 before quantisation. Chroma: neutral, DC 0.
    const int q = std::max<int>(1, comp->quant_table ? comp->quant_table->quantval[0] : 1);
    const JCOEF dc = chroma ? 0 : JCOEF(std::lround(-1024.0 / q));
    for (JDIMENSION by = 0; by < comp->height_in_blocks; ++by) {
        JBLOCKARRAY row =
            (*src->mem->access_virt_barray)(reinterpret_cast<j_common_ptr>(src), coefficients[ci], by, 1, TRUE);
        for (JDIMENSION bx = 0; bx < comp->width_in_blocks; ++bx) {
            const QRect block(int(bx) * 8 * scaleX, int(by) * 8 * scaleY, 8 * scaleX, 8 * scaleY);
            if (!touches(masks, block))
                continue;
            JCOEF *c = row[0][bx];
            c[0] = dc;
            for (int k = 1; k < DCTSIZE2; ++k)
                c[k] = 0;
        }
    }
}

} // namespace

Result<QByteArray> redactJpegBlocks(const QByteArray &jpeg, const QList<QRect> &masks)
{
    jpeg_decompress_struct src{};
    jpeg_compress_struct dst{};
    ErrorManager srcErr{}, dstErr{};
    unsigned char *buffer = nullptr;
    unsigned long size = 0;
    src.err = jpeg_std_error(&srcErr.pub);
    srcErr.pub.error_exit = onError;
    srcErr.pub.emit_message = quiet;
    dst.err = jpeg_std_error(&dstErr.pub);
    dstErr.pub.error_exit = onError;
    dstErr.pub.emit_message = quiet;
    if (setjmp(srcErr.jump) || setjmp(dstErr.jump)) {
        const QString why = QString::fromLatin1(srcErr.message[0] ? srcErr.message : dstErr.message);
        jpeg_destroy_compress(&dst);
        jpeg_destroy_decompress(&src);
        free(buffer);
        return failure(QStringLiteral("JPEG block redaction failed: %1").arg(why), ErrorCode::Damaged);
    }
    jpeg_create_decompress(&src);
    jpeg_mem_src(&src, reinterpret_cast<const unsigned char *>(jpeg.constData()),
                 static_cast<unsigned long>(jpeg.size()));
    jpeg_read_header(&src, TRUE);
    jvirt_barray_ptr *coefficients = jpeg_read_coefficients(&src);
    for (int ci = 0; ci < src.num_components; ++ci)
        flatten(&src, coefficients, ci, masks);
    jpeg_create_compress(&dst);
    jpeg_mem_dest(&dst, &buffer, &size);
    jpeg_copy_critical_parameters(&src, &dst);
    jpeg_write_coefficients(&dst, coefficients);
    jpeg_finish_compress(&dst);
    jpeg_finish_decompress(&src);
    QByteArray out(reinterpret_cast<const char *>(buffer), qsizetype(size));
    jpeg_destroy_compress(&dst);
    jpeg_destroy_decompress(&src);
    free(buffer);
    return out;
}

} // namespace veil
