#include "engine/dicom/codec/DecodeRoutes.h"

#include "engine/dicom/codec/JpegLs.h"

#include "engine/dicom/codec/EncapsulatedFrames.h"
#include "engine/dicom/codec/Jpeg2000.h"

#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmimgle/dcmimage.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace veil {
namespace {

// Attributes a single decoded frame needs to be displayed like the original.
const DcmTagKey kPixelModuleTags[] = {
    DCM_Modality,
    DCM_Rows,
    DCM_Columns,
    DCM_SamplesPerPixel,
    DCM_PhotometricInterpretation,
    DCM_BitsAllocated,
    DCM_BitsStored,
    DCM_HighBit,
    DCM_PixelRepresentation,
    DCM_PlanarConfiguration,
    DCM_RescaleIntercept,
    DCM_RescaleSlope,
    DCM_RescaleType,
    DCM_ModalityLUTSequence,
    DCM_WindowCenter,
    DCM_WindowWidth,
    DCM_VOILUTFunction,
    DCM_VOILUTSequence,
    DCM_PixelPaddingValue,
    DCM_PixelPaddingRangeLimit,
    DCM_RedPaletteColorLookupTableDescriptor,
    DCM_GreenPaletteColorLookupTableDescriptor,
    DCM_BluePaletteColorLookupTableDescriptor,
    DCM_RedPaletteColorLookupTableData,
    DCM_GreenPaletteColorLookupTableData,
    DCM_BluePaletteColorLookupTableData,
    DCM_PresentationLUTShape,
};

DcmDataset *pixelModuleCopy(DcmDataset &src)
{
    auto *ds = new DcmDataset;
    for (const DcmTagKey &tag : kPixelModuleTags) {
        DcmElement *e = nullptr;
        if (src.findAndGetElement(tag, e).good() && e)
            ds->insert(static_cast<DcmElement *>(e->clone()), true);
    }
    return ds;
}

void putBits(DcmDataset &ds, int allocated, int stored)
{
    ds.putAndInsertUint16(DCM_BitsAllocated, Uint16(allocated));
    ds.putAndInsertUint16(DCM_BitsStored, Uint16(stored));
    ds.putAndInsertUint16(DCM_HighBit, Uint16(stored - 1));
}

Result<ImagePtr> imageOf(DcmDataset *ds)
{
    return checkedImage(new DicomImage(ds, EXS_LittleEndianExplicit, CIF_TakeOverExternalDataset));
}

Result<DcmDataset *> fromJpeg2000(DcmDataset &src, const InstanceInfo &info, const Jpeg2000Image &j2k)
{
    if (j2k.width != info.columns || j2k.height != info.rows || j2k.components != std::max(1, info.samplesPerPixel)) {
        return failure(QStringLiteral("JPEG 2000 frame is %1x%2x%3, the header says %4x%5x%6")
                           .arg(j2k.width)
                           .arg(j2k.height)
                           .arg(j2k.components)
                           .arg(info.columns)
                           .arg(info.rows)
                           .arg(info.samplesPerPixel),
                       ErrorCode::Damaged);
    }
    DcmDataset *ds = pixelModuleCopy(src);
    QString photometric = info.photometric;
    if (photometric == QLatin1String("YBR_RCT") || photometric == QLatin1String("YBR_ICT"))
        photometric = QStringLiteral("RGB"); // OpenJPEG applied the inverse transform
    ds->putAndInsertString(DCM_PhotometricInterpretation, photometric.toLatin1().constData());
    const int allocated = (info.bitsAllocated > 8 || j2k.precision > 8) ? 16 : 8;
    putBits(*ds, allocated, std::min(allocated, info.bitsStored > 0 ? info.bitsStored : j2k.precision));
    if (j2k.components > 1)
        ds->putAndInsertUint16(DCM_PlanarConfiguration, 1); // OpenJPEG gives planes
    const size_t count = j2k.samples.size();
    if (allocated == 8) {
        std::vector<Uint8> px(count);
        std::transform(j2k.samples.begin(), j2k.samples.end(), px.begin(), [](qint32 v) { return Uint8(v); });
        ds->putAndInsertUint8Array(DCM_PixelData, px.data(), static_cast<unsigned long>(count));
    } else {
        std::vector<Uint16> px(count);
        std::transform(j2k.samples.begin(), j2k.samples.end(), px.begin(), [](qint32 v) { return Uint16(v); });
        ds->putAndInsertUint16Array(DCM_PixelData, px.data(), static_cast<unsigned long>(count));
    }
    return ds;
}

// PackBits as used by DICOM RLE (PS3.5 G.3.1).
bool unpackBits(const Uint8 *in, size_t size, std::vector<Uint8> &out, size_t expected)
{
    size_t p = 0;
    while (p < size && out.size() < expected) {
        const auto n = Sint8(in[p++]);
        if (n >= 0) {
            const size_t take = size_t(n) + 1;
            if (p + take > size)
                return false;
            out.insert(out.end(), in + p, in + p + take);
            p += take;
        } else if (n != -128) {
            if (p >= size)
                return false;
            out.insert(out.end(), size_t(1 - n), in[p++]);
        }
    }
    return out.size() >= expected;
}

} // namespace

Result<ImagePtr> checkedImage(DicomImage *image)
{
    ImagePtr ptr(image);
    if (ptr->getStatus() != EIS_Normal)
        return failure(QStringLiteral("cannot decode pixel data: %1")
                           .arg(QString::fromLatin1(DicomImage::getString(ptr->getStatus()))),
                       ErrorCode::Damaged);
    return ptr;
}

