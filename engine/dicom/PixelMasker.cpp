#include "engine/dicom/PixelMasker.h"

#include "engine/dicom/codec/JpegLs.h"

#include "engine/dicom/DicomFile.h"
#include "engine/dicom/DicomTypes.h"
#include "engine/dicom/codec/EncapsulatedFrames.h"
#include "engine/dicom/codec/Jpeg2000.h"
#include "engine/dicom/codec/JpegBlocks.h"
#include "engine/dicom/codec/TransferSyntax.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <algorithm>
#include <vector>

namespace veil {
namespace {

QString text(DcmDataset &ds, const DcmTagKey &tag)
{
    OFString v;
    return ds.findAndGetOFString(tag, v).good() ? QString::fromLatin1(v.c_str()).trimmed() : QString();
}

// Every JPEG-LS frame through CharLS 2, into native pixel data.
Status decodeJpegLsFrames(DcmDataset &ds, const InstanceInfo &info)
{
    QByteArray out;
    bool planar = false;
    for (int f = 0; f < info.frames; ++f) {
        const Result<QByteArray> stream = encapsulatedFrame(ds, f, info.frames);
        if (!stream)
            return stream.error();
        const Result<JpegLsFrame> decoded = decodeJpegLs(*stream, info);
        if (!decoded)
            return decoded.error();
        if (f > 0 && decoded->planar != planar)
            return failure(QStringLiteral("JPEG-LS frames interleaved in different ways"), ErrorCode::Damaged);
        planar = decoded->planar;
        out += decoded->pixels;
    }
    putNativePixelData(ds, out.constData(), out.size(), info.bitsAllocated > 8);
    if (info.samplesPerPixel > 1)
        ds.putAndInsertUint16(DCM_PlanarConfiguration, planar ? 1 : 0);
    return {};
}

// JPEG 2000 / HTJ2K: every frame through OpenJPEG into native planar data.
Status decodeOpenJpegFrames(DcmDataset &ds, const InstanceInfo &info)
{
    const int samples = std::max(1, info.samplesPerPixel);
    const int bytes = info.bitsAllocated > 8 ? 2 : 1;
    const size_t plane = size_t(info.rows) * size_t(info.columns);
    std::vector<Uint8> out(plane * size_t(samples) * size_t(info.frames) * size_t(bytes));
    for (int f = 0; f < info.frames; ++f) {
        const Result<QByteArray> code = encapsulatedFrame(ds, f, info.frames);
        if (!code)
            return code.error();
        const Result<Jpeg2000Image> decoded = decodeJpeg2000(*code, qint64(plane) * samples);
        if (!decoded)
            return decoded.error();
        const Jpeg2000Image &img = *decoded;
        if (img.width != info.columns || img.height != info.rows || img.components != samples)
            return failure(QStringLiteral("JPEG 2000 frame does not match the header"), ErrorCode::Damaged);
        for (size_t i = 0; i < img.samples.size(); ++i) {
            const size_t at = (plane * size_t(samples) * size_t(f) + i) * size_t(bytes);
            const quint32 v = quint32(img.samples[i]);
            out[at] = Uint8(v);
            if (bytes == 2)
                out[at + 1] = Uint8(v >> 8);
        }
    }
    putNativePixelData(ds, reinterpret_cast<const char *>(out.data()), qsizetype(out.size()), bytes == 2);
    if (samples > 1)
        ds.putAndInsertUint16(DCM_PlanarConfiguration, 1);
    const QString pi = text(ds, DCM_PhotometricInterpretation);
    if (pi == QLatin1String("YBR_RCT") || pi == QLatin1String("YBR_ICT"))
        ds.putAndInsertString(DCM_PhotometricInterpretation, "RGB");
    if (bytes == 2 && info.bitsAllocated != 16)
        ds.putAndInsertUint16(DCM_BitsAllocated, 16);
    return {};
}

// Decoded pixel data of every frame is held at once: a header that claims
// 100,000 frames of 4096 x 4096 must not make Veil ask for terabytes.
constexpr quint64 kMaxDecodedBytes = quint64(1) << 30;

Status makeNative(DcmDataset &ds, const InstanceInfo &info, MaskOutcome &o)
{
    const TransferSyntaxInfo ts = transferSyntaxInfo(info.transferSyntaxUid);
    if (!ts.encapsulated)
        return {};
    if (const quint64 bytes = nativePixelBytes(info, info.frames); bytes > kMaxDecodedBytes)
        return failure(QStringLiteral("%1 frames of %2x%3 would take %4 MB decoded, more than %5 MB: not masked")
                           .arg(info.frames)
                           .arg(info.columns)
                           .arg(info.rows)
                           .arg(bytes >> 20)
                           .arg(kMaxDecodedBytes >> 20),
                       ErrorCode::TooLarge);
    if (ts.codec == PixelCodec::Unsupported)
        return failure(QStringLiteral("cannot decode %1 to mask it").arg(ts.name), ErrorCode::Unsupported);
    if (ts.codec == PixelCodec::OpenJpeg) {
        if (Status decoded = decodeOpenJpegFrames(ds, info); !decoded)
            return decoded;
    } else if (ts.codec == PixelCodec::CharLs) {
        if (Status decoded = decodeJpegLsFrames(ds, info); !decoded)
            return decoded;
    } else if (ds.chooseRepresentation(EXS_LittleEndianExplicit, nullptr).bad()) {
        return failure(QStringLiteral("cannot decode the pixel data to mask it"), ErrorCode::Damaged);
    }
    o.decompressed = true;
    if (isLossyTransferSyntax(info.transferSyntaxUid) || text(ds, DCM_LossyImageCompression) == QLatin1String("01"))
        ds.putAndInsertString(DCM_LossyImageCompression, "01");
    return {};
}

// Where to write, and what.
struct Layout
{
    int rows, columns, samples, bitsAllocated, bitsStored;
    bool planar, signedData;
    QString photometric;
    size_t frameBytes() const { return (size_t(rows) * columns * samples * bitsAllocated + 7) / 8; }
};

Uint32 darkest(const Layout &l, int sample, DcmDataset &ds)
{
    const Uint32 full = l.bitsStored >= 32 ? 0xFFFFFFFFu : ((1u << l.bitsStored) - 1);
    if (l.photometric == QLatin1String("MONOCHROME1"))
        return l.signedData ? full >> 1 : full;
    if (l.photometric.startsWith(QLatin1String("YBR")) && sample > 0)
        return 1u << (l.bitsStored - 1); // neutral chroma
    if (l.photometric == QLatin1String("PALETTE COLOR")) {
        const Uint16 *r = nullptr, *g = nullptr, *b = nullptr;
        unsigned long n = 0, ng = 0, nb = 0;
        Uint16 first = 0;
        ds.findAndGetUint16(DCM_RedPaletteColorLookupTableDescriptor, first, 1);
        if (ds.findAndGetUint16Array(DCM_RedPaletteColorLookupTableData, r, &n).good() &&
            ds.findAndGetUint16Array(DCM_GreenPaletteColorLookupTableData, g, &ng).good() &&
            ds.findAndGetUint16Array(DCM_BluePaletteColorLookupTableData, b, &nb).good() && n && ng == n && nb == n) {
            unsigned long best = 0;
            for (unsigned long i = 1; i < n; ++i)
                if (quint32(r[i]) + g[i] + b[i] < quint32(r[best]) + g[best] + b[best])
                    best = i;
            return Uint32(first + best);
        }
        return 0;
    }
    if (l.signedData) // the most negative value, in two's complement of Bits Stored
        return 1u << (l.bitsStored - 1);
    return 0;
}

Uint32 readRaw(const Uint8 *frame, const Layout &l, size_t index)
{
    switch (l.bitsAllocated) {
    case 1:
        return (frame[index / 8] >> (index % 8)) & 1u;
    case 8:
        return frame[index];
    case 16:
        return reinterpret_cast<const Uint16 *>(frame)[index];
    case 32:
        return reinterpret_cast<const Uint32 *>(frame)[index];
    default:
        return 0;
    }
}

// Monochrome: the darkest value the frame already holds (its minimum, or
// maximum for MONOCHROME1), so that masks do not stretch automatic windows.
Uint32 darkestPresent(const Uint8 *frame, const Layout &l)
{
    const size_t n = size_t(l.rows) * l.columns;
    const Uint32 mask = l.bitsStored >= 32 ? 0xFFFFFFFFu : ((1u << l.bitsStored) - 1);
    auto value = [&](size_t i) -> qint64 {
        const Uint32 raw = readRaw(frame, l, i) & mask;
        if (l.signedData && l.bitsStored < 32 && (raw >> (l.bitsStored - 1)) & 1u)
            return qint64(raw) - (qint64(1) << l.bitsStored);
        return raw;
    };
    const bool inverted = l.photometric == QLatin1String("MONOCHROME1");
    size_t best = 0;
    for (size_t i = 1; i < n; ++i)
        if (inverted ? value(i) > value(best) : value(i) < value(best))
            best = i;
    return readRaw(frame, l, best) & mask;
}

void writeSample(Uint8 *frame, const Layout &l, int x, int y, int s, Uint32 value)
{
    const size_t pixel = size_t(y) * l.columns + x;
    const size_t index = l.planar ? size_t(s) * l.rows * l.columns + pixel : pixel * l.samples + s;
    switch (l.bitsAllocated) {
    case 1:
        if (value)
            frame[index / 8] |= Uint8(1u << (index % 8));
        else
            frame[index / 8] &= Uint8(~(1u << (index % 8)));
        break;
    case 8:
        frame[index] = Uint8(value);
        break;
    case 16:
        reinterpret_cast<Uint16 *>(frame)[index] = Uint16(value);
        break;
    case 32:
        reinterpret_cast<Uint32 *>(frame)[index] = value;
        break;
    default:
        break;
    }
}

// YBR_FULL_422 native: pixel pairs stored Y0 Y1 Cb Cr; whole pairs are masked.
void maskYbr422(Uint8 *frame, const Layout &l, const QRect &r)
{
    const int x0 = r.left() & ~1, x1 = r.right() | 1;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = x0; x + 1 <= std::min(x1, l.columns - 1); x += 2) {
            Uint8 *p = frame + (size_t(y) * l.columns + x) * 2;
            p[0] = p[1] = 0;
            p[2] = p[3] = 128;
        }
}

} // namespace

