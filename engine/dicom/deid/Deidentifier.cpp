#include "engine/dicom/deid/Deidentifier.h"

#include "engine/dicom/DicomFile.h"
#include "engine/dicom/DicomInit.h"
#include "engine/dicom/PixelMasker.h"
#include "engine/dicom/deid/DeidWalker.h"
#include "engine/dicom/header/IdentityReader.h"
#include "engine/jobs/JobContext.h"
#include "engine/pixel/BurnedText.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

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

bool writeAtomically(DcmFileFormat &ff, const QString &path, bool decompressed, QString *error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QStringLiteral("cannot create the output folder");
        return false;
    }
    DcmDataset &ds = *ff.getDataset();
    E_TransferSyntax xfer = ds.getOriginalXfer();
    if (xfer == EXS_DeflatedLittleEndianExplicit)
        xfer = EXS_LittleEndianExplicit; // deflate adds nothing to privacy and breaks tools
    if (decompressed && !reencodeLossless(ds, xfer))
        xfer = EXS_LittleEndianExplicit;
    if (xfer == EXS_Unknown || !ds.canWriteXfer(xfer)) {
        *error = QStringLiteral("cannot write this transfer syntax (DCMTK 3.6.7 does not know it); not exported");
        return false;
    }
    ff.getMetaInfo()->clear(); // a fresh meta header and a zeroed preamble
    const QString tmp = path + QStringLiteral(".part");
    const OFCondition c = ff.saveFile(QFile::encodeName(tmp).constData(), xfer, EET_ExplicitLength, EGL_recalcGL);
    if (c.bad() || (QFile::exists(path) && !QFile::remove(path)) || !QFile::rename(tmp, path)) {
        QFile::remove(tmp);
        *error = QStringLiteral("cannot write the de-identified file: %1").arg(QString::fromLatin1(c.text()));
        return false;
    }
    return true;
}

bool isHeaderMatch(const TextBox &b)
{
    return b.cls == TextClass::Phi && isHeaderMatch(b.rule);
}

struct PixelStage
{
    std::unique_ptr<PhiMatcher> matcher; // from the original header, kept for --verify
    QSet<QString> maskedWords;           // words read in the input that were masked (not safe): for --verify
    bool decompressed = false;
};

QString wordKey(const QString &text)
{
    return foldConfusables(safeListKey(text));
}

