#include "engine/dicom/demo/DemoStudy.h"

#include "engine/dicom/DicomInit.h"
#include "engine/pixel/DemoPixels.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cmath>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

namespace veil {
namespace {

using Id = DemoIdentity;

// Deterministic UIDs under 2.25 (a fixed 128-bit-range integer per object).
QByteArray uid(int n)
{
    return QByteArray("2.25.33141592653589793238462643383279") + QByteArray::number(n).rightJustified(4, '0');
}

constexpr int kStudyUid = 1;
constexpr int kFrameOfReference = 2;

struct SeriesSpec
{
    int number;
    const char *modality;
    const char *description;
    const char *sopClass;
};

void putPatientAndStudy(DcmDataset &ds)
{
    ds.putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 100");
    ds.putAndInsertString(DCM_PatientName, Id::patientName);
    ds.putAndInsertString(DCM_PatientID, Id::patientId);
    ds.putAndInsertString(DCM_PatientBirthDate, Id::birthDate);
    ds.putAndInsertString(DCM_PatientSex, Id::sex);
    ds.putAndInsertString(DCM_StudyInstanceUID, uid(kStudyUid).constData());
    ds.putAndInsertString(DCM_StudyDate, Id::studyDate);
    ds.putAndInsertString(DCM_StudyTime, Id::studyTime);
    ds.putAndInsertString(DCM_StudyID, "1");
    ds.putAndInsertString(DCM_AccessionNumber, Id::accession);
    ds.putAndInsertString(DCM_ReferringPhysicianName, Id::referring);
    ds.putAndInsertString(DCM_StudyDescription, "VEIL DEMO - synthetic study, all identity is fake");
    ds.putAndInsertString(DCM_InstitutionName, Id::institution);
    ds.putAndInsertString(DCM_Manufacturer, "Veil demo generator");
}

void putSeriesAndInstance(DcmDataset &ds, const SeriesSpec &s, int instance)
{
    ds.putAndInsertString(DCM_SOPClassUID, s.sopClass);
    ds.putAndInsertString(DCM_SOPInstanceUID, uid(s.number * 100 + instance).constData());
    ds.putAndInsertString(DCM_SeriesInstanceUID, uid(s.number * 100).constData());
    ds.putAndInsertString(DCM_Modality, s.modality);
    ds.putAndInsertString(DCM_SeriesDescription, s.description);
    ds.putAndInsertString(DCM_SeriesNumber, QByteArray::number(s.number).constData());
    ds.putAndInsertString(DCM_InstanceNumber, QByteArray::number(instance).constData());
    ds.putAndInsertString(DCM_SeriesDate, Id::studyDate);
    ds.putAndInsertString(DCM_ContentDate, Id::studyDate);
    ds.putAndInsertString(DCM_ContentTime, Id::studyTime);
}

void putImagePixel(DcmDataset &ds, int rows, int cols, int samples, int bits, bool isSigned, const char *photometric)
{
    ds.putAndInsertUint16(DCM_Rows, Uint16(rows));
    ds.putAndInsertUint16(DCM_Columns, Uint16(cols));
    ds.putAndInsertUint16(DCM_SamplesPerPixel, Uint16(samples));
    ds.putAndInsertString(DCM_PhotometricInterpretation, photometric);
    ds.putAndInsertUint16(DCM_BitsAllocated, Uint16(bits));
    ds.putAndInsertUint16(DCM_BitsStored, Uint16(bits));
    ds.putAndInsertUint16(DCM_HighBit, Uint16(bits - 1));
    ds.putAndInsertUint16(DCM_PixelRepresentation, isSigned ? 1 : 0);
    if (samples > 1)
        ds.putAndInsertUint16(DCM_PlanarConfiguration, 0);
}

void putPixels(DcmDataset &ds, const QByteArray &pixels, int bits)
{
    if (bits == 8)
        ds.putAndInsertUint8Array(DCM_PixelData, reinterpret_cast<const Uint8 *>(pixels.constData()), pixels.size());
    else
        ds.putAndInsertUint16Array(DCM_PixelData, reinterpret_cast<const Uint16 *>(pixels.constData()),
                                   pixels.size() / 2);
}

// Formats a DICOM date (YYYYMMDD) as a person would see it on a screen.
QString usDate(const char *da)
{
    QString d = QString::fromLatin1(da);
    return d.mid(4, 2) + '/' + d.mid(6, 2) + '/' + d.left(4);
}
QString isoDate(const char *da)
{
    QString d = QString::fromLatin1(da);
    return d.left(4) + '-' + d.mid(4, 2) + '-' + d.mid(6, 2);
}
QString clock(const char *tm)
{
    QString t = QString::fromLatin1(tm);
    return t.left(2) + ':' + t.mid(2, 2) + ':' + t.mid(4, 2);
}

QStringList usLabels()
{
    return {QStringLiteral("VEILDEMO, JANE Q"), QStringLiteral("ID: %1").arg(QLatin1String(Id::patientId)),
            QStringLiteral("DOB: %1").arg(usDate(Id::birthDate)),
            QStringLiteral("%1 %2").arg(usDate(Id::studyDate), clock(Id::studyTime)),
            QString::fromLatin1(Id::institution)};
}

QStringList usSettings()
{
    return {QStringLiteral("C5-1"), QStringLiteral("Depth 14 cm"), QStringLiteral("Gain 52%"), QStringLiteral("25 Hz")};
}

class Writer
{
public:
    explicit Writer(const QString &folder) : m_dir(folder) {}