// Baseline JPEG: redacted block by block in the DCT domain, each frame
// rewritten as its own fragment; frames without masks keep their bytes.
Status maskJpegBlocks(DcmDataset &ds, const InstanceInfo &info, const std::function<QList<QRect>(int)> &masksOf,
                      MaskOutcome &o)
{
    auto *sequence = new DcmPixelSequence(DCM_PixelSequenceTag);
    sequence->insert(new DcmPixelItem(DCM_PixelItemTag)); // empty offset table
    for (int f = 0; f < info.frames; ++f) {
        const Result<QByteArray> frame = encapsulatedFrame(ds, f, info.frames);
        if (!frame) {
            delete sequence;
            return frame.error();
        }
        const QList<QRect> masks = masksOf(f);
        Result<QByteArray> blocks = masks.isEmpty() ? frame : redactJpegBlocks(*frame, masks);
        if (!blocks) {
            delete sequence;
            return blocks.error();
        }
        QByteArray redacted = std::move(blocks).value();
        for (const QRect &m : masks)
            o.pixelsMasked += m.width() * m.height();
        if (redacted.size() % 2)
            redacted.append('\0');
        auto *item = new DcmPixelItem(DCM_PixelItemTag);
        item->putUint8Array(reinterpret_cast<const Uint8 *>(redacted.constData()),
                            static_cast<unsigned long>(redacted.size()));
        sequence->insert(item);
    }
    auto *pixelData = new DcmPixelData(DCM_PixelData);
    pixelData->putOriginalRepresentation(EXS_JPEGProcess1, nullptr, sequence);
    ds.insert(pixelData, true);
    return {};
}

