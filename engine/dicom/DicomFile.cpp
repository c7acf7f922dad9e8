#include "engine/dicom/DicomFile.h"

#include "engine/dicom/codec/EncapsulatedFrames.h"

#include "engine/dicom/DicomInit.h"
#include "engine/dicom/PixelMasker.h"
#include "engine/dicom/codec/ForeignFrames.h"
#include "engine/dicom/codec/TransferSyntax.h"
#include "engine/dicom/header/IdentityReader.h"
#include "engine/dicom/input/Preflight.h"
#include "engine/dicom/input/ZipArchive.h"

#include <QFile>
#include <QMutexLocker>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcistrmb.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcostrmb.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcspchrs.h>
#include <dcmtk/dcmdata/dcuid.h>

namespace veil {
namespace {

// Values longer than this stay on disk until asked for (pixel data, mostly).
constexpr Uint32 kMaxReadLength = 4096;

class HeaderReader
{
public:
    explicit HeaderReader(DcmDataset *ds) : m_ds(ds)
    {
        OFString charset;
        if (ds->findAndGetOFStringArray(DCM_SpecificCharacterSet, charset).good() && !charset.empty())
            m_convert = m_converter.selectCharacterSet(charset).good();
    }

    QString text(const DcmTagKey &tag)
    {
        OFString value;
        if (m_ds->findAndGetOFStringArray(tag, value).bad())
            return {};
        if (m_convert) {
            OFString utf8;
            if (m_converter.convertString(value, utf8).good())
                return QString::fromUtf8(utf8.c_str(), int(utf8.length())).trimmed();
        }
        return QString::fromLatin1(value.c_str(), int(value.length())).trimmed();
    }

