#pragma once

#include "engine/core/Result.h"
#include "engine/dicom/DicomTypes.h"

class DcmFileFormat;

namespace veil {

// Syntaxes DCMTK 3.6.7 does not know, whose frames Veil decodes when a file
// is opened into native Pixel Data (explicit VR little endian), which
// everything after reads, masks and writes like any native image:
// Deflated Image Frame Compression (each frame a Deflate stream; zlib) and
// JPEG XL (libjxl; RGB out of a recompressed JPEG, marked lossy as it was).
bool decodedAtOpen(const QString &transferSyntaxUid);

// Replaces the encapsulated frames by native Pixel Data; the data set and
// its meta header then say explicit VR little endian. Refuses (TooLarge)
// what would decode to more than 1 GB; Damaged when a frame does not
// decode to the size the header declares.
Status decodeForeignFrames(DcmFileFormat &file, const InstanceInfo &info);

} // namespace veil
