#pragma once

#include "engine/deid/IdentityValues.h"
#include "engine/dicom/DicomTypes.h"
#include "engine/image/ImageFrames.h"

#include <QMutex>

#include <functional>
#include <memory>
#include <optional>

class DcmFileFormat;

namespace veil {

// Bytes `frames` frames of native (uncompressed) pixel data take, as the
// header describes them (YBR_FULL_422 stores two samples per pixel).
quint64 nativePixelBytes(const InstanceInfo &info, int frames);

// One DICOM instance, opened read-only. Opening parses the header only:
// pixel data stays on disk until a frame is asked for, and only that frame
// is decoded. All methods are thread-safe (decoding is serialised per file).
class DicomFile : public ImageFrames
{
public:
    ~DicomFile() override;
    DicomFile(const DicomFile &) = delete;
    DicomFile &operator=(const DicomFile &) = delete;

    // The error's code is NotDicom for inputs that are not DICOM at all
    // (README, .DS_Store, JPEG, a zip inside a zip): skipped, not failed.
    static Result<std::unique_ptr<DicomFile>> open(const InputItem &item);

    // The Study Instance UID alone, read from the head of the file (up to
    // the Series Instance UID; values over 256 bytes skipped), for a shard
    // deciding whether an input is its own without reading every image in
    // full. Zip entries and files that head does not parse go through
    // open(); empty when the input has none.
    static Result<QString> studyUidOf(const InputItem &item);

    // The export-ready pixels of an original: `masksOf(frame)` burned into a
    // private in-memory copy of its native pixel data (maskPixels, as export
    // does), then re-read. The original file is not touched; nothing is
    // written to disk.
    static Result<std::unique_ptr<DicomFile>> openRedacted(const InputItem &item,
                                                           const std::function<QList<QRect>(int frame)> &masksOf);

    // Header fields. displayFixups is filled in once a frame has been decoded.
    const InstanceInfo &info() const override { return m_info; }

    Result<DisplayFrame> renderFrame(int frame, const RenderOptions &options = {}) override;
    Result<ValueFrame> decodeValues(int frame) override;

    // The identifying values of the header (for text and pixel PHI checks).
    IdentityValues identityValues();

    // For other engine modules (de-identification, export). Not for widgets.
    DcmFileFormat &dcmtk() { return *m_file; }

private:
    DicomFile() = default;
    Status prepareFrame(int frame);

    InstanceInfo m_info;
    std::unique_ptr<DcmFileFormat> m_file;
    QMutex m_mutex;
    bool m_fixupsApplied = false;
};

} // namespace veil