    bool save(DcmFileFormat &ff, const QString &relative)
    {
        const QString path = m_dir.filePath(relative);
        if (!m_dir.mkpath(QFileInfo(path).absolutePath()))
            return failed(QStringLiteral("cannot create folder for %1").arg(relative));
        const QString tmp = path + QStringLiteral(".part");
        const OFCondition c = ff.saveFile(QFile::encodeName(tmp).constData(), EXS_LittleEndianExplicit);
        if (c.bad() || (QFile::exists(path) && !QFile::remove(path)) || !QFile::rename(tmp, path)) {
            QFile::remove(tmp);
            return failed(QStringLiteral("cannot write %1: %2").arg(relative, QString::fromLatin1(c.text())));
        }
        m_files << relative;
        return true;
    }

    bool failed(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = why;
        return false;
    }

    Result<QStringList> result() const
    {
        if (!m_error.isEmpty())
            return failure(m_error, ErrorCode::Io);
        return m_files;
    }

private:
    QDir m_dir;
    QStringList m_files;
    QString m_error;
};

// Where the tissue is (the sector's bounding box), as real scanners record it.
void putUltrasoundRegion(DcmDataset &ds)
{
    DcmItem *region = nullptr;
    ds.findOrCreateSequenceItem(DCM_SequenceOfUltrasoundRegions, region, -2);
    region->putAndInsertUint16(DCM_RegionSpatialFormat, 1); // 2D
    region->putAndInsertUint16(DCM_RegionDataType, 1);      // tissue
    region->putAndInsertUint32(DCM_RegionFlags, 0);
    region->putAndInsertUint32(DCM_RegionLocationMinX0, 50);
    region->putAndInsertUint32(DCM_RegionLocationMinY0, 160);
    region->putAndInsertUint32(DCM_RegionLocationMaxX1, 590);
    region->putAndInsertUint32(DCM_RegionLocationMaxY1, 470);
    region->putAndInsertUint16(DCM_PhysicalUnitsXDirection, 3); // cm
    region->putAndInsertUint16(DCM_PhysicalUnitsYDirection, 3);
    region->putAndInsertFloat64(DCM_PhysicalDeltaX, 0.035);
    region->putAndInsertFloat64(DCM_PhysicalDeltaY, 0.035);
}

void putUltrasound(DcmDataset &ds, const SeriesSpec &s)
{
    putUltrasoundRegion(ds);
    putPatientAndStudy(ds);
    putSeriesAndInstance(ds, s, 1);
    ds.putAndInsertString(DCM_OperatorsName, Id::operatorName);
    ds.putAndInsertString(DCM_BurnedInAnnotation, "YES");
    ds.putAndInsertString(DCM_ImageType, "ORIGINAL\\PRIMARY");
}

bool writeUltrasoundSingle(Writer &w)
{
    const SeriesSpec s{1, "US", "Abdomen (colour)", UID_UltrasoundImageStorage};
    DcmFileFormat ff;
    DcmDataset &ds = *ff.getDataset();
    putUltrasound(ds, s);
    putImagePixel(ds, 480, 640, 3, 8, false, "RGB");
    putPixels(ds, demo::ultrasoundRgb(640, 480, usLabels(), usSettings()), 8);
    return w.save(ff, QStringLiteral("01_us_single/IM0001.dcm"));
}

bool writeUltrasoundCine(Writer &w)
{
    const SeriesSpec s{2, "US", "Cardiac cine", UID_UltrasoundMultiframeImageStorage};
    constexpr int frames = 20;
    DcmFileFormat ff;
    DcmDataset &ds = *ff.getDataset();
    putUltrasound(ds, s);
    putImagePixel(ds, 480, 640, 1, 8, false, "MONOCHROME2");
    ds.putAndInsertString(DCM_NumberOfFrames, QByteArray::number(frames).constData());
    ds.putAndInsertString(DCM_FrameTime, "50");
    ds.putAndInsertString(DCM_CineRate, "20");
    ds.putAndInsertTagKey(DCM_FrameIncrementPointer, DCM_FrameTime);
    QByteArray all;
    for (int f = 0; f < frames; ++f)
        all += demo::ultrasoundGray(640, 480, 2 * M_PI * f / frames, usLabels(), usSettings());
    putPixels(ds, all, 8);
    return w.save(ff, QStringLiteral("02_us_cine/IM0001.dcm"));
}

bool writeCtSeries(Writer &w)
{
    const SeriesSpec s{3, "CT", "Head phantom 5 mm", UID_CTImageStorage};
    constexpr int slices = 20, size = 256;
    for (int i = 0; i < slices; ++i) {
        DcmFileFormat ff;
        DcmDataset &ds = *ff.getDataset();
        putPatientAndStudy(ds);
        putSeriesAndInstance(ds, s, i + 1);
        ds.putAndInsertString(DCM_ImageType, "ORIGINAL\\PRIMARY\\AXIAL");
        ds.putAndInsertString(DCM_BurnedInAnnotation, "NO");
        ds.putAndInsertString(DCM_FrameOfReferenceUID, uid(kFrameOfReference).constData());
        ds.putAndInsertString(DCM_ImagePositionPatient,
                              QByteArray("-120\\-120\\" + QByteArray::number(i * 5.0)).constData());
        ds.putAndInsertString(DCM_ImageOrientationPatient, "1\\0\\0\\0\\1\\0");
        ds.putAndInsertString(DCM_PixelSpacing, "0.9375\\0.9375");
        ds.putAndInsertString(DCM_SliceThickness, "5");
        ds.putAndInsertString(DCM_KVP, "120");
        ds.putAndInsertString(DCM_RescaleIntercept, "-1024");
        ds.putAndInsertString(DCM_RescaleSlope, "1");
        ds.putAndInsertString(DCM_RescaleType, "HU");
        ds.putAndInsertString(DCM_WindowCenter, "40");
        ds.putAndInsertString(DCM_WindowWidth, "400");
        putImagePixel(ds, size, size, 1, 16, true, "MONOCHROME2");
        putPixels(ds, demo::ctSlice(size, i, slices), 16);
        if (!w.save(ff, QStringLiteral("03_ct/IM%1.dcm").arg(i + 1, 4, 10, QLatin1Char('0'))))
            return false;
    }
    return true;
}

bool writeSecondaryCapture(Writer &w)
{
    const SeriesSpec s{4, "OT", "Scanned requisition", UID_SecondaryCaptureImageStorage};
    DcmFileFormat ff;
    DcmDataset &ds = *ff.getDataset();
    putPatientAndStudy(ds);
    putSeriesAndInstance(ds, s, 1);
    ds.putAndInsertString(DCM_ConversionType, "DF");
    ds.putAndInsertString(DCM_BurnedInAnnotation, "YES");
    putImagePixel(ds, 512, 512, 1, 8, false, "MONOCHROME2");
    const QStringList lines{QString::fromLatin1(Id::institution),
                            QStringLiteral("Patient: VEILDEMO, JANE Q"),
                            QStringLiteral("MRN: %1").arg(QLatin1String(Id::patientId)),
                            QStringLiteral("Born: %1").arg(isoDate(Id::birthDate)),
                            QStringLiteral("Accession: %1").arg(QLatin1String(Id::accession)),
                            QStringLiteral("Exam date: %1").arg(isoDate(Id::studyDate)),
                            QStringLiteral("Referrer: DOCTOR NOBODY"),
                            QStringLiteral("Request: abdominal ultrasound"),
                            QStringLiteral("Reason: right upper quadrant pain")};
    putPixels(ds, demo::formPage(512, 512, lines), 8);
    return w.save(ff, QStringLiteral("04_sc/IM0001.dcm"));
}

DcmItem *codeItem(DcmItem &owner, const DcmTagKey &seq, const char *value, const char *meaning)
{
    DcmItem *code = nullptr;
    owner.findOrCreateSequenceItem(seq, code, -2);
    code->putAndInsertString(DCM_CodeValue, value);
    code->putAndInsertString(DCM_CodingSchemeDesignator, "DCM");
    code->putAndInsertString(DCM_CodeMeaning, meaning);
    return code;
}

void addText(DcmItem &container, const char *code, const char *meaning, const QString &text)
{
    DcmItem *item = nullptr;
    container.findOrCreateSequenceItem(DCM_ContentSequence, item, -2);
    item->putAndInsertString(DCM_RelationshipType, "CONTAINS");
    item->putAndInsertString(DCM_ValueType, "TEXT");
    codeItem(*item, DCM_ConceptNameCodeSequence, code, meaning);
    item->putAndInsertString(DCM_TextValue, text.toLatin1().constData());
}

bool writeReport(Writer &w)
{
    const SeriesSpec s{5, "SR", "Ultrasound report", UID_BasicTextSRStorage};
    DcmFileFormat ff;
    DcmDataset &ds = *ff.getDataset();
    putPatientAndStudy(ds);
    putSeriesAndInstance(ds, s, 1);
    ds.putAndInsertString(DCM_CompletionFlag, "COMPLETE");
    ds.putAndInsertString(DCM_VerificationFlag, "UNVERIFIED");
    ds.putAndInsertString(DCM_ValueType, "CONTAINER");
    ds.putAndInsertString(DCM_ContinuityOfContent, "SEPARATE");
    codeItem(ds, DCM_ConceptNameCodeSequence, "121070", "Findings");
    addText(ds, "121071", "Finding",
            QStringLiteral("Patient VEILDEMO, JANE Q (ID %1, born %2) seen at %3 on %4.")
                .arg(QLatin1String(Id::patientId), usDate(Id::birthDate), QLatin1String(Id::institution),
                     usDate(Id::studyDate)));
    addText(ds, "121071", "Finding", QStringLiteral("Simple cyst in the right lobe, 3 cm. No further action."));
    addText(ds, "121072", "Impression",
            QStringLiteral("Benign. Reported to Dr NOBODY DOCTOR, accession %1.").arg(QLatin1String(Id::accession)));
    return w.save(ff, QStringLiteral("05_sr/SR0001.dcm"));
}

} // namespace

Result<QStringList> writeDemoStudy(const QString &folder)
{
    ensureDicomInitialised();
    Writer w(folder);
    if (!QDir().mkpath(folder)) {
        w.failed(QStringLiteral("cannot create the output folder"));
        return w.result();
    }
    writeUltrasoundSingle(w) && writeUltrasoundCine(w) && writeCtSeries(w) && writeSecondaryCapture(w) &&
        writeReport(w);
    return w.result();
}

} // namespace veil
