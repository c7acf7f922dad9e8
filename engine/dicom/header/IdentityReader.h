#pragma once

#include "engine/deid/IdentityValues.h"

class DcmItem;

namespace veil {

// Reads the identifying values of a data set (top level, and Other Patient
// IDs Sequence), before de-identification changes anything.
IdentityValues collectIdentity(DcmItem &dataset);

} // namespace veil
