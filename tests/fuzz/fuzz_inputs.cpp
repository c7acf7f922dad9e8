// Input scanning of what a user opens: the bytes as a zip archive (entries,
// names, paths) and as a DICOMDIR (the files it references).
#include "FuzzSupport.h"

#include "engine/dicom/input/InputScanner.h"
#include "engine/jobs/JobContext.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::setUp();
    veil::scanInputs({fuzz::asFile(data, size, ".zip")}, veil::JobContext::none());
    (void)veil::dicomDirReferences(fuzz::asFile(data, size, "-DICOMDIR"));
    return 0;
}
