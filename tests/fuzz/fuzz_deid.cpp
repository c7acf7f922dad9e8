// Header de-identification of whatever opened, in memory (no disk writes):
// every option on, so free text is cleaned in the file's character set.
#include "FuzzSupport.h"

#include "engine/dicom/demo/DemoStudy.h"

#include "engine/deid/DeidKey.h"
#include "engine/dicom/DicomFile.h"
#include "engine/dicom/deid/Deidentifier.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::setUp();
    fuzz::writeGeneratedSeeds([](const QString &dir) { return veil::writeDemoStudy(dir).ok(); });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::setUp();
    static const veil::DeidSettings settings = [] {
        veil::DeidSettings s;
        s.pseudonyms = std::make_shared<veil::Pseudonyms>(veil::DeidKey::fromSecret(QByteArray(32, '\x42')));
        for (veil::DeidOption o : {veil::DeidOption::CleanDescriptors, veil::DeidOption::CleanStructuredContent,
                                   veil::DeidOption::CleanGraphics, veil::DeidOption::RetainLongitudinalModifiedDates,
                                   veil::DeidOption::RetainSafePrivate})
            s.options.set(size_t(o));
        return s;
    }();
    const auto file = veil::DicomFile::open({fuzz::asFile(data, size), {}}).valueOr(nullptr);
    if (file)
        veil::deidentifyHeader(*file, settings, false);
    return 0;
}
