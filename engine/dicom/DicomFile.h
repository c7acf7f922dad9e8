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

// Why an input could not be opened as an instance.
struct OpenFailure
{
    enum class Kind { Skipped, Failed };
    Kind kind = Kind::Failed;
    QString reason;
};

// One DICOM instance, opened read-only. Opening parses the header only:
// pixel data stays on disk until a frame is asked for, and only that frame
// is decoded. All methods are thread-safe (decoding is serialised per file).
class DicomFile : public ImageFrames
{
public:
    ~DicomFile() override;
    DicomFile(const DicomFile &) = delete;
    DicomFile &operator=(const DicomFile &) = delete;

    static std::unique_ptr<DicomFile> open(const InputItem &item, OpenFailure *failure = nullptr);

    // The export-ready pixels of an original: `masksOf(frame)` burned into a
    // private in-memory copy of its native pixel data (maskPixels, as export
    // does), then re-read. The original file is not touched; nothing is
    // written to disk.
    static std::unique_ptr<DicomFile>
    openRedacted(const InputItem &item, const std::function<QList<QRect>(int frame)> &masksOf, QString *error);

    // Header fields. displayFixups is filled in once a frame has been decoded.
    const InstanceInfo &info() const override { return m_info; }

    bool renderFrame(int frame, DisplayFrame &out, QString *error, const RenderOptions &options = {}) override;
    bool decodeValues(int frame, ValueFrame &out, QString *error) override;

    // The identifying values of the header (for text and pixel PHI checks).
    IdentityValues identityValues();

    // For other engine modules (de-identification, export). Not for widgets.
    DcmFileFormat &dcmtk() { return *m_file; }

private:
    DicomFile() = default;
    bool prepareFrame(int frame, QString *error);

    InstanceInfo m_info;
    std::unique_ptr<DcmFileFormat> m_file;
    QMutex m_mutex;
    bool m_fixupsApplied = false;
};

} // namespace veil
