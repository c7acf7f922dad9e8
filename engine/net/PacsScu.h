#pragma once

// Internal to engine/net: the DcmSCU set-up every operation shares.

#include "engine/net/PacsClient.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/scu.h>

#include <exception>

namespace veil::net {

// A DCMTK call that parses what a peer sent, with any C++ exception its
// parser throws on hostile bytes turned into a failed condition: a peer
// never aborts Veil (std::out_of_range from DcmByteString::verify for a
// directory record type longer than its VR allows, found by fuzz_pacs).
template <typename Call> OFCondition guarded(Call &&call)
{
    try {
        return call();
    } catch (const std::exception &) {
        return makeOFCondition(OFM_dcmnet, 0xFFF, OF_error, "the peer sent data DCMTK could not parse");
    }
}

OFList<OFString> uncompressedSyntaxes();
void configure(DcmSCU &scu, const PacsNode &node);
// initNetwork + negotiateAssociation; the reason a person can act on when it fails.
Status open(DcmSCU &scu, const PacsNode &node);
QString statusText(Uint16 status);
Error networkError(const char *operation, const OFCondition &c); // "C-GET failed: <DCMTK's reason>"
QString fromDicom(const OFString &s);
// A C-FIND response's study (names in the study's own character set).
StudyMatch studyMatchOf(DcmDataset &response);
// What a C-GET delivered, written whole under the next free neutral name
// (IM000001.dcm ...) through a hidden temporary; empty when it cannot be.
QString writeReceived(DcmDataset &ds, const QString &folder, int *next); // UTF-8 after convertToUTF8(), trimmed

} // namespace veil::net
