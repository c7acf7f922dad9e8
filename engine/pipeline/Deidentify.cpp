// The de-identification of one instance, from the original to the file in
// the share package: burned-in text found and masked, the header
// de-identified, the copy written atomically and, when asked, read again.
// Free of DCMTK: the copy is changed through DeidCopy (engine/dicom/deid).
#include "engine/pipeline/Deidentify.h"

#include "engine/dicom/DicomInit.h"
#include "engine/dicom/deid/DeidCopy.h"
#include "engine/jobs/JobContext.h"
#include "engine/pixel/BurnedText.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>

namespace veil {
namespace {

bool isHeaderMatch(const TextBox &b)
{
    return b.cls == TextClass::Phi && isHeaderMatch(b.rule);
}

struct PixelStage
{
    std::unique_ptr<PhiMatcher> matcher; // from the original header, kept for --verify
    QSet<QString> maskedWords;           // words read in the input that were masked (not safe): for --verify
};

QString wordKey(const QString &text)
{
    return foldConfusables(safeListKey(text));
}

// Finds burned-in text on a separate, pristine copy (rendering repairs the
// copy for display), masks PHI and unknown boxes in `ds`, records each box.
Status cleanPixels(const InputItem &input, DeidCopy &copy, const DeidSettings &settings, DeidOutcome &out,
                   PixelStage &stage)
{
    QElapsedTimer timer;
    timer.start();
    const InstanceInfo &info = copy.info();
    Result<std::unique_ptr<DicomFile>> opened = DicomFile::open(input);
    if (!opened)
        return opened.error();
    const std::unique_ptr<DicomFile> viewer = std::move(opened).value();
    std::shared_ptr<const SafeList> safe = settings.safeList ? settings.safeList : SafeList::builtIn();
    if (settings.templates) // words this device prints that may stay
        if (const QStringList words = settings.templates->safeWordsFor(DeviceSignature::of(info)); !words.isEmpty()) {
            auto merged = std::make_shared<SafeList>(*safe);
            merged->merge(SafeList::fromWords(words, QStringLiteral("device template")));
            safe = merged;
        }
    stage.matcher = std::make_unique<PhiMatcher>(viewer->identityValues(), safe);
    if (settings.masks) { // reviewed masks (a project's): burned in as they are, nothing re-detected
        if (Status masked = copy.maskPixels(settings.masks); !masked)
            return failure(QStringLiteral("cannot mask the pixels: %1").arg(masked.message()), masked.code());
        for (int f = 0; f < std::max(1, info.frames); ++f)
            out.maskedBoxes += int(settings.masks(f).size());
        copy.setBurnedInAnnotation("NO");
        out.pixelMs = timer.nsecsElapsed() / 1e6;
        return {};
    }
    const Result<TextScan> scanned = scanBurnedText(*viewer, *stage.matcher, JobContext::none());
    if (!scanned)
        return failure(QStringLiteral("burned-in text check failed: %1").arg(scanned.message()), scanned.code());
    const TextScan &scan = *scanned;
    // Saved device templates add their masks to whatever OCR found.
    QList<QRect> templateMasks;
    QStringList templateNames;
    if (settings.templates)
        for (const DeviceTemplate *t : settings.templates->matching(DeviceSignature::of(info))) {
            templateMasks += t->masks;
            templateNames << t->name;
        }
    if (Status masked = copy.maskPixels([&](int frame) { return scan.masks(frame) + templateMasks; }); !masked)
        return failure(QStringLiteral("cannot mask the pixels: %1").arg(masked.message()), masked.code());
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
        copy.setBurnedInAnnotation("NO");
    out.pixelMs = timer.nsecsElapsed() / 1e6;
    return {};
}

// Reads the written pixels again (the window and, for 16-bit data, the
// stored peak values): OCR must not find a value of the original header,
// nor any word the input showed that the safe list does not cover.
Status verifyOutput(const QString &path, const PixelStage &stage)
{
    const PhiMatcher &matcher = *stage.matcher;
    const std::unique_ptr<DicomFile> written = DicomFile::open({path, {}}).valueOr(nullptr);
    if (!written)
        return failure(QStringLiteral("verify: the output cannot be read back"));
    const Result<TextScan> scan = scanBurnedText(*written, matcher, JobContext::none());
    if (!scan)
        return failure(QStringLiteral("verify: %1").arg(scan.message()), scan.code());
    for (const TextBox &b : scan->boxes) {
        const bool again = b.cls == TextClass::Phi && stage.maskedWords.contains(wordKey(b.text));
        if (isHeaderMatch(b) || again)
            return failure(QStringLiteral("verify: OCR still reads %1 at %2,%3 (%4)")
                               .arg(again && !isHeaderMatch(b)
                                        ? QStringLiteral("a word the input showed, not on the safe list")
                                        : QStringLiteral("header PHI"))
                               .arg(b.box.x())
                               .arg(b.box.y())
                               .arg(b.why));
    }
    return {};
}

} // namespace

Result<DeidOutcome> deidentifyInstance(const InputItem &input, const DeidSettings &settings)
{
    ensureDicomInitialised();
    DeidOutcome out;
    Result<std::unique_ptr<DicomFile>> file = DicomFile::open(input);
    if (!file)
        return file.error();
    if ((*file)->info().isDicomDir)
        return failure(QStringLiteral("DICOMDIR (an index, not an instance): not exported"), ErrorCode::Unsupported);
    DeidCopy copy(std::move(file).value());
    const PatientContext patient = copy.patient(*settings.pseudonyms);
    copy.clearOverlayBits(out.record);
    if (Status hidden = copy.dropHiddenPixelData(out.record); !hidden)
        return hidden.error();
    PixelStage pixels;
    const bool pixelsCleaned = settings.cleanPixels && copy.info().hasPixelData;
    if (pixelsCleaned)
        if (Status cleaned = cleanPixels(input, copy, settings, out, pixels); !cleaned)
            return cleaned.error();
    copy.deidentifyHeader(settings, patient, pixelsCleaned, out.record);
    out.sopInstanceUid = copy.sopInstanceUid();
    out.outputPath = copy.outputPath(settings, patient);
    if (Status saved = copy.save(out.outputPath); !saved)
        return saved.error();
    if (settings.verify && pixels.matcher)
        if (Status verified = verifyOutput(out.outputPath, pixels); !verified) {
            QFile::remove(out.outputPath); // nothing that failed the check may look finished
            return verified.error();
        }
    return out;
}

} // namespace veil
