// The preflight walker and DicomFile open, then the first frame of whatever
// opened decoded and rendered (every transfer syntax the engine reads).
#include "FuzzSupport.h"

#include "engine/dicom/demo/DemoStudy.h"

#include "engine/dicom/DicomFile.h"
#include "engine/dicom/input/Preflight.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::setUp();
    fuzz::writeGeneratedSeeds([](const QString &dir) { return veil::writeDemoStudy(dir).ok(); });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::setUp();
    veil::preflightDicom(reinterpret_cast<const char *>(data), qint64(size));
    const veil::InputItem item{fuzz::asFile(data, size), {}};
    (void)veil::DicomFile::studyUidOf(item); // the head only, as a shard reads it
    const auto file = veil::DicomFile::open(item).valueOr(nullptr);
    if (!file || !file->info().hasPixelData || file->info().rows * qint64(file->info().columns) > 4096 * 4096)
        return 0;
    (void)file->decodeValues(0);
    (void)file->renderFrame(0);
    return 0;
}