    int integer(const DcmTagKey &tag, int fallback = 0)
    {
        Uint16 u16 = 0;
        if (m_ds->findAndGetUint16(tag, u16).good())
            return u16;
        Sint32 s32 = 0;
        if (m_ds->findAndGetSint32(tag, s32).good())
            return s32;
        bool ok = false;
        const int v = text(tag).toInt(&ok);
        return ok ? v : fallback;
    }

private:
    DcmDataset *m_ds;
    DcmSpecificCharacterSet m_converter;
    bool m_convert = false;
};

bool hasNonEmpty(DcmDataset *ds, const DcmTagKey &tag)
{
    DcmElement *e = nullptr;
    // Encapsulated pixel data has an undefined length field, not zero.
    return ds->findAndGetElement(tag, e).good() && e && e->getLengthField() != 0;
}

void readPixelModule(DcmDataset *ds, HeaderReader &h, InstanceInfo &info)
{
    info.rows = h.integer(DCM_Rows);
    info.columns = h.integer(DCM_Columns);
    // An image needs pixel data with a value and a size; anything else (an
    // empty or stray Pixel Data element) is treated as no image at all.
    info.hasPixelData = (hasNonEmpty(ds, DCM_PixelData) || hasNonEmpty(ds, DCM_FloatPixelData) ||
                         hasNonEmpty(ds, DCM_DoubleFloatPixelData)) &&
                        info.rows > 0 && info.columns > 0;
    info.samplesPerPixel = h.integer(DCM_SamplesPerPixel, info.hasPixelData ? 1 : 0);
    info.bitsAllocated = h.integer(DCM_BitsAllocated);
    info.bitsStored = h.integer(DCM_BitsStored, info.bitsAllocated);
    info.pixelRepresentation = h.integer(DCM_PixelRepresentation);
    info.planarConfiguration = h.integer(DCM_PlanarConfiguration);
    info.photometric = h.text(DCM_PhotometricInterpretation);
    info.frames = info.hasPixelData ? std::max(1, h.integer(DCM_NumberOfFrames, 1)) : 0;
    info.burnedInAnnotation = h.text(DCM_BurnedInAnnotation).toUpper();
    // Cine timing: Frame Time (ms), else Cine Rate or Recommended Display Frame Rate (frames/s).
    bool ok = false;
    const double frameTime = h.text(DCM_FrameTime).toDouble(&ok);
    const int rate = std::max(h.integer(DCM_CineRate), h.integer(DCM_RecommendedDisplayFrameRate));
    info.frameTimeMs = ok && frameTime > 0 ? frameTime : rate > 0 ? 1000.0 / rate : 0;
}

// Sequence of Ultrasound Regions: where the tissue (and Doppler) data is;
// burned-in text outside these is annotation.
QList<QRect> ultrasoundRegions(DcmDataset *ds)
{
    QList<QRect> regions;
    DcmSequenceOfItems *seq = nullptr;
    if (ds->findAndGetSequence(DCM_SequenceOfUltrasoundRegions, seq).bad() || !seq)
        return regions;
    for (unsigned long i = 0; i < seq->card(); ++i) {
        DcmItem *item = seq->getItem(i);
        Uint32 x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        Uint16 type = 0;
        item->findAndGetUint16(DCM_RegionDataType, type);
        if (item->findAndGetUint32(DCM_RegionLocationMinX0, x0).good() &&
            item->findAndGetUint32(DCM_RegionLocationMinY0, y0).good() &&
            item->findAndGetUint32(DCM_RegionLocationMaxX1, x1).good() &&
            item->findAndGetUint32(DCM_RegionLocationMaxY1, y1).good() && x1 > x0 && y1 > y0 && type >= 1 && type <= 4)
            regions << QRect(QPoint(int(x0), int(y0)), QPoint(int(x1), int(y1)));
    }
    return regions;
}

void readHeader(DcmFileFormat &file, InstanceInfo &info)
{
    DcmDataset *ds = file.getDataset();
    DcmMetaInfo *meta = file.getMetaInfo();
    OFString value;
    if (meta && meta->findAndGetOFString(DCM_TransferSyntaxUID, value).good())
        info.transferSyntaxUid = QString::fromLatin1(value.c_str());
    if (info.transferSyntaxUid.isEmpty())
        info.transferSyntaxUid = QString::fromLatin1(DcmXfer(ds->getOriginalXfer()).getXferID());
    info.transferSyntaxName = transferSyntaxInfo(info.transferSyntaxUid).name;

    HeaderReader h(ds);
    info.sopClassUid = h.text(DCM_SOPClassUID);
    if (info.sopClassUid.isEmpty() && meta && meta->findAndGetOFString(DCM_MediaStorageSOPClassUID, value).good())
        info.sopClassUid = QString::fromLatin1(value.c_str());
    const QByteArray sop = info.sopClassUid.toLatin1();
    const char *sopName = dcmFindNameOfUID(sop.constData());
    info.sopClassName = sopName ? QString::fromLatin1(sopName) : QString();
    info.isDicomDir = info.sopClassUid == QLatin1String(UID_MediaStorageDirectoryStorage);
    info.sopInstanceUid = h.text(DCM_SOPInstanceUID);
    info.modality = h.text(DCM_Modality);
    info.manufacturer = h.text(DCM_Manufacturer);
    info.model = h.text(DCM_ManufacturerModelName);
    info.patientName = h.text(DCM_PatientName);
    info.patientId = h.text(DCM_PatientID);
    info.patientBirthDate = h.text(DCM_PatientBirthDate);
    info.patientSex = h.text(DCM_PatientSex);
    info.studyInstanceUid = h.text(DCM_StudyInstanceUID);
    info.studyDate = h.text(DCM_StudyDate);
    info.studyTime = h.text(DCM_StudyTime);
    info.studyDescription = h.text(DCM_StudyDescription);
    info.accessionNumber = h.text(DCM_AccessionNumber);
    info.seriesInstanceUid = h.text(DCM_SeriesInstanceUID);
    info.seriesDescription = h.text(DCM_SeriesDescription);
    info.seriesNumber = h.integer(DCM_SeriesNumber);
    info.instanceNumber = h.integer(DCM_InstanceNumber);
    readPixelModule(ds, h, info);
    info.clinicalRegions = ultrasoundRegions(ds);
}

// The bytes of the input: a read-only mapping of a file, or a zip entry.
struct InputBytes
{
    QFile file;
    QByteArray buffer;
    const char *data = nullptr;
    qint64 size = 0;

