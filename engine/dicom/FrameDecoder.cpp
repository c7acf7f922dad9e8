// Frame decoding for DicomFile: DCMTK's DicomImage for everything it can
// decode, OpenJPEG for JPEG 2000 / HTJ2K, and float pixel data by hand.
#include "dicom/DicomFile.h"

#include "dicom/EncapsulatedFrames.h"
#include "dicom/Jpeg2000.h"
#include "dicom/TransferSyntax.h"

#include <QMutexLocker>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmimgle/dcmimage.h>

#include <algorithm>
#include <cmath>

namespace veil {
namespace {

using ImagePtr = std::unique_ptr<DicomImage>;

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

ImagePtr checked(DicomImage *image, QString *error)
{
    ImagePtr ptr(image);
    if (ptr->getStatus() != EIS_Normal) {
        fail(error, QStringLiteral("cannot decode pixel data: %1").arg(QString::fromLatin1(DicomImage::getString(ptr->getStatus()))));
        return nullptr;
    }
    return ptr;
}

// Attributes a decoded frame needs to be displayed like the original.
const DcmTagKey kPixelModuleTags[] = {
    DCM_Modality, DCM_Rows, DCM_Columns, DCM_BitsStored, DCM_HighBit, DCM_PixelRepresentation,
    DCM_RescaleIntercept, DCM_RescaleSlope, DCM_RescaleType, DCM_ModalityLUTSequence, DCM_WindowCenter,
    DCM_WindowWidth, DCM_VOILUTFunction, DCM_VOILUTSequence, DCM_PixelPaddingValue, DCM_PixelPaddingRangeLimit,
    DCM_RedPaletteColorLookupTableDescriptor, DCM_GreenPaletteColorLookupTableDescriptor,
    DCM_BluePaletteColorLookupTableDescriptor, DCM_RedPaletteColorLookupTableData,
    DCM_GreenPaletteColorLookupTableData, DCM_BluePaletteColorLookupTableData,
    DCM_SegmentedRedPaletteColorLookupTableData, DCM_SegmentedGreenPaletteColorLookupTableData,
    DCM_SegmentedBluePaletteColorLookupTableData, DCM_PresentationLUTShape,
};

DcmDataset *rawDataset(DcmDataset &src, const InstanceInfo &info, const Jpeg2000Image &j2k, QString *error)
{
    if (j2k.width != info.columns || j2k.height != info.rows || j2k.components != std::max(1, info.samplesPerPixel)) {
        fail(error, QStringLiteral("JPEG 2000 frame is %1x%2x%3, header says %4x%5x%6")
                        .arg(j2k.width).arg(j2k.height).arg(j2k.components)
                        .arg(info.columns).arg(info.rows).arg(info.samplesPerPixel));
        return nullptr;
    }
    auto *ds = new DcmDataset;
    for (const DcmTagKey &tag : kPixelModuleTags) {
        DcmElement *e = nullptr;
        if (src.findAndGetElement(tag, e).good() && e)
            ds->insert(static_cast<DcmElement *>(e->clone()), true);
    }
    QString photometric = info.photometric;
    if (photometric == QLatin1String("YBR_RCT") || photometric == QLatin1String("YBR_ICT"))
        photometric = QStringLiteral("RGB"); // OpenJPEG applied the inverse transform
    if (photometric.isEmpty())
        photometric = j2k.components == 3 ? QStringLiteral("RGB") : QStringLiteral("MONOCHROME2");
    const int bitsAllocated = (info.bitsAllocated > 8 || j2k.precision > 8) ? 16 : 8;
    ds->putAndInsertString(DCM_PhotometricInterpretation, photometric.toLatin1().constData());
    ds->putAndInsertUint16(DCM_SamplesPerPixel, Uint16(j2k.components));
    ds->putAndInsertUint16(DCM_BitsAllocated, Uint16(bitsAllocated));
    if (!ds->tagExists(DCM_BitsStored))
        ds->putAndInsertUint16(DCM_BitsStored, Uint16(j2k.precision));
    if (!ds->tagExists(DCM_HighBit))
        ds->putAndInsertUint16(DCM_HighBit, Uint16(j2k.precision - 1));
    if (!ds->tagExists(DCM_PixelRepresentation))
        ds->putAndInsertUint16(DCM_PixelRepresentation, j2k.isSigned ? 1 : 0);
    if (j2k.components > 1)
        ds->putAndInsertUint16(DCM_PlanarConfiguration, 1); // OpenJPEG gives planes
    const size_t count = j2k.samples.size();
    if (bitsAllocated == 8) {
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

ImagePtr openJpegImage(DcmDataset &ds, const InstanceInfo &info, int frame, QString *error)
{
    QByteArray codestream;
    if (!encapsulatedFrame(ds, frame, info.frames, codestream, error))
        return nullptr;
    Jpeg2000Image j2k;
    if (!decodeJpeg2000(codestream, j2k, error))
        return nullptr;
    DcmDataset *raw = rawDataset(ds, info, j2k, error);
    if (!raw)
        return nullptr;
    return checked(new DicomImage(raw, EXS_LittleEndianExplicit, CIF_TakeOverExternalDataset), error);
}

ImagePtr makeImage(DcmFileFormat &file, const InstanceInfo &info, int frame, QString *error)
{
    const TransferSyntaxInfo ts = transferSyntaxInfo(info.transferSyntaxUid);
    DcmDataset &ds = *file.getDataset();
    switch (ts.codec) {
    case PixelCodec::Unsupported:
        fail(error, QStringLiteral("unsupported transfer syntax: %1 (%2)").arg(ts.name, info.transferSyntaxUid));
        return nullptr;
    case PixelCodec::OpenJpeg:
        return openJpegImage(ds, info, frame, error);
    case PixelCodec::Dcmtk:
        break;
    }
    return checked(new DicomImage(&ds, ds.getOriginalXfer(), CIF_UsePartialAccessToPixelData, static_cast<unsigned long>(frame), 1), error);
}

void applyWindow(DicomImage &image, const RenderOptions &options)
{
    if (options.windowCenter && options.windowWidth && *options.windowWidth > 0) {
        image.setWindow(*options.windowCenter, *options.windowWidth);
        return;
    }
    double center = 0, width = 0;
    if (image.getWindowCount() > 0 && image.setWindow(0) && image.getWindow(center, width) && width > 0)
        return;
    if (image.getVoiLutCount() > 0 && image.setVoiLut(0))
        return;
    image.setMinMaxWindow(1); // ignore the extremes (padding, saturated pixels)
}

bool toDisplay(DicomImage &image, const RenderOptions &options, DisplayFrame &out, QString *error)
{
    if (image.isMonochrome())
        applyWindow(image, options);
    const unsigned long size = image.getOutputDataSize(8);
    out.width = int(image.getWidth());
    out.height = int(image.getHeight());
    out.channels = image.isMonochrome() ? 1 : 3;
    out.pixels.resize(qsizetype(size));
    if (size == 0 || !image.getOutputData(out.pixels.data(), size, 8, 0, 0)) {
        out = {};
        return fail(error, QStringLiteral("cannot render pixel data"));
    }
    return true;
}

template <typename T>
void appendValues(const void *data, unsigned long count, std::vector<double> &out)
{
    const T *p = static_cast<const T *>(data);
    out.assign(p, p + count);
}

bool toValues(DicomImage &image, ValueFrame &out, QString *error)
{
    out.width = int(image.getWidth());
    out.height = int(image.getHeight());
    if (!image.isMonochrome()) {
        out.channels = 3;
        const unsigned long size = image.getOutputDataSize(8);
        const auto *rgb = static_cast<const Uint8 *>(image.getOutputData(8, 0, 0));
        if (!rgb)
            return fail(error, QStringLiteral("cannot read colour pixel data"));
        out.values.assign(rgb, rgb + size);
        return true;
    }
    out.channels = 1;
    const DiPixel *px = image.getInterData();
    if (!px || !px->getData())
        return fail(error, QStringLiteral("cannot read pixel values"));
    const unsigned long n = std::min<unsigned long>(px->getCount(), (unsigned long)(out.width) * out.height);
    switch (px->getRepresentation()) {
    case EPR_Uint8: appendValues<Uint8>(px->getData(), n, out.values); break;
    case EPR_Sint8: appendValues<Sint8>(px->getData(), n, out.values); break;
    case EPR_Uint16: appendValues<Uint16>(px->getData(), n, out.values); break;
    case EPR_Sint16: appendValues<Sint16>(px->getData(), n, out.values); break;
    case EPR_Uint32: appendValues<Uint32>(px->getData(), n, out.values); break;
    case EPR_Sint32: appendValues<Sint32>(px->getData(), n, out.values); break;
    }
    return true;
}

// Float and Double Float Pixel Data: DCMTK's image module has no support.
bool floatValues(DcmDataset &ds, const InstanceInfo &info, int frame, ValueFrame &out, QString *error)
{
    const size_t plane = size_t(info.rows) * size_t(info.columns);
    const size_t first = plane * size_t(frame);
    out = {info.columns, info.rows, 1, {}};
    const Float32 *f32 = nullptr;
    const Float64 *f64 = nullptr;
    unsigned long count = 0;
    if (ds.findAndGetFloat32Array(DCM_FloatPixelData, f32, &count).good() && f32 && first + plane <= count)
        out.values.assign(f32 + first, f32 + first + plane);
    else if (ds.findAndGetFloat64Array(DCM_DoubleFloatPixelData, f64, &count).good() && f64 && first + plane <= count)
        out.values.assign(f64 + first, f64 + first + plane);
    else
        return fail(error, QStringLiteral("float pixel data shorter than declared"));
    return true;
}

void floatToDisplay(const ValueFrame &values, DisplayFrame &out)
{
    double lo = INFINITY, hi = -INFINITY;
    for (double v : values.values)
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    const double scale = hi > lo ? 255.0 / (hi - lo) : 0.0;
    out = {values.width, values.height, 1, QByteArray(qsizetype(values.values.size()), Qt::Uninitialized)};
    for (size_t i = 0; i < values.values.size(); ++i) {
        const double v = values.values[i];
        out.pixels[qsizetype(i)] = char(std::isfinite(v) ? std::clamp(std::lround((v - lo) * scale), 0L, 255L) : 0);
    }
}

bool isFloatPixelData(DcmDataset &ds)
{
    return !ds.tagExists(DCM_PixelData) && (ds.tagExists(DCM_FloatPixelData) || ds.tagExists(DCM_DoubleFloatPixelData));
}

} // namespace

bool DicomFile::renderFrame(int frame, DisplayFrame &out, QString *error, const RenderOptions &options)
{
    QMutexLocker lock(&m_mutex);
    if (!m_info.hasPixelData || frame < 0 || frame >= m_info.frames)
        return fail(error, m_info.hasPixelData ? QStringLiteral("no frame %1").arg(frame) : QStringLiteral("no pixel data"));
    DcmDataset &ds = *m_file->getDataset();
    if (isFloatPixelData(ds)) {
        ValueFrame values;
        if (!floatValues(ds, m_info, frame, values, error))
            return false;
        floatToDisplay(values, out);
        return true;
    }
    ImagePtr image = makeImage(*m_file, m_info, frame, error);
    return image && toDisplay(*image, options, out, error);
}

bool DicomFile::decodeValues(int frame, ValueFrame &out, QString *error)
{
    QMutexLocker lock(&m_mutex);
    if (!m_info.hasPixelData || frame < 0 || frame >= m_info.frames)
        return fail(error, m_info.hasPixelData ? QStringLiteral("no frame %1").arg(frame) : QStringLiteral("no pixel data"));
    DcmDataset &ds = *m_file->getDataset();
    if (isFloatPixelData(ds))
        return floatValues(ds, m_info, frame, out, error);
    ImagePtr image = makeImage(*m_file, m_info, frame, error);
    return image && toValues(*image, out, error);
}

} // namespace veil
