// One instance's in-memory copy on its way to the share package: the
// DCMTK side of de-identification (see DeidCopy.h).
#include "engine/dicom/deid/DeidCopy.h"

#include "engine/dicom/PixelMasker.h"
#include "engine/dicom/codec/TransferSyntax.h"
#include "engine/dicom/deid/DeidWalker.h"
#include "engine/dicom/header/IdentityReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcxfer.h>

namespace veil {
namespace {

QString text(DcmItem &ds, const DcmTagKey &tag)
{
    OFString v;
    return ds.findAndGetOFStringArray(tag, v).good() ? QString::fromLatin1(v.c_str(), int(v.length())).trimmed()
                                                     : QString();
}

// Overlays stored in unused high bits of the pixel data (60xx without
// Overlay Data) travel with the pixels: clear every bit outside Bits Stored.
void clearOverlayBits(DcmDataset &ds, const InstanceInfo &info, QList<DeidRecordEntry> &record)
{
    if (!info.hasPixelData || info.bitsAllocated != 16 || info.bitsStored >= 16 || info.bitsStored <= 0)
        return;
    if (DcmXfer(ds.getOriginalXfer()).isEncapsulated())
        return;
    bool embedded = false;
    for (quint16 g = 0x6000; g <= 0x601E; g += 2)
        embedded = embedded || (ds.tagExists(DcmTagKey(g, 0x0010)) && !ds.tagExists(DcmTagKey(g, 0x3000)));
    if (!embedded)
        return;
    Uint16 *words = nullptr;
    unsigned long count = 0;
    DcmElement *pixels = nullptr;
    if (ds.findAndGetElement(DCM_PixelData, pixels).bad() || pixels->getUint16Array(words).bad() || !words)
        return;
    count = pixels->getLength() / 2;
    const int highBit = std::clamp(info.bitsStored - 1, 0, 15); // Veil's own readers: high bit = stored - 1 ...
    Uint16 highBitValue = 0;
    ds.findAndGetUint16(DCM_HighBit, highBitValue);
    const int top = highBitValue >= Uint16(info.bitsStored - 1) && highBitValue < 16 ? highBitValue : highBit;
    const Uint16 mask = Uint16(((1u << info.bitsStored) - 1) << (top - info.bitsStored + 1));
    for (unsigned long i = 0; i < count; ++i)
        words[i] &= mask;
    record.push_back({QStringLiteral("(7fe0,0010)"), QStringLiteral("C"), QString(),
                      QStringLiteral("overlay bits in unused high bits of Pixel Data cleared")});
}

void addCode(DcmItem &ds, const DcmTagKey &sequence, const CodedConcept &code)
{
    DcmItem *item = nullptr;
    if (ds.findOrCreateSequenceItem(sequence, item, -2).good() && item) {
        item->putAndInsertString(DCM_CodeValue, code.value);
        item->putAndInsertString(DCM_CodingSchemeDesignator, "DCM");
        item->putAndInsertString(DCM_CodeMeaning, code.meaning);
    }
}

void addMarkers(DcmDataset &ds, DeidOptions options, bool datesShifted, bool pixelsCleaned)
{
    if (pixelsCleaned)
        options.set(size_t(DeidOption::CleanPixelData));
    ds.putAndInsertString(DCM_PatientIdentityRemoved, "YES");
    QStringList method{QStringLiteral("Veil %1").arg(QCoreApplication::applicationVersion().isEmpty()
                                                         ? QStringLiteral("0.1")
                                                         : QCoreApplication::applicationVersion()),
                       QStringLiteral("DICOM PS3.15 %1 Basic Profile").arg(QLatin1String(profileEdition()))};
    ds.findAndDeleteElement(DCM_DeidentificationMethodCodeSequence);
    addCode(ds, DCM_DeidentificationMethodCodeSequence, basicProfileCode());
    for (size_t i = 0; i < size_t(DeidOption::Count); ++i) {
        const auto option = DeidOption(i);
        // Pixel options are claimed only when the pixel stage has done its work.
        if (!options.test(i) || (option == DeidOption::CleanPixelData && !pixelsCleaned) ||
            option == DeidOption::CleanRecognizableVisualFeatures)
            continue;
        method << optionName(option);
        addCode(ds, DCM_DeidentificationMethodCodeSequence, optionCode(option));
    }
    ds.putAndInsertString(DCM_DeidentificationMethod, method.join(QLatin1Char('\\')).toLatin1().constData());
    const char *temporal = options.test(size_t(DeidOption::RetainLongitudinalFullDates)) ? "UNMODIFIED"
                           : datesShifted                                                ? "MODIFIED"
                                                                                         : "REMOVED";
    ds.putAndInsertString(DCM_LongitudinalTemporalInformationModified, temporal);
}

// Output names come from pseudonyms and new UIDs only. A UID that is not a
// plain UID (missing, or kept by an option with odd bytes) is hashed.
QString pathComponent(const DeidSettings &s, DcmDataset &ds, const DcmTagKey &tag, const char *missing)
{
    static const QRegularExpression uidPattern(QStringLiteral("^[0-9]+(\\.[0-9]+)*$"));
    const QString uid = text(ds, tag);
    if (uid.isEmpty())
        return QString::fromLatin1(missing);
    return uidPattern.match(uid).hasMatch() ? uid : s.pseudonyms->uid(uid);
}

QString outputPath(const DeidSettings &s, DcmDataset &ds, const PatientContext &patient)
{
    const QString patientDir = s.pseudonyms->patientId(patient.originalId, patient.originalName);
    return QDir(s.outputDir)
        .filePath(QStringLiteral("%1/%2/%3/%4.dcm")
                      .arg(patientDir, pathComponent(s, ds, DCM_StudyInstanceUID, "no-study"),
                           pathComponent(s, ds, DCM_SeriesInstanceUID, "no-series"),
                           pathComponent(s, ds, DCM_SOPInstanceUID, "no-instance")));
}

// Masked pixels of a lossless input go back into the same syntax when DCMTK
// can write it (RLE, JPEG lossless, JPEG-LS lossless); lossy inputs never
// go back through a lossy encoder.
bool reencodeLossless(DcmDataset &ds, E_TransferSyntax xfer)
{
    const bool lossless = xfer == EXS_RLELossless || xfer == EXS_JPEGProcess14 || xfer == EXS_JPEGProcess14SV1 ||
                          xfer == EXS_JPEGLSLossless;
    return lossless && ds.chooseRepresentation(xfer, nullptr).good() && ds.canWriteXfer(xfer);
}

Status writeAtomically(DcmFileFormat &ff, const QString &path, bool decompressed)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return failure(QStringLiteral("cannot create the output folder"), ErrorCode::Io);
    DcmDataset &ds = *ff.getDataset();
    E_TransferSyntax xfer = ds.getOriginalXfer();
    if (xfer == EXS_DeflatedLittleEndianExplicit)
        xfer = EXS_LittleEndianExplicit; // deflate adds nothing to privacy and breaks tools
    if (decompressed && !reencodeLossless(ds, xfer))
        xfer = EXS_LittleEndianExplicit;
    if (xfer == EXS_Unknown || !ds.canWriteXfer(xfer))
        return failure(QStringLiteral("cannot write this transfer syntax (DCMTK 3.6.7 does not know it); not exported"),
                       ErrorCode::Unsupported);
    ff.getMetaInfo()->clear(); // a fresh meta header and a zeroed preamble
    const QString tmp = path + QStringLiteral(".part");
    const OFCondition c = ff.saveFile(QFile::encodeName(tmp).constData(), xfer, EET_ExplicitLength, EGL_recalcGL);
    if (c.bad() || (QFile::exists(path) && !QFile::remove(path)) || !QFile::rename(tmp, path)) {
        QFile::remove(tmp);
        return failure(QStringLiteral("cannot write the de-identified file: %1").arg(QString::fromLatin1(c.text())),
                       ErrorCode::Io);
    }
    return {};
}

void walkHeader(DcmDataset &ds, const InstanceInfo &info, const PatientContext &patient, const DeidSettings &settings,
                bool pixelsCleaned, QList<DeidRecordEntry> &record)
{
    TextCleaner cleaner = TextCleaner::from(collectIdentity(ds));
    cleaner.setKeepList(settings.keepList);
    if (settings.options.test(size_t(DeidOption::RetainLongitudinalModifiedDates)))
        cleaner.setDateShift(patient.shiftDays);
    DeidWalker walker(settings, info.sopClassUid, patient, std::move(cleaner), charsetOf(ds));
    walker.walk(ds);
    record += walker.takeRecord();
    addMarkers(ds, settings.options, walker.datesShifted(), pixelsCleaned);
}

} // namespace

