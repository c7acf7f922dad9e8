#pragma once

// Text drawn into generated images, and those images scanned as Veil
// would: shared by the tests of burned-in text detection.

#include "engine/dicom/DicomFile.h"
#include "engine/jobs/JobContext.h"
#include "engine/pixel/BurnedText.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegion>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <vector>

namespace veil::test {

// Text drawn white on black without anti-aliasing (what the stored values
// get): font family, pixel size, baseline origin, text; `turned`: a quarter
// turn clockwise about the origin (reading top to bottom).
struct InkLine
{
    QString family;
    int pixels;
    QPoint at;
    QString text;
    bool turned = false;
};

inline QImage inkOf(QSize size, const QList<InkLine> &lines)
{
    QImage ink(size, QImage::Format_Grayscale8);
    ink.fill(0);
    QPainter p(&ink);
    p.setPen(Qt::white);
    for (const InkLine &l : lines) {
        QFont font(l.family);
        font.setPixelSize(l.pixels);
        font.setStyleStrategy(QFont::NoAntialias);
        p.setFont(font);
        p.save();
        p.translate(l.at);
        if (l.turned)
            p.rotate(90);
        p.drawText(QPoint(0, 0), l.text);
        p.restore();
    }
    return ink;
}

inline bool inked(const QImage &ink, int x, int y)
{
    return qGray(ink.pixel(x, y)) > 128;
}

// How many of the ink's pixels inside `area` no mask of `scan` covers, of how many.
inline std::pair<int, int> showing(const QImage &ink, const TextScan &scan, const QRect &area)
{
    QRegion masked;
    for (const QRect &r : scan.masks(0))
        masked += r;
    int show = 0, all = 0;
    const QRect in = area.intersected(ink.rect());
    for (int y = in.top(); y <= in.bottom(); ++y)
        for (int x = in.left(); x <= in.right(); ++x)
            if (inked(ink, x, y)) {
                ++all;
                show += masked.contains(QPoint(x, y)) ? 0 : 1;
            }
    return {show, all};
}

// The image pixel module of an uncompressed image: its size, grey
// (MONOCHROME2) or RGB (interleaved), unsigned, `bits` of `allocated` stored.
inline void putPixelModule(DcmDataset &ds, int columns, int rows, bool rgb, int allocated, int bits)
{
    ds.putAndInsertUint16(DCM_Rows, Uint16(rows));
    ds.putAndInsertUint16(DCM_Columns, Uint16(columns));
    ds.putAndInsertUint16(DCM_SamplesPerPixel, rgb ? 3 : 1);
    ds.putAndInsertString(DCM_PhotometricInterpretation, rgb ? "RGB" : "MONOCHROME2");
    if (rgb)
        ds.putAndInsertUint16(DCM_PlanarConfiguration, 0);
    ds.putAndInsertUint16(DCM_BitsAllocated, Uint16(allocated));
    ds.putAndInsertUint16(DCM_BitsStored, Uint16(bits));
    ds.putAndInsertUint16(DCM_HighBit, Uint16(bits - 1));
    ds.putAndInsertUint16(DCM_PixelRepresentation, 0);
}

inline void putIdentity(DcmDataset &ds, const char *sopClass, const char *modality, const char *patientName)
{
    ds.putAndInsertString(DCM_SOPClassUID, sopClass);
    ds.putAndInsertString(DCM_SOPInstanceUID, "2.25.4242");
    ds.putAndInsertString(DCM_Modality, modality);
    ds.putAndInsertString(DCM_PatientName, patientName);
}

inline TextScan scanOf(const QString &path, DcmFileFormat &ff)
{
    if (ff.saveFile(QFile::encodeName(path).constData(), EXS_LittleEndianExplicit).bad())
        return {};
    auto file = DicomFile::open({path, {}}).valueOr(nullptr);
    if (!file)
        return {};
    const PhiMatcher matcher(file->identityValues());
    return scanBurnedText(*file, matcher, JobContext::none()).valueOr(TextScan());
}

// A grey CT slice of `pixels` (w x h, `bits` stored), scanned as Veil
// would; an empty scan when it cannot be written. `window`: the header
// gives one, of `centre` and `width`.
inline TextScan scanOfGrey(const QString &path, int w, int h, const std::vector<Uint16> &pixels,
                           const char *patientName, bool window, int bits = 12, double centre = 40, double width = 80)
{
    DcmFileFormat ff;
    DcmDataset &ds = *ff.getDataset();
    putIdentity(ds, UID_CTImageStorage, "CT", patientName);
    putPixelModule(ds, w, h, false, 16, bits);
    if (window) {
        ds.putAndInsertString(DCM_WindowCenter, QByteArray::number(centre).constData());
        ds.putAndInsertString(DCM_WindowWidth, QByteArray::number(width).constData());
    }
    ds.putAndInsertUint16Array(DCM_PixelData, pixels.data(), static_cast<unsigned long>(pixels.size()));
    return scanOf(path, ff);
}

// An 8-bit RGB ultrasound still of `image`, scanned as Veil would.
inline TextScan scanOfRgb(const QString &path, const QImage &image, const char *patientName)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    DcmFileFormat ff;
    DcmDataset &ds = *ff.getDataset();
    putIdentity(ds, UID_UltrasoundImageStorage, "US", patientName);
    putPixelModule(ds, rgb.width(), rgb.height(), true, 8, 8);
    QByteArray pixels;
    for (int row = 0; row < rgb.height(); ++row)
        pixels.append(reinterpret_cast<const char *>(rgb.constScanLine(row)), rgb.width() * 3);
    ds.putAndInsertUint8Array(DCM_PixelData, reinterpret_cast<const Uint8 *>(pixels.constData()),
                              static_cast<unsigned long>(pixels.size()));
    return scanOf(path, ff);
}

} // namespace veil::test
