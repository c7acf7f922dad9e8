#pragma once

#include "deid/DeidProfile.h"
#include "deid/ProjectProfile.h"
#include "deid/Pseudonyms.h"
#include "dicom/DicomTypes.h"

#include <QList>

#include <memory>

namespace veil {

struct DeidSettings
{
    DeidOptions options;
    std::shared_ptr<const Pseudonyms> pseudonyms;
    QHash<quint32, ProfileRule> rules; // the project's own, applied before the standard's
    QString outputDir;                 // files go to <dir>/<pseudo patient>/<study UID>/<series UID>/<SOP UID>.dcm
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

struct DeidOutcome
{
    bool ok = false;
    bool refused = false; // not de-identifiable (unsupported, unreadable): listed, never silently dropped
    QString error;
    QString outputPath;
    QString sopInstanceUid; // the new one
    QList<DeidRecordEntry> record;
};

// De-identifies one instance's header (PS3.15 Basic Profile with the chosen
// options) and writes it atomically. The original is never touched; pixel
// data is copied as it is except for overlay bits hidden in unused high bits.
DeidOutcome deidentifyInstance(const InputItem &input, const DeidSettings &settings);

} // namespace veil