DeidCopy::DeidCopy(std::unique_ptr<DicomFile> file) : m_file(std::move(file)) {}

DeidCopy::~DeidCopy() = default;

const InstanceInfo &DeidCopy::info() const
{
    return m_file->info();
}

PatientContext DeidCopy::patient(const Pseudonyms &pseudonyms) const
{
    PatientContext p{m_file->info().patientId, text(*m_file->dcmtk().getDataset(), DCM_PatientName), 0};
    p.shiftDays = pseudonyms.dateShiftDays(p.originalId, p.originalName);
    return p;
}

void DeidCopy::clearOverlayBits(QList<DeidRecordEntry> &record)
{
    veil::clearOverlayBits(*m_file->dcmtk().getDataset(), m_file->info(), record);
}

Status DeidCopy::dropHiddenPixelData(QList<DeidRecordEntry> &record)
{
    DcmDataset &ds = *m_file->dcmtk().getDataset();
    const InstanceInfo &info = m_file->info();
    DcmElement *pixels = nullptr;
    if (ds.findAndGetElement(DCM_PixelData, pixels).bad() || !pixels || pixels->getLength() == 0)
        return {};
    if (!info.hasPixelData)
        return failure(QStringLiteral("pixel data without an image size (%1 x %2 pixels): not exported")
                           .arg(info.columns)
                           .arg(info.rows),
                       ErrorCode::Unsupported);
    const quint64 needed = nativePixelBytes(info, info.frames), held = pixels->getLength();
    Uint8 *data = nullptr;
    if (transferSyntaxInfo(info.transferSyntaxUid).encapsulated || held <= needed + (needed % 2) ||
        pixels->getUint8Array(data).bad() || !data)
        return {};
    std::vector<Uint8> kept(data, data + needed);
    kept.resize(needed + (needed % 2), 0);
    const OFCondition cut = info.bitsAllocated > 8
                                ? pixels->putUint16Array(reinterpret_cast<const Uint16 *>(kept.data()),
                                                         static_cast<unsigned long>(kept.size() / 2))
                                : pixels->putUint8Array(kept.data(), static_cast<unsigned long>(kept.size()));
    if (cut.bad())
        return failure(QStringLiteral("cannot cut the bytes after the last frame"));
    record.push_back(
        {QStringLiteral("(7fe0,0010)"), QStringLiteral("C"), QString(),
         QStringLiteral("%1 bytes after the last frame removed (no viewer shows them)").arg(held - needed)});
    return {};
}

