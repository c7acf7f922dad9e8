#pragma once

#include "engine/core/Result.h"
#include "engine/dicom/DicomTypes.h"

#include <QList>
#include <QString>

#include <array>
#include <vector>

namespace veil {

class JobContext;

// A CT or MR series as one block of voxels in modality units (HU for CT),
// for the 3-D view's face check. x runs along the rows of a slice, y down
// its columns, z from the first slice to the last along the slice normal.
struct Volume
{
    int width = 0, height = 0, depth = 0;
    std::array<double, 3> spacing{1, 1, 1};         // mm between voxel centres (x, y, z)
    std::array<double, 3> origin{0, 0, 0};          // the first voxel, patient coordinates (LPS, mm)
    std::array<double, 3> rowDirection{1, 0, 0};    // x in patient coordinates
    std::array<double, 3> columnDirection{0, 1, 0}; // y
    std::array<double, 3> sliceDirection{0, 0, 1};  // z
    std::vector<float> values;                      // x fastest, then y, then z
    QString modality;
    int skippedSlices = 0; // slices that did not fit the others (size, orientation, no position)
    bool isNull() const { return values.empty(); }
    float at(int x, int y, int z) const { return values[(size_t(z) * height + y) * width + x]; }
};

// Slices of one series (any order; single-frame images with Image Position
// and Orientation (Patient) and Pixel Spacing), sorted along their normal.
// Slices wider than `maxSide` are averaged down in-plane (a face check needs
// no more, and a 512x512x400 CT would take 400 MB as floats).
Result<Volume> buildVolume(const QList<InputItem> &slices, JobContext &job, int maxSide = 256);

} // namespace veil
