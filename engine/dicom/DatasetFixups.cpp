#include "engine/dicom/DatasetFixups.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <cmath>
#include <vector>

namespace veil {
namespace {

void assumeMissingPixelAttributes(DcmDataset &ds, QStringList &done)
{
    auto assume = [&](const DcmTagKey &tag, const char *what, auto put) {
        if (!ds.tagExists(tag)) {
            put();
            done << QString::fromLatin1(what);
        }
    };
    // (DCMTK's findAndGet* zero their output when the attribute is missing.)
    Uint16 samples = 0, bitsAllocated = 0, bitsStored = 0;
    assume(DCM_SamplesPerPixel, "SamplesPerPixel=1", [&] { ds.putAndInsertUint16(DCM_SamplesPerPixel, 1); });
    ds.findAndGetUint16(DCM_SamplesPerPixel, samples);
    ds.findAndGetUint16(DCM_BitsAllocated, bitsAllocated);
    if (samples == 1)
        assume(DCM_PhotometricInterpretation, "PhotometricInterpretation=MONOCHROME2",
               [&] { ds.putAndInsertString(DCM_PhotometricInterpretation, "MONOCHROME2"); });
    assume(DCM_PixelRepresentation, "PixelRepresentation=0",
           [&] { ds.putAndInsertUint16(DCM_PixelRepresentation, 0); });
    if (bitsAllocated > 0) {
        assume(DCM_BitsStored, "BitsStored=BitsAllocated",
               [&] { ds.putAndInsertUint16(DCM_BitsStored, bitsAllocated); });
        ds.findAndGetUint16(DCM_BitsStored, bitsStored);
        assume(DCM_HighBit, "HighBit=BitsStored-1",
               [&] { ds.putAndInsertUint16(DCM_HighBit, Uint16(bitsStored - 1)); });
    }
}

// PS3.3 C.7.9.2: discrete (0), linear (1) and indirect (2) segments.
bool expandSegments(const Uint16 *data, size_t count, std::vector<Uint16> &lut, int depth = 0)
{
    size_t p = 0;
    while (p + 2 <= count) {
        const Uint16 op = data[p], length = data[p + 1];
        p += 2;
        if (op == 0) {
            if (p + length > count)
                return false;
            lut.insert(lut.end(), data + p, data + p + length);
            p += length;
        } else if (op == 1) {
            if (p >= count || lut.empty())
                return false;
            const double y0 = lut.back(), y1 = data[p++];
            for (Uint16 i = 1; i <= length; ++i)
                lut.push_back(Uint16(std::lround(y0 + (y1 - y0) * i / length)));
        } else if (op == 2) {
            if (p + 2 > count || depth > 0)
                return false;
            const size_t offset = size_t(data[p]) | size_t(data[p + 1]) << 16;
            p += 2;
            if (offset >= count)
                return false;
            std::vector<Uint16> copied;
            // `length` segments from the offset: expand them on their own.
            if (!expandSegments(data + offset, count - offset, copied, depth + 1))
                return false;
            lut.insert(lut.end(), copied.begin(), copied.end());
        } else {
            return false;
        }
    }
    return true;
}

void expandSegmentedPalettes(DcmDataset &ds, QStringList &done)
{
    const DcmTagKey segmented[] = {DCM_SegmentedRedPaletteColorLookupTableData,
                                   DCM_SegmentedGreenPaletteColorLookupTableData,
                                   DCM_SegmentedBluePaletteColorLookupTableData};
    const DcmTagKey plain[] = {DCM_RedPaletteColorLookupTableData, DCM_GreenPaletteColorLookupTableData,
                               DCM_BluePaletteColorLookupTableData};
    for (int c = 0; c < 3; ++c) {
        const Uint16 *data = nullptr;
        unsigned long count = 0;
        if (ds.tagExists(plain[c]) || ds.findAndGetUint16Array(segmented[c], data, &count).bad() || !data)
            continue;
        std::vector<Uint16> lut;
        if (!expandSegments(data, count, lut) || lut.empty())
            continue;
        ds.putAndInsertUint16Array(plain[c], lut.data(), static_cast<unsigned long>(lut.size()));
        ds.findAndDeleteElement(segmented[c]);
        if (c == 0)
            done << QStringLiteral("segmented palette expanded");
    }
}

DcmItem *firstItem(DcmItem &parent, const DcmTagKey &sequence, unsigned long index = 0)
{
    DcmItem *item = nullptr;
    return parent.findAndGetSequenceItem(sequence, item, long(index)).good() ? item : nullptr;
}

// The functional group macro item (e.g. Frame VOI LUT) for the shared groups,
// or else for the given frame.
DcmItem *functionalGroup(DcmDataset &ds, const DcmTagKey &macro, long frame)
{
    if (frame < 0)
        if (DcmItem *shared = firstItem(ds, DCM_SharedFunctionalGroupsSequence))
            if (DcmItem *item = firstItem(*shared, macro))
                return item;
    if (DcmItem *perFrame = firstItem(ds, DCM_PerFrameFunctionalGroupsSequence, std::max(0L, frame)))
        return firstItem(*perFrame, macro);
    return nullptr;
}

void promoteFunctionalGroups(DcmDataset &ds, QStringList &done)
{
    struct Promotion
    {
        DcmTagKey macro;
        DcmTagKey tags[3];
        const char *what;
    };
    const Promotion promotions[] = {
        {DCM_PixelValueTransformationSequence,
         {DCM_RescaleIntercept, DCM_RescaleSlope, DCM_RescaleType},
         "rescale from functional groups"},
        {DCM_FrameVOILUTSequence,
         {DCM_WindowCenter, DCM_WindowWidth, DCM_VOILUTFunction},
         "window from functional groups"},
    };
    for (const Promotion &p : promotions) {
        if (ds.tagExists(p.tags[0]))
            continue;
        DcmItem *item = functionalGroup(ds, p.macro, -1);
        if (!item)
            continue;
        bool copied = false;
        for (const DcmTagKey &tag : p.tags) {
            DcmElement *e = nullptr;
            if (item->findAndGetElement(tag, e).good() && e) {
                ds.insert(static_cast<DcmElement *>(e->clone()), true);
                copied = true;
            }
        }
        if (copied)
            done << QString::fromLatin1(p.what);
    }
}

} // namespace

QStringList applyDisplayFixups(DcmDataset &dataset)
{
    QStringList done;
    assumeMissingPixelAttributes(dataset, done);
    expandSegmentedPalettes(dataset, done);
    promoteFunctionalGroups(dataset, done);
    return done;
}

void applyPerFrameRescale(DcmDataset &dataset, int frame)
{
    DcmItem *perFrame = firstItem(dataset, DCM_PerFrameFunctionalGroupsSequence, static_cast<unsigned long>(frame));
    DcmItem *pvt = perFrame ? firstItem(*perFrame, DCM_PixelValueTransformationSequence) : nullptr;
    if (!pvt)
        return;
    for (const DcmTagKey &tag : {DCM_RescaleIntercept, DCM_RescaleSlope}) {
        DcmElement *e = nullptr;
        if (pvt->findAndGetElement(tag, e).good() && e)
            dataset.insert(static_cast<DcmElement *>(e->clone()), true);
    }
}

std::optional<std::pair<double, double>> perFrameWindow(DcmDataset &dataset, int frame)
{
    DcmItem *perFrame = firstItem(dataset, DCM_PerFrameFunctionalGroupsSequence, static_cast<unsigned long>(frame));
    DcmItem *voi = perFrame ? firstItem(*perFrame, DCM_FrameVOILUTSequence) : nullptr;
    Float64 center = 0, width = 0;
    if (voi && voi->findAndGetFloat64(DCM_WindowCenter, center).good() &&
        voi->findAndGetFloat64(DCM_WindowWidth, width).good() && width > 0)
        return std::make_pair(center, width);
    return std::nullopt;
}

} // namespace veil
