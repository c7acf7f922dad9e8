#pragma once

#include "engine/dicom/DicomFile.h"
#include "engine/dicom/deid/Deidentifier.h"

#include <functional>
#include <memory>

namespace veil {

// One instance's in-memory copy on its way to the share package: what the
// de-identification pipeline (engine/pipeline) changes, with DCMTK behind
// this header. The original file is never written.
class DeidCopy
{
public:
    explicit DeidCopy(std::unique_ptr<DicomFile> file);
    ~DeidCopy();

    const InstanceInfo &info() const;
    // The original patient ID and name, and the patient's keyed date shift.
    PatientContext patient(const Pseudonyms &pseudonyms) const;
    // Overlays in unused high bits of the pixel data: cleared, recorded.
    void clearOverlayBits(QList<DeidRecordEntry> &record);
    // Pixel data no viewer shows: bytes after the last frame of native data
    // are cut off (recorded); pixel data without an image size (0 x 0) is
    // refused. Either could hold anything.
    Status dropHiddenPixelData(QList<DeidRecordEntry> &record);
    // `masksOf(frame)` burned into the native pixel data (PixelMasker).
    Status maskPixels(const std::function<QList<QRect>(int frame)> &masksOf);
    void setBurnedInAnnotation(const char *value); // "NO" once the text is dealt with
    // The header: PS3.15 actions, options, the project's rules, cleaned text, markers.
    void deidentifyHeader(const DeidSettings &settings, const PatientContext &patient, bool pixelsCleaned,
                          QList<DeidRecordEntry> &record);
    QString sopInstanceUid() const; // the new one, after deidentifyHeader
    // <out>/<pseudonym>/<study UID>/<series UID>/<SOP UID>.dcm: pseudonyms and new UIDs only.
    QString outputPath(const DeidSettings &settings, const PatientContext &patient) const;
    // Written atomically (temp + rename) in the input's syntax where possible.
    Status save(const QString &path);

private:
    std::unique_ptr<DicomFile> m_file;
    bool m_decompressed = false;
};

} // namespace veil
