#include "engine/dicom/DicomInit.h"

#include <QtGlobal>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdict.h>
#include <dcmtk/dcmdata/dcrledrg.h>
#include <dcmtk/dcmdata/dcrleerg.h>
#include <dcmtk/dcmimage/diregist.h> // colour image support for DicomImage
#include <dcmtk/dcmjpeg/djdecode.h>
#include <dcmtk/dcmjpeg/djencode.h>
#include <dcmtk/dcmjpls/djdecode.h>
#include <dcmtk/dcmjpls/djencode.h>
#include <dcmtk/oflog/oflog.h>

#include <cstdlib>
#include <mutex>

namespace veil {
namespace {

void cleanup()
{
    DJDecoderRegistration::cleanup();
    DJLSDecoderRegistration::cleanup();
    DcmRLEDecoderRegistration::cleanup();
    DJEncoderRegistration::cleanup();
    DJLSEncoderRegistration::cleanup();
    DcmRLEEncoderRegistration::cleanup();
}

} // namespace

void ensureDicomInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Off: DCMTK messages can name files; Veil reports its own errors.
        // VEIL_DCMTK_LOG=1 turns DCMTK's warnings back on, for debugging.
        OFLog::configure(qEnvironmentVariableIsSet("VEIL_DCMTK_LOG") ? OFLogger::WARN_LOG_LEVEL
                                                                     : OFLogger::OFF_LOG_LEVEL);
        // Keep YCbCr JPEG data as stored: DicomImage converts it for display
        // from the Photometric Interpretation, like every viewer does.
        DJDecoderRegistration::registerCodecs(EDC_photometricInterpretation, EUC_default, EPC_default);
        DJLSDecoderRegistration::registerCodecs();
        DcmRLEDecoderRegistration::registerCodecs();
        // Encoders: masked pixels of lossless inputs go back into their own syntax.
        DJEncoderRegistration::registerCodecs();
        DJLSEncoderRegistration::registerCodecs();
        DcmRLEEncoderRegistration::registerCodecs();
        std::atexit(cleanup);
    });
}

bool dicomDictionaryLoaded()
{
    return dcmDataDict.isDictionaryLoaded();
}

} // namespace veil