    // Read, not mapped: a file cut short while it is read would end a mapping
    // with SIGBUS; read(2) just returns fewer bytes, which preflight refuses.
    // A zip entry that does not begin like DICOM is not inflated further.
    Status load(const InputItem &item)
    {
        if (!item.zipEntry.isEmpty()) {
            const Result<QByteArray> start = ZipArchive::head(item.filePath, item.zipEntry, 4096);
            if (!start)
                return start.error();
            if (const PreflightResult pre = preflightDicom(start->constData(), start->size());
                pre.kind != PreflightResult::Kind::Dicom)
                return failure(pre.kind == PreflightResult::Kind::Zip ? QStringLiteral("zip archive inside an archive")
                                                                      : pre.status.message(),
                               ErrorCode::NotDicom);
            Result<QByteArray> entry = ZipArchive::read(item.filePath, item.zipEntry);
            if (!entry)
                return entry.error();
            buffer = std::move(entry).value();
            data = buffer.constData();
            size = buffer.size();
            return {};
        }
        file.setFileName(item.filePath);
        if (!file.open(QIODevice::ReadOnly))
            return failure(QStringLiteral("cannot open file: %1").arg(file.errorString()),
                           file.exists() ? ErrorCode::Io : ErrorCode::NotFound);
        buffer = file.readAll();
        data = buffer.constData();
        size = buffer.size();
        return {};
    }
};

OFCondition parseWithDcmtk(const InputItem &item, const InputBytes &bytes, DcmFileFormat &ff)
{
    if (item.zipEntry.isEmpty())
        return ff.loadFile(QFile::encodeName(item.filePath).constData(), EXS_Unknown, EGL_noChange, kMaxReadLength,
                           ERM_autoDetect);
    DcmInputBufferStream stream;
    stream.setBuffer(bytes.data, offile_off_t(bytes.size));
    stream.setEos();
    ff.transferInit();
    OFCondition cond = ff.read(stream, EXS_Unknown, EGL_noChange, DCM_MaxReadLength);
    ff.transferEnd();
    return cond;
}

} // namespace

DicomFile::~DicomFile() = default;

IdentityValues DicomFile::identityValues()
{
    QMutexLocker lock(&m_mutex);
    return collectIdentity(*m_file->getDataset());
}

Result<std::unique_ptr<DicomFile>> DicomFile::open(const InputItem &item)
{
    ensureDicomInitialised();
    InputBytes bytes;
    if (Status loaded = bytes.load(item); !loaded)
        return loaded.error();
    const PreflightResult pre = preflightDicom(bytes.data, bytes.size);
    using Kind = PreflightResult::Kind;
    if (pre.kind != Kind::Dicom)
        return failure(pre.kind == Kind::Zip ? QStringLiteral("zip archive inside an archive") : pre.status.message(),
                       ErrorCode::NotDicom);
    if (!pre.status)
        return failure(QStringLiteral("malformed DICOM: %1").arg(pre.status.message()), pre.status.code());
    auto ff = std::make_unique<DcmFileFormat>();
    const OFCondition cond = parseWithDcmtk(item, bytes, *ff);
    if (cond.bad())
        return failure(QStringLiteral("DICOM parse error: %1").arg(QString::fromLatin1(cond.text())),
                       ErrorCode::Damaged);
    std::unique_ptr<DicomFile> file(new DicomFile);
    file->m_file = std::move(ff);
    file->m_info.source = item;
    readHeader(*file->m_file, file->m_info);
    if (file->m_info.hasPixelData && file->m_info.transferSyntaxUid == QLatin1String("1.2.840.10008.1.2.5"))
        if (Status sound = rleSegmentTablesSound(*file->m_file->getDataset(), file->m_info.frames); !sound)
            return failure(QStringLiteral("malformed DICOM: %1").arg(sound.message()), ErrorCode::Damaged);
    if (decodedAtOpen(file->m_info.transferSyntaxUid)) {
        // Decoded now, or left encapsulated: the header still opens, its pixels say why not.
        const QString original = file->m_info.transferSyntaxName;
        if (Status decoded = decodeForeignFrames(*file->m_file, file->m_info); decoded) {
            readHeader(*file->m_file, file->m_info);
            file->m_info.transferSyntaxName += QStringLiteral(" (decoded from %1)").arg(original);
        } else {
            file->m_info.transferSyntaxName += QStringLiteral(" (cannot decode: %1)").arg(decoded.message());
        }
    }
    return file;
}

Result<QString> DicomFile::studyUidOf(const InputItem &item)
{
    ensureDicomInitialised();
    // DCMTK is asked to read only what the preflight walker found sound: the
    // top-level elements before the Series Instance UID, whole within the
    // first 64 kB. A deflated data set (zlib cannot put a long value off, so
    // DCMTK allocates what a file declares) and anything else go through
    // open(), which checks the whole file (both found by fuzz_open).
    QFile head(item.filePath);
    PreflightLimits limits;
    limits.stopAtTag = 0x0020000e;
    const QByteArray bytes =
        item.zipEntry.isEmpty() && head.open(QIODevice::ReadOnly) ? head.read(64 * 1024) : QByteArray();
    const PreflightResult pre = preflightDicom(bytes.constData(), bytes.size(), limits);
    // A DICOMDIR has no study of its own: DCMTK's directory record reader is
    // kept out of this (it throws std::out_of_range on some record values,
    // found by fuzz_open), and the file goes by its path.
    if (pre.status && pre.directoryRecords)
        return QString();
    // The walk must have stopped at the Series Instance UID itself: a stop at
    // any later tag may be a misreading that DCMTK would not share.
    if (pre.status && pre.stoppedAt == 0x0020000e && pre.transferSyntaxUid != QLatin1String("1.2.840.10008.1.2.1.99")) {
        DcmFileFormat ff;
        if (ff.loadFileUntilTag(QFile::encodeName(item.filePath).constData(), EXS_Unknown, EGL_noChange, 256,
                                ERM_autoDetect, DCM_SeriesInstanceUID)
                .good()) {
            const QString uid = HeaderReader(ff.getDataset()).text(DCM_StudyInstanceUID);
            if (!uid.isEmpty())
                return uid;
        }
    }
    Result<std::unique_ptr<DicomFile>> opened = open(item);
    if (!opened)
        return opened.error();
    return (*opened)->info().studyInstanceUid;
}

Result<std::unique_ptr<DicomFile>> DicomFile::openRedacted(const InputItem &item,
                                                           const std::function<QList<QRect>(int frame)> &masksOf)
{
    Result<std::unique_ptr<DicomFile>> opened = open(item);
    if (!opened)
        return opened.error();
    const std::unique_ptr<DicomFile> original = std::move(opened).value();
    DcmFileFormat &ff = *original->m_file;
    const Result<MaskOutcome> masked = maskPixels(*ff.getDataset(), original->m_info, masksOf);
    if (!masked)
        return masked.error();
    E_TransferSyntax xfer = masked->decompressed ? EXS_LittleEndianExplicit : ff.getDataset()->getOriginalXfer();
    if (xfer == EXS_Unknown || !ff.getDataset()->canWriteXfer(xfer))
        xfer = EXS_LittleEndianExplicit;
    // Round trip through memory: the copy reads back like any file in that syntax.
    QByteArray bytes(qsizetype(ff.calcElementLength(xfer, EET_ExplicitLength)) + 65536, Qt::Uninitialized);
    DcmOutputBufferStream out(bytes.data(), offile_off_t(bytes.size()));
    ff.getMetaInfo()->clear();
    ff.transferInit();
    OFCondition cond = ff.write(out, xfer, EET_ExplicitLength, nullptr);
    ff.transferEnd();
    void *written = nullptr;
    offile_off_t length = 0;
    out.flushBuffer(written, length);
    if (cond.bad())
        return failure(QStringLiteral("cannot copy the masked pixels: %1").arg(QString::fromLatin1(cond.text())));
    auto copy = std::make_unique<DcmFileFormat>();
    DcmInputBufferStream in;
    in.setBuffer(bytes.constData(), length);
    in.setEos();
    copy->transferInit();
    cond = copy->read(in, EXS_Unknown, EGL_noChange, DCM_MaxReadLength);
    copy->transferEnd();
    if (cond.bad())
        return failure(QStringLiteral("cannot re-read the masked copy: %1").arg(QString::fromLatin1(cond.text())));
    std::unique_ptr<DicomFile> file(new DicomFile);
    file->m_file = std::move(copy);
    file->m_info.source = item;
    readHeader(*file->m_file, file->m_info);
    return file;
}

} // namespace veil
