#pragma once

#include "engine/deid/KeepList.h"
#include "engine/deid/ProjectProfile.h"
#include "engine/deid/Pseudonyms.h"
#include "engine/deid/StandardProfile.h"
#include "engine/dicom/DicomTypes.h"
#include "engine/pixel/DeviceTemplates.h"
#include "engine/pixel/SafeList.h"

#include <QList>
#include <QRect>

#include <functional>

#include <memory>

namespace veil {

struct DeidSettings
{
    DeidOptions options;
    std::shared_ptr<const Pseudonyms> pseudonyms;
    QHash<quint32, ProfileRule> rules; // the project's own, applied before the standard's
    bool cleanPixels = false;          // find burned-in text and mask PHI and unknown boxes
    bool verify = false;               // re-read the written pixels; fail if OCR still finds a header value
    std::shared_ptr<const DeviceTemplates> templates; // saved mask sets, applied to matching devices' images
    std::shared_ptr<const SafeList> safeList;         // what may stay in the pixels; null: the built-in list
    std::shared_ptr<const KeepList> keepList; // what may stay in cleaned free text; null: the built-in vocabulary
    // With cleanPixels: the reviewed masks of each frame (a project's), burned
    // in instead of what OCR would find now. Unset: OCR decides.
    std::function<QList<QRect>(int frame)> masks;
    QString outputDir; // files go to <dir>/<pseudo patient>/<study UID>/<series UID>/<SOP UID>.dcm
};

// What was done to one attribute. `path` is "(0008,1140)[0].(0008,1155)";
// `oldValue` is a keyed fingerprint of the old value (never the value).
struct DeidRecordEntry
{
    QString path;
    QString action; // X Z D K C U
    QString oldValue;
    QString reason; // the table row and option, or Veil's own rule
};

// What de-identifying one instance did (deidentifyInstance's value).
struct DeidOutcome
{
    QString outputPath;
    QString sopInstanceUid; // the new one
    QList<DeidRecordEntry> record;
    int textBoxes = 0;   // burned-in text found
    int maskedBoxes = 0; // PHI and unknown boxes masked
    double pixelMs = 0;  // time spent on the pixels
};

// Whose instance it is, for pseudonyms and the keyed date shift.
struct PatientContext
{
    QString originalId;
    QString originalName;
    int shiftDays = 0;
};

class DicomFile;
// The header part alone, applied to an opened file in memory (nothing is
// written; pixels untouched): for previews such as the tag diff.
QList<DeidRecordEntry> deidentifyHeader(DicomFile &file, const DeidSettings &settings, bool pixelsCleaned);

} // namespace veil