// Finds burned-in text on a separate, pristine copy (rendering repairs the
// copy for display), masks PHI and unknown boxes in `ds`, records each box.
bool cleanPixels(const InputItem &input, DcmDataset &ds, const InstanceInfo &info, const DeidSettings &settings,
                 DeidOutcome &out, PixelStage &stage)
{
    QElapsedTimer timer;
    timer.start();
    OpenFailure failure;
    auto viewer = DicomFile::open(input, &failure);
    if (!viewer) {
        out.error = failure.reason;
        return false;
    }
    std::shared_ptr<const SafeList> safe = settings.safeList ? settings.safeList : SafeList::builtIn();
    if (settings.templates) // words this device prints that may stay
        if (const QStringList words = settings.templates->safeWordsFor(DeviceSignature::of(info)); !words.isEmpty()) {
            auto merged = std::make_shared<SafeList>(*safe);
            merged->merge(SafeList::fromWords(words, QStringLiteral("device template")));
            safe = merged;
        }
    stage.matcher = std::make_unique<PhiMatcher>(viewer->identityValues(), safe);
    if (settings.masks) { // reviewed masks (a project's): burned in as they are, nothing re-detected
        const MaskOutcome masked = maskPixels(ds, info, settings.masks);
        if (!masked.ok) {
            out.error = QStringLiteral("cannot mask the pixels: %1").arg(masked.error);
            return false;
        }
        stage.decompressed = masked.decompressed;
        for (int f = 0; f < std::max(1, info.frames); ++f)
            out.maskedBoxes += int(settings.masks(f).size());
        ds.putAndInsertString(DCM_BurnedInAnnotation, "NO");
        out.pixelMs = timer.nsecsElapsed() / 1e6;
        return true;
    }
    const TextScan scan = scanBurnedText(*viewer, *stage.matcher, JobContext::none());
    if (!scan.ok) {
        out.error = QStringLiteral("burned-in text check failed: %1").arg(scan.error);
        return false;
    }
    // Saved device templates add their masks to whatever OCR found.
    QList<QRect> templateMasks;
    QStringList templateNames;
    if (settings.templates)
        for (const DeviceTemplate *t : settings.templates->matching(DeviceSignature::of(info))) {
            templateMasks += t->masks;
            templateNames << t->name;
        }
    const MaskOutcome masked = maskPixels(ds, info, [&](int frame) { return scan.masks(frame) + templateMasks; });
    if (!masked.ok) {
        out.error = QStringLiteral("cannot mask the pixels: %1").arg(masked.error);
        return false;
    }
    stage.decompressed = masked.decompressed;
    out.textBoxes = int(scan.boxes.size());
    for (const QRect &r : templateMasks)
        out.record.push_back(
            {QStringLiteral("(7fe0,0010)@%1,%2+%3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height()),
             QStringLiteral("C"), QString(),
             QStringLiteral("masked by device template '%1'").arg(templateNames.join(QStringLiteral("', '")))});
    out.maskedBoxes += int(templateMasks.size());
    for (const TextBox &b : scan.boxes) {
        if (b.cls == TextClass::NotPhi)
            continue;
        if (b.cls == TextClass::Phi && wordKey(b.text).size() >= 2 && !b.text.contains(QLatin1Char(' ')))
            stage.maskedWords.insert(wordKey(b.text)); // read, not doubtful

        ++out.maskedBoxes;
        out.record.push_back({QStringLiteral("(7fe0,0010)@%1,%2+%3x%4")
                                  .arg(b.box.x())
                                  .arg(b.box.y())
                                  .arg(b.box.width())
                                  .arg(b.box.height()),
                              QStringLiteral("C"), settings.pseudonyms->key().fingerprint(b.text.toUtf8()),
                              QStringLiteral("masked %1 text (%2)").arg(textClassName(b.cls), b.why)});
    }
    // "NO" only when text was found and dealt with; a claimed YES with nothing found stays YES.
    if (info.burnedInAnnotation != QLatin1String("YES") || out.textBoxes > 0 || !templateMasks.isEmpty())
        ds.putAndInsertString(DCM_BurnedInAnnotation, "NO");
    out.pixelMs = timer.nsecsElapsed() / 1e6;
    return true;
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

// Reads the written pixels again (the window and, for 16-bit data, the
// stored peak values): OCR must not find a value of the original header,
// nor any word the input showed that the safe list does not cover.
bool verifyOutput(const QString &path, const PixelStage &stage, QString *error)
{
    const PhiMatcher &matcher = *stage.matcher;
    auto written = DicomFile::open({path, {}});
    if (!written) {
        *error = QStringLiteral("verify: the output cannot be read back");
        return false;
    }
    const TextScan scan = scanBurnedText(*written, matcher, JobContext::none());
    if (!scan.ok) {
        *error = QStringLiteral("verify: %1").arg(scan.error);
        return false;
    }
    for (const TextBox &b : scan.boxes) {
        const bool again = b.cls == TextClass::Phi && stage.maskedWords.contains(wordKey(b.text));
        if (isHeaderMatch(b) || again) {
            *error =
                QStringLiteral("verify: OCR still reads %1 at %2,%3 (%4)")
                    .arg(again && !isHeaderMatch(b) ? QStringLiteral("a word the input showed, not on the safe list")
                                                    : QStringLiteral("header PHI"))
                    .arg(b.box.x())
                    .arg(b.box.y())
                    .arg(b.why);
            return false;
        }
    }
    return true;
}

} // namespace

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

DeidOutcome deidentifyInstance(const InputItem &input, const DeidSettings &settings)
{
    ensureDicomInitialised();
    DeidOutcome out;
    OpenFailure failure;
    auto file = DicomFile::open(input, &failure);
    if (!file) {
        out.refused = true;
        out.notDicom = failure.kind == OpenFailure::Kind::Skipped;
        out.error = failure.reason;
        return out;
    }
    const InstanceInfo info = file->info();
    if (info.isDicomDir) {
        out.refused = true;
        out.error = QStringLiteral("DICOMDIR (an index, not an instance): not exported");
        return out;
    }
    DcmFileFormat &ff = file->dcmtk();
    DcmDataset &ds = *ff.getDataset();
    PatientContext patient{info.patientId, text(ds, DCM_PatientName), 0};
    patient.shiftDays = settings.pseudonyms->dateShiftDays(patient.originalId, patient.originalName);
    clearOverlayBits(ds, info, out.record);
    PixelStage pixels;
    const bool pixelsCleaned = settings.cleanPixels && info.hasPixelData;
    if (pixelsCleaned && !cleanPixels(input, ds, info, settings, out, pixels)) {
        out.refused = true;
        return out;
    }
    walkHeader(ds, info, patient, settings, pixelsCleaned, out.record);
    out.sopInstanceUid = text(ds, DCM_SOPInstanceUID);
    out.outputPath = outputPath(settings, ds, patient);
    if (!writeAtomically(ff, out.outputPath, pixels.decompressed, &out.error)) {
        out.refused = true;
        return out;
    }
    if (settings.verify && pixels.matcher && !verifyOutput(out.outputPath, pixels, &out.error)) {
        QFile::remove(out.outputPath); // nothing that failed the check may look finished
        out.refused = true;
        return out;
    }
    out.ok = true;
    return out;
}

} // namespace veil
