// The PACS side: what a peer sends as a C-FIND response or a C-GET's
// C-STORE, parsed from bytes by DCMTK as its network layer does (the first
// byte picks the transfer syntax of the presentation context), then handled
// as Veil handles it: the study match read, the object written to a folder.
#include "FuzzSupport.h"

#include "engine/dicom/DicomInit.h"
#include "engine/net/PacsScu.h"

#include <QDir>

#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcistrmb.h>

#include <cstring>

#include <sanitizer/lsan_interface.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::setUp();
    veil::ensureDicomInitialised();
    if (size < 1)
        return 0;
    static const E_TransferSyntax syntaxes[] = {EXS_LittleEndianImplicit, EXS_LittleEndianExplicit,
                                                EXS_BigEndianExplicit, EXS_DeflatedLittleEndianExplicit};
    // Seeds are Part 10 files: their data set is what a peer would send.
    const bool part10 = size > 132 && std::memcmp(data + 128, "DICM", 4) == 0;
    DcmInputBufferStream in;
    in.setBuffer(part10 ? data : data + 1, offile_off_t(part10 ? size : size - 1));
    in.setEos();
    DcmFileFormat file;
    DcmDataset ds;
    DcmObject &object = part10 ? static_cast<DcmObject &>(file) : ds;
    object.transferInit();
    // As the engine's DIMSE calls are (net::guarded): DCMTK's parser can throw on hostile bytes,
    // and then leaks what it had parsed (DCMTK's objects, not Veil's: not tracked here).
    OFCondition read;
    {
        __lsan::ScopedDisabler dcmtkMayLeakWhenItThrows;
        read = veil::net::guarded([&] {
            return part10 ? file.read(in, EXS_Unknown, EGL_noChange, 65536)
                          : ds.read(in, syntaxes[data[0] % 4], EGL_noChange, 65536);
        });
    }
    object.transferEnd();
    if (read.bad())
        return 0;
    DcmDataset &received = part10 ? *file.getDataset() : ds;
    (void)veil::net::studyMatchOf(received);
    static const QString folder = QStringLiteral("/dev/shm/veil-fuzz-pacs-%1").arg(getpid());
    QDir().mkpath(folder);
    int next = 0;
    const QString written = veil::net::writeReceived(received, folder, &next);
    if (!written.isEmpty())
        QFile::remove(written);
    return 0;
}