Result<MaskOutcome> maskPixels(DcmDataset &ds, const InstanceInfo &info,
                               const std::function<QList<QRect>(int frame)> &masksOf)
{
    MaskOutcome o;
    bool any = false;
    for (int f = 0; f < info.frames && !any; ++f)
        any = !masksOf(f).isEmpty();
    if (!any || !info.hasPixelData)
        return o;
    if (info.transferSyntaxUid == QLatin1String("1.2.840.10008.1.2.4.50") && info.bitsAllocated == 8) {
        if (Status redacted = maskJpegBlocks(ds, info, masksOf, o); !redacted)
            return redacted.error();
        return o;
    }
    if (Status native = makeNative(ds, info, o); !native)
        return native.error();
    Uint16 planar = 0, allocated = 0, stored = 0, representation = 0;
    ds.findAndGetUint16(DCM_PlanarConfiguration, planar);
    ds.findAndGetUint16(DCM_BitsAllocated, allocated);
    ds.findAndGetUint16(DCM_BitsStored, stored);
    ds.findAndGetUint16(DCM_PixelRepresentation, representation);
    const Layout l{info.rows,
                   info.columns,
                   std::max(1, info.samplesPerPixel),
                   allocated,
                   stored ? stored : allocated,
                   planar == 1,
                   representation == 1,
                   text(ds, DCM_PhotometricInterpretation)};
    DcmElement *pixels = nullptr;
    Uint8 *data = nullptr;
    if (ds.findAndGetElement(DCM_PixelData, pixels).bad() || pixels->getUint8Array(data).bad() || !data)
        return failure(QStringLiteral("no native pixel data to mask"), ErrorCode::Damaged);
    const bool ybr422 = l.photometric == QLatin1String("YBR_FULL_422");
    const size_t frameBytes = ybr422 ? size_t(l.rows) * l.columns * 2 : l.frameBytes();
    if (pixels->getLength() < frameBytes * size_t(info.frames))
        return failure(QStringLiteral("pixel data shorter than its frames"), ErrorCode::Damaged);
    const QRect image(0, 0, l.columns, l.rows);
    for (int f = 0; f < info.frames; ++f) {
        Uint8 *frame = data + frameBytes * size_t(f);
        const QList<QRect> masks = masksOf(f);
        const bool monochrome = l.photometric.startsWith(QLatin1String("MONOCHROME"));
        const Uint32 darkMono = masks.isEmpty() || !monochrome ? 0 : darkestPresent(frame, l);
        for (const QRect &mask : masks) {
            const QRect r = mask.intersected(image);
            if (ybr422) {
                maskYbr422(frame, l, r);
                o.pixelsMasked += r.width() * r.height();
                continue;
            }
            for (int s = 0; s < l.samples; ++s) {
                const Uint32 value = monochrome ? darkMono : darkest(l, s, ds);
                for (int y = r.top(); y <= r.bottom(); ++y)
                    for (int x = r.left(); x <= r.right(); ++x)
                        writeSample(frame, l, x, y, s, value);
            }
            o.pixelsMasked += r.width() * r.height();
        }
    }
    // The compressed original is still cached beside the masked native data:
    // drop it, or a later encoding step would write the unmasked pixels back.
    if (o.decompressed)
        static_cast<DcmPixelData *>(pixels)->removeAllButCurrentRepresentations();
    return o;
}

} // namespace veil
