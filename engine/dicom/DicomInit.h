#pragma once

namespace veil {

// Registers the DCMTK decoders (JPEG, JPEG-LS, RLE), quietens DCMTK's
// logger and checks that the data dictionary is loaded. Idempotent and
// thread-safe; every engine entry point that touches DCMTK calls it.
void ensureDicomInitialised();

// True when DCMTK's data dictionary could be loaded.
bool dicomDictionaryLoaded();

} // namespace veil
