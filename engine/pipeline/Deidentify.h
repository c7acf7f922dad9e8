#pragma once

#include "engine/dicom/deid/Deidentifier.h"

namespace veil {

// De-identifies one instance (PS3.15 Basic Profile with the chosen options;
// with cleanPixels, burned-in PHI is masked too) and writes it atomically.
// The original is never touched.
DeidOutcome deidentifyInstance(const InputItem &input, const DeidSettings &settings);

} // namespace veil