Result<ImagePtr> openJpegImage(DcmDataset &ds, const InstanceInfo &info, int frame)
{
    const Result<QByteArray> codestream = encapsulatedFrame(ds, frame, info.frames);
    if (!codestream)
        return codestream.error();
    const qint64 expected = qint64(info.rows) * info.columns * std::max(1, info.samplesPerPixel);
    const Result<Jpeg2000Image> j2k = decodeJpeg2000(*codestream, expected);
    if (!j2k)
        return j2k.error();
    const Result<DcmDataset *> raw = fromJpeg2000(ds, info, *j2k);
    if (!raw)
        return raw.error();
    return imageOf(*raw);
}

Result<ImagePtr> repackagedFrameImage(DcmDataset &ds, const InstanceInfo &info, int frame, E_TransferSyntax xfer)
{
    Result<QByteArray> frameBytes = encapsulatedFrame(ds, frame, info.frames);
    if (!frameBytes)
        return frameBytes.error();
    QByteArray bytes = std::move(frameBytes).value();
    if (bytes.size() % 2)
        bytes.append('\0');
    DcmDataset *one = pixelModuleCopy(ds);
    auto *sequence = new DcmPixelSequence(DCM_PixelSequenceTag);
    sequence->insert(new DcmPixelItem(DCM_PixelItemTag)); // empty offset table
    auto *fragment = new DcmPixelItem(DCM_PixelItemTag);
    fragment->putUint8Array(reinterpret_cast<const Uint8 *>(bytes.constData()),
                            static_cast<unsigned long>(bytes.size()));
    sequence->insert(fragment);
    auto *pixelData = new DcmPixelData(DCM_PixelData);
    pixelData->putOriginalRepresentation(xfer, nullptr, sequence);
    one->insert(pixelData, true);
    return checkedImage(new DicomImage(one, xfer, CIF_TakeOverExternalDataset));
}

Result<ImagePtr> wideColourImage(DcmDataset &ds, const InstanceInfo &info, int frame)
{
    const Uint16 *words = nullptr;
    unsigned long count = 0;
    const size_t samples = size_t(info.rows) * size_t(info.columns) * size_t(std::max(1, info.samplesPerPixel));
    const size_t first = samples * size_t(frame) * 2;
    if (ds.findAndGetUint16Array(DCM_PixelData, words, &count).bad() || !words || first + samples * 2 > count)
        return failure(QStringLiteral("32-bit pixel data shorter than declared"), ErrorCode::Damaged);
    // DCMTK keeps OW data as 16-bit words in host order; a 32-bit sample is
    // two of them, high word first when the file was big endian.
    const bool bigEndian = DcmXfer(ds.getOriginalXfer()).isBigEndian();
    const int shift = std::max(0, info.bitsStored - 16);
    std::vector<Uint16> px(samples);
    for (size_t i = 0; i < samples; ++i) {
        const Uint32 w0 = words[first + 2 * i], w1 = words[first + 2 * i + 1];
        const Uint32 v = bigEndian ? (w0 << 16 | w1) : (w1 << 16 | w0);
        px[i] = Uint16(v >> shift);
    }
    DcmDataset *raw = pixelModuleCopy(ds);
    putBits(*raw, 16, std::min(16, info.bitsStored));
    raw->putAndInsertUint16Array(DCM_PixelData, px.data(), static_cast<unsigned long>(px.size()));
    return imageOf(raw);
}

Result<ImagePtr> rleBitImage(DcmDataset &ds, const InstanceInfo &info, int frame)
{
    const Result<QByteArray> frameBytes = encapsulatedFrame(ds, frame, info.frames);
    if (!frameBytes)
        return frameBytes.error();
    const QByteArray &rle = *frameBytes;
    const auto *bytes = reinterpret_cast<const Uint8 *>(rle.constData());
    Uint32 header[16];
    if (rle.size() < 64)
        return failure(QStringLiteral("RLE frame without header"), ErrorCode::Damaged);
    std::memcpy(header, bytes, 64); // little endian by definition; our hosts are too
    const size_t expected = (size_t(info.rows) * size_t(info.columns) + 7) / 8;
    std::vector<Uint8> packed;
    if (header[0] != 1 || header[1] >= Uint32(rle.size()) ||
        !unpackBits(bytes + header[1], size_t(rle.size()) - header[1], packed, expected))
        return failure(QStringLiteral("bad RLE data for 1-bit pixels"), ErrorCode::Damaged);
    packed.resize(expected + expected % 2);
    DcmDataset *raw = pixelModuleCopy(ds);
    putBits(*raw, 1, 1);
    raw->putAndInsertUint8Array(DCM_PixelData, packed.data(), static_cast<unsigned long>(packed.size()));
    return imageOf(raw);
}

Result<ImagePtr> jpegLsImage(DcmDataset &ds, const InstanceInfo &info, int frame)
{
    const Result<QByteArray> stream = encapsulatedFrame(ds, frame, info.frames);
    if (!stream)
        return stream.error();
    const Result<JpegLsFrame> decoded = decodeJpegLs(*stream, info);
    if (!decoded)
        return decoded.error();
    DcmDataset *raw = pixelModuleCopy(ds);
    raw->findAndDeleteElement(DCM_NumberOfFrames);
    if (info.samplesPerPixel > 1)
        raw->putAndInsertUint16(DCM_PlanarConfiguration, decoded->planar ? 1 : 0);
    putNativePixelData(*raw, decoded->pixels.constData(), decoded->pixels.size(), info.bitsAllocated > 8);
    return imageOf(raw);
}

} // namespace veil
