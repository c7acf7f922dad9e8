#pragma once

#include <QByteArray>
#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace veil {

// What an image is and how its frames come out, free of any DICOM toolkit:
// what engine/pixel works on (ImageFrames.h) and engine/dicom provides.

// One thing to read: a plain file, or an entry inside a zip archive.
struct InputItem
{
    QString filePath; // file on disk (the archive, for a zip entry)
    QString zipEntry; // entry name inside the archive; empty for a plain file
    QString displayPath() const { return zipEntry.isEmpty() ? filePath : filePath + "!/" + zipEntry; }
    bool operator==(const InputItem &o) const { return filePath == o.filePath && zipEntry == o.zipEntry; }
};

// The header fields a browser, the CLI and later layers need.
struct InstanceInfo
{
    InputItem source;
    QString transferSyntaxUid;
    QString transferSyntaxName;
    QString sopClassUid;
    QString sopClassName;
    QString sopInstanceUid;
    QString modality;
    QString manufacturer;
    QString model; // Manufacturer's Model Name

    QString patientName; // UTF-8, converted from the Specific Character Set
    QString patientId;
    QString patientBirthDate;
    QString patientSex;
    QString studyInstanceUid;
    QString studyDate;
    QString studyTime;
    QString studyDescription;
    QString accessionNumber;
    QString seriesInstanceUid;
    QString seriesDescription;
    int seriesNumber = 0;
    int instanceNumber = 0;

    bool hasPixelData = false;
    int rows = 0;
    int columns = 0;
    int frames = 0;
    int samplesPerPixel = 0;
    int bitsAllocated = 0;
    int bitsStored = 0;
    int pixelRepresentation = 0;
    int planarConfiguration = 0;
    QString photometric;
    double frameTimeMs = 0;       // cine: time per frame (0: not given)
    QString burnedInAnnotation;   // "YES", "NO" or empty
    QStringList displayFixups;    // in-memory repairs made before decoding (see DatasetFixups.h)
    QList<QRect> clinicalRegions; // ultrasound regions holding tissue data (Sequence of Ultrasound Regions)

    bool isDicomDir = false;
};

// Whether pixel data stored with this transfer syntax lost detail (JPEG
// baseline and extended, JPEG-LS near-lossless, JPEG 2000 and HTJ2K that
// allow loss): stored values are no longer what was drawn.
inline bool isLossyTransferSyntax(const QString &uid)
{
    static const QStringList lossy{QStringLiteral("1.2.840.10008.1.2.4.50"), QStringLiteral("1.2.840.10008.1.2.4.51"),
                                   QStringLiteral("1.2.840.10008.1.2.4.81"), QStringLiteral("1.2.840.10008.1.2.4.91"),
                                   QStringLiteral("1.2.840.10008.1.2.4.93"), QStringLiteral("1.2.840.10008.1.2.4.203")};
    return lossy.contains(uid);
}

// A frame ready for display: 8-bit grey (1 channel) or RGB (3 channels),
// rows packed without padding.
struct DisplayFrame
{
    int width = 0;
    int height = 0;
    int channels = 0;
    QByteArray pixels;
    double windowCenter = 0, windowWidth = 0; // the window used (colour: on 8-bit samples; 0: a VOI LUT)
    bool isNull() const { return pixels.isEmpty(); }
    qsizetype byteSize() const { return pixels.size(); }
};

// Decoded sample values of one frame after the modality LUT (monochrome) or
// as 8-bit RGB (colour). Used to compare decoders and by later pixel work.
struct ValueFrame
{
    int width = 0;
    int height = 0;
    int channels = 0;
    std::vector<double> values;
};

struct RenderOptions
{
    // Explicit window (centre, width) in modality units; otherwise the file's
    // first window, then its first VOI LUT, then a min/max window.
    std::optional<double> windowCenter;
    std::optional<double> windowWidth;
};

} // namespace veil