Status DeidCopy::maskPixels(const std::function<QList<QRect>(int frame)> &masksOf)
{
    const Result<MaskOutcome> masked = veil::maskPixels(*m_file->dcmtk().getDataset(), m_file->info(), masksOf);
    if (!masked)
        return masked.error();
    m_decompressed = m_decompressed || masked->decompressed;
    return {};
}

void DeidCopy::setBurnedInAnnotation(const char *value)
{
    m_file->dcmtk().getDataset()->putAndInsertString(DCM_BurnedInAnnotation, value);
}

void DeidCopy::deidentifyHeader(const DeidSettings &settings, const PatientContext &patient, bool pixelsCleaned,
                                QList<DeidRecordEntry> &record)
{
    walkHeader(*m_file->dcmtk().getDataset(), m_file->info(), patient, settings, pixelsCleaned, record);
}

QString DeidCopy::sopInstanceUid() const
{
    return text(*m_file->dcmtk().getDataset(), DCM_SOPInstanceUID);
}

QString DeidCopy::outputPath(const DeidSettings &settings, const PatientContext &patient) const
{
    return veil::outputPath(settings, *m_file->dcmtk().getDataset(), patient);
}

Status DeidCopy::save(const QString &path)
{
    return writeAtomically(m_file->dcmtk(), path, m_decompressed);
}

QList<DeidRecordEntry> deidentifyHeader(DicomFile &file, const DeidSettings &settings, bool pixelsCleaned)
{
    QList<DeidRecordEntry> record;
    DcmDataset &ds = *file.dcmtk().getDataset();
    const InstanceInfo &info = file.info();
    PatientContext patient{info.patientId, text(ds, DCM_PatientName), 0};
    patient.shiftDays = settings.pseudonyms->dateShiftDays(patient.originalId, patient.originalName);
    clearOverlayBits(ds, info, record);
    walkHeader(ds, info, patient, settings, pixelsCleaned, record);
    return record;
}

} // namespace veil
