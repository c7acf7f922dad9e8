#pragma once

#include <QStringList>

#include <optional>
#include <utility>

class DcmDataset;

namespace veil {

// In-memory repairs that let DCMTK's image module show what viewers show.
// Applied only before the first frame is decoded (never to files on disk,
// never to a data set that has not been rendered); each repair is listed
// in the returned strings so it can be shown to the user.
//  - mandatory pixel attributes left out by old writers get their usual value;
//  - segmented palette colour tables are expanded (DCMTK has no support);
//  - rescale and window from enhanced objects' functional groups are copied
//    to the top level when it has none.
QStringList applyDisplayFixups(DcmDataset &dataset);

// Enhanced objects may rescale each frame differently: puts the frame's own
// rescale (if any) at the top level, where DCMTK's image module reads it.
void applyPerFrameRescale(DcmDataset &dataset, int frame);

// The window of one frame of an enhanced object (Per-frame Functional
// Groups), if it has its own.
std::optional<std::pair<double, double>> perFrameWindow(DcmDataset &dataset, int frame);

} // namespace veil
