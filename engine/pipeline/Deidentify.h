#pragma once

#include "engine/core/Result.h"
#include "engine/dicom/deid/Deidentifier.h"

namespace veil {

// De-identifies one instance (PS3.15 Basic Profile with the chosen options;
// with cleanPixels, burned-in PHI is masked too) and writes it atomically.
// The original is never touched. An error is a refusal, listed and never
// silently dropped; its code is NotDicom for inputs that are not DICOM at all
// (README, .DS_Store, JPEG): skipped, not a failure.
Result<DeidOutcome> deidentifyInstance(const InputItem &input, const DeidSettings &settings);

} // namespace veil
