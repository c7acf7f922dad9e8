#pragma once

#include "engine/core/Result.h"

#include <QString>
#include <QStringList>

namespace veil {

// The fake identity written into the demo study, in the tags and (for the
// images that carry text) burned into the pixels. Obviously fake on purpose.
struct DemoIdentity
{
    static constexpr const char *patientName = "VEILDEMO^JANE^Q";
    static constexpr const char *patientId = "VD-0042-7731";
    static constexpr const char *birthDate = "19610704";
    static constexpr const char *sex = "F";
    static constexpr const char *studyDate = "20240315";
    static constexpr const char *studyTime = "104233";
    static constexpr const char *accession = "ACC-DEMO-5561";
    static constexpr const char *institution = "FAKE GENERAL HOSPITAL";
    static constexpr const char *referring = "NOBODY^DOCTOR";
    static constexpr const char *operatorName = "SONO^SAM";
};

// Writes the synthetic demo study into `folder` (created if needed):
//   01_us_single   ultrasound, RGB, one frame, burned-in PHI + non-PHI labels
//   02_us_cine     ultrasound, 20-frame MONOCHROME2 cine, same static labels
//   03_ct          CT, 20 slices, 16-bit signed, no burned-in text
//   04_sc          secondary capture of a "requisition form" with PHI text
//   05_sr          Basic Text SR whose text names the patient
// Deterministic: the same bytes every time.
Result<QStringList> writeDemoStudy(const QString &folder); // the files written, relative to it

} // namespace veil
