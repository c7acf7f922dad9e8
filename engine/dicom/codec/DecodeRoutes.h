#pragma once

#include "engine/core/Result.h"
#include "engine/dicom/DicomTypes.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <memory>

class DcmDataset;
class DicomImage;

namespace veil {

// The ways a frame becomes a DicomImage when DCMTK cannot do it alone.
// Each builds a small single-frame data set (pixel module + LUTs) around
// pixels decoded here and hands it to DicomImage, which owns it.
using ImagePtr = std::unique_ptr<DicomImage>;

// Wraps a new DicomImage; the reason when DCMTK rejects it.
Result<ImagePtr> checkedImage(DicomImage *image);

// JPEG 2000 and HTJ2K through OpenJPEG.
Result<ImagePtr> openJpegImage(DcmDataset &ds, const InstanceInfo &info, int frame);

// Multi-frame encapsulated data without offset table and with several
// fragments per frame, which DCMTK 3.6.7 cannot split: the frame's fragments
// are found here (by start-of-image markers) and repackaged as one frame.
Result<ImagePtr> repackagedFrameImage(DcmDataset &ds, const InstanceInfo &info, int frame, E_TransferSyntax xfer);

// 32-bit colour samples (DCMTK handles at most 16), reduced to 16 bits.
Result<ImagePtr> wideColourImage(DcmDataset &ds, const InstanceInfo &info, int frame);

// JPEG-LS through CharLS 2 (see JpegLs.h).
Result<ImagePtr> jpegLsImage(DcmDataset &ds, const InstanceInfo &info, int frame);

// RLE of 1-bit data (segmentations), which DCMTK's RLE decoder refuses.
Result<ImagePtr> rleBitImage(DcmDataset &ds, const InstanceInfo &info, int frame);

} // namespace veil
