// Frame decoding for DicomFile: DCMTK's DicomImage for everything it can
// decode, OpenJPEG for JPEG 2000 / HTJ2K, and float pixel data by hand.
#include "engine/dicom/DicomFile.h"

#include "engine/dicom/DatasetFixups.h"
#include "engine/dicom/codec/DecodeRoutes.h"
#include "engine/dicom/codec/TransferSyntax.h"

#include <QMutexLocker>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmimgle/dcmimage.h>

#include <algorithm>
#include <cmath>

namespace veil {
namespace {

const char *const kRle = "1.2.840.10008.1.2.5";
constexpr quint64 kMaxFrameBytes = quint64(1) << 30;

// Native pixel data must hold the frame asked for; DCMTK's own check comes
// late and says only "invalid image".
Status nativeFrameInBounds(DcmDataset &ds, const InstanceInfo &info, int frame)
{
    DcmElement *pixels = nullptr;
    if (ds.findAndGetElement(DCM_PixelData, pixels).bad() || !pixels)
        return failure(QStringLiteral("no pixel data"), ErrorCode::Damaged);
    const quint64 needed = nativePixelBytes(info, frame + 1);
    const quint64 held = pixels->getLengthField();
    if (held < needed)
        return failure(QStringLiteral("pixel data holds %1 bytes, frame %2 of %3x%4 needs %5")
                           .arg(held)
                           .arg(frame)
                           .arg(info.columns)
                           .arg(info.rows)
                           .arg(needed),
                       ErrorCode::Damaged);
    return {};
}

Result<ImagePtr> makeImage(DcmFileFormat &file, const InstanceInfo &info, int frame)
{
    const TransferSyntaxInfo ts = transferSyntaxInfo(info.transferSyntaxUid);
    DcmDataset &ds = *file.getDataset();
    switch (ts.codec) {
    case PixelCodec::Unsupported:
        return failure(
            QStringLiteral("unsupported transfer syntax: %1 (%2)")
                .arg(info.transferSyntaxName.isEmpty() ? ts.name : info.transferSyntaxName, info.transferSyntaxUid),
            ErrorCode::Unsupported);
    case PixelCodec::OpenJpeg:
        return openJpegImage(ds, info, frame);
    case PixelCodec::CharLs:
        return jpegLsImage(ds, info, frame);
    case PixelCodec::Dcmtk:
        break;
    }
    if (!ts.encapsulated)
        if (Status inBounds = nativeFrameInBounds(ds, info, frame); !inBounds)
            return inBounds.error();
    if (!ts.encapsulated && info.bitsAllocated == 32 && info.samplesPerPixel == 3)
        return wideColourImage(ds, info, frame);
    if (info.transferSyntaxUid == QLatin1String(kRle) && info.bitsAllocated == 1)
        return rleBitImage(ds, info, frame);
    const E_TransferSyntax xfer = ds.getOriginalXfer();
    // DCMTK's RLE decoder reads a segment that runs on into the next
    // fragment only to that fragment's end (the rest of its rows keep no low
    // byte); the frame's fragments joined into one decode whole.
    if (info.transferSyntaxUid == QLatin1String(kRle))
        return repackagedFrameImage(ds, info, frame, xfer);
    Result<ImagePtr> image =
        checkedImage(new DicomImage(&ds, xfer, CIF_UsePartialAccessToPixelData, static_cast<unsigned long>(frame), 1));
    if (!image && ts.encapsulated && info.frames > 1)
        return repackagedFrameImage(ds, info, frame, xfer);
    return image;
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
    if (image.getDepth() <= 8) {
        image.setNoVoiTransformation(); // 8-bit data is meant to be shown as stored
        return;
    }
    image.setMinMaxWindow(1); // ignore the extremes (padding, saturated pixels)
}

// Colour has no VOI transform in DICOM; a window asked for on the displayed
// 8-bit samples works as brightness and contrast (the same for R, G and B).
void applyColourWindow(DisplayFrame &out, const RenderOptions &options)
{
    out.windowCenter = 127.5;
    out.windowWidth = 256;
    if (!options.windowCenter || !options.windowWidth || *options.windowWidth <= 0)
        return;
    out.windowCenter = *options.windowCenter;
    out.windowWidth = *options.windowWidth;
    uchar map[256];
    const double low = out.windowCenter - out.windowWidth / 2;
    for (int v = 0; v < 256; ++v)
        map[v] = uchar(std::clamp((v - low) * 255.0 / out.windowWidth + 0.5, 0.0, 255.0));
    for (char &px : out.pixels)
        px = char(map[uchar(px)]);
}

Result<DisplayFrame> toDisplay(DicomImage &image, const RenderOptions &options)
{
    DisplayFrame out;
    if (image.isMonochrome()) {
        applyWindow(image, options);
        double centre = 0, width = 0;
        if (image.getWindow(centre, width) && width > 0) {
            out.windowCenter = centre;
            out.windowWidth = width;
        } else if (image.getDepth() <= 8) { // shown as stored
            out.windowCenter = 127.5;
            out.windowWidth = 256;
        }
    }
    const unsigned long size = image.getOutputDataSize(8);
    out.width = int(image.getWidth());
    out.height = int(image.getHeight());
    out.channels = image.isMonochrome() ? 1 : 3;
    out.pixels.resize(qsizetype(size));
    if (size == 0 || !image.getOutputData(out.pixels.data(), size, 8, 0, 0))
        return failure(QStringLiteral("cannot render pixel data"), ErrorCode::Damaged);
    if (out.channels == 3)
        applyColourWindow(out, options);
    return out;
}

template <typename T> void appendValues(const void *data, unsigned long count, std::vector<double> &out)
{
    const T *p = static_cast<const T *>(data);
    out.assign(p, p + count);
}

Result<ValueFrame> toValues(DicomImage &image)
{
    ValueFrame out;
    out.width = int(image.getWidth());
    out.height = int(image.getHeight());
    if (!image.isMonochrome()) {
        out.channels = 3;
        const unsigned long size = image.getOutputDataSize(8);
        const auto *rgb = static_cast<const Uint8 *>(image.getOutputData(8, 0, 0));
        if (!rgb)
            return failure(QStringLiteral("cannot read colour pixel data"), ErrorCode::Damaged);
        out.values.assign(rgb, rgb + size);
        return out;
    }
    out.channels = 1;
    const DiPixel *px = image.getInterData();
    if (!px || !px->getData())
        return failure(QStringLiteral("cannot read pixel values"), ErrorCode::Damaged);
    const unsigned long n = std::min<unsigned long>(px->getCount(), (unsigned long)(out.width) * out.height);
    switch (px->getRepresentation()) {
    case EPR_Uint8:
        appendValues<Uint8>(px->getData(), n, out.values);
        break;
    case EPR_Sint8:
        appendValues<Sint8>(px->getData(), n, out.values);
        break;
    case EPR_Uint16:
        appendValues<Uint16>(px->getData(), n, out.values);
        break;
    case EPR_Sint16:
        appendValues<Sint16>(px->getData(), n, out.values);
        break;
    case EPR_Uint32:
        appendValues<Uint32>(px->getData(), n, out.values);
        break;
    case EPR_Sint32:
        appendValues<Sint32>(px->getData(), n, out.values);
        break;
    }
    return out;
}

// Float and Double Float Pixel Data: DCMTK's image module has no support.
Result<ValueFrame> floatValues(DcmDataset &ds, const InstanceInfo &info, int frame)
{
    const size_t plane = size_t(info.rows) * size_t(info.columns);
    const size_t first = plane * size_t(frame);
    ValueFrame out{info.columns, info.rows, 1, {}};
    const Float32 *f32 = nullptr;
    const Float64 *f64 = nullptr;
    unsigned long count = 0;
    if (ds.findAndGetFloat32Array(DCM_FloatPixelData, f32, &count).good() && f32 && first + plane <= count)
        out.values.assign(f32 + first, f32 + first + plane);
    else if (ds.findAndGetFloat64Array(DCM_DoubleFloatPixelData, f64, &count).good() && f64 && first + plane <= count)
        out.values.assign(f64 + first, f64 + first + plane);
    else
        return failure(QStringLiteral("float pixel data shorter than declared"), ErrorCode::Damaged);
    return out;
}

DisplayFrame floatToDisplay(const ValueFrame &values)
{
    double lo = INFINITY, hi = -INFINITY;
    for (double v : values.values)
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    const double scale = hi > lo ? 255.0 / (hi - lo) : 0.0;
    DisplayFrame out{values.width, values.height, 1, QByteArray(qsizetype(values.values.size()), Qt::Uninitialized)};
    for (size_t i = 0; i < values.values.size(); ++i) {
        const double v = values.values[i];
        out.pixels[qsizetype(i)] = char(std::isfinite(v) ? std::clamp(std::lround((v - lo) * scale), 0L, 255L) : 0);
    }
    return out;
}

bool isFloatPixelData(DcmDataset &ds)
{
    return !ds.tagExists(DCM_PixelData) && (ds.tagExists(DCM_FloatPixelData) || ds.tagExists(DCM_DoubleFloatPixelData));
}

} // namespace

quint64 nativePixelBytes(const InstanceInfo &info, int frames)
{
    // YBR_FULL_422 stores two luma and two chroma samples per pixel pair.
    const quint64 samples =
        info.photometric == QLatin1String("YBR_FULL_422") ? 2 : quint64(std::max(1, info.samplesPerPixel));
    const quint64 bitsPerFrame = quint64(info.rows) * quint64(info.columns) * samples * quint64(info.bitsAllocated);
    return (bitsPerFrame * quint64(std::max(0, frames)) + 7) / 8;
}

Status DicomFile::prepareFrame(int frame)
{
    if (!m_info.hasPixelData || frame < 0 || frame >= m_info.frames)
        return failure(m_info.hasPixelData ? QStringLiteral("no frame %1").arg(frame) : QStringLiteral("no pixel data"),
                       ErrorCode::NotFound);
    // Decoders allocate what the header declares: refuse absurd sizes first.
    const quint64 frameBytes = quint64(m_info.rows) * quint64(m_info.columns) *
                               quint64(std::max(1, m_info.samplesPerPixel)) *
                               quint64(std::max(8, m_info.bitsAllocated) / 8);
    if (frameBytes > kMaxFrameBytes)
        return failure(QStringLiteral("frame of %1x%2 is too large to decode").arg(m_info.columns).arg(m_info.rows),
                       ErrorCode::TooLarge);
    if (!m_fixupsApplied) {
        m_info.displayFixups = applyDisplayFixups(*m_file->getDataset());
        m_fixupsApplied = true;
    }
    applyPerFrameRescale(*m_file->getDataset(), frame);
    return {};
}

Result<DisplayFrame> DicomFile::renderFrame(int frame, const RenderOptions &requested)
{
    QMutexLocker lock(&m_mutex);
    if (Status prepared = prepareFrame(frame); !prepared)
        return prepared.error();
    DcmDataset &ds = *m_file->getDataset();
    RenderOptions options = requested;
    if (!options.windowWidth)
        if (const auto window = perFrameWindow(ds, frame)) {
            options.windowCenter = window->first;
            options.windowWidth = window->second;
        }
    if (isFloatPixelData(ds)) {
        const Result<ValueFrame> values = floatValues(ds, m_info, frame);
        if (!values)
            return values.error();
        return floatToDisplay(*values);
    }
    const Result<ImagePtr> image = makeImage(*m_file, m_info, frame);
    if (!image)
        return image.error();
    return toDisplay(**image, options);
}

Result<ValueFrame> DicomFile::decodeValues(int frame)
{
    QMutexLocker lock(&m_mutex);
    if (Status prepared = prepareFrame(frame); !prepared)
        return prepared.error();
    DcmDataset &ds = *m_file->getDataset();
    if (isFloatPixelData(ds))
        return floatValues(ds, m_info, frame);
    const Result<ImagePtr> image = makeImage(*m_file, m_info, frame);
    if (!image)
        return image.error();
    return toValues(**image);
}

} // namespace veil
