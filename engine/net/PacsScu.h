#pragma once

// Internal to engine/net: the DcmSCU set-up every operation shares.

#include "engine/net/PacsClient.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/scu.h>

namespace veil::net {

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
