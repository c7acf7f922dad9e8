// The preflight walker and DicomFile open, then the first frame of whatever
// opened decoded and rendered (every transfer syntax the engine reads).
#include "FuzzSupport.h"
#include "e2e/ForeignFrameFiles.h"

#include "engine/dicom/demo/DemoStudy.h"

#include "engine/dicom/DicomFile.h"
#include "engine/dicom/input/Preflight.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::setUp();
    fuzz::writeGeneratedSeeds([](const QString &dir) {
        // Frames Veil decodes itself at open: deflated, and JPEG XL (libjxl), 8 and 16 bits.
        for (const int bits : {8, 16}) {
            veil::hostile::Image i;
            i.rows = 24;
            i.columns = 16;
            i.bits = bits;
            QList<QByteArray> frames;
            for (int f = 0; f < 2; ++f)
                frames << QByteArray(i.rows * i.columns * bits / 8, char(f * 40 + bits));
            QList<QByteArray> deflated, jxl;
            for (const QByteArray &f : frames) {
                deflated << veil::test::rawDeflate(f);
                jxl << veil::test::jpegXlLossless(f, i.columns, i.rows, 1, bits);
            }
            veil::hostile::write(QStringLiteral("%1/deflated-%2.dcm").arg(dir).arg(bits),
                                 veil::test::encapsulatedImage(i, deflated, veil::test::kDeflatedFrames));
            veil::hostile::write(QStringLiteral("%1/jpegxl-%2.dcm").arg(dir).arg(bits),
                                 veil::test::encapsulatedImage(i, jxl, veil::test::kJpegXlLossless));
        }
        return veil::writeDemoStudy(dir).ok();
    });
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
