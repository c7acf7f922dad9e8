#pragma once

#include <QByteArray>
#include <QString>

class DcmDataset;

namespace veil {

// The compressed bytes of one frame of encapsulated pixel data: its
// fragments joined. Uses one fragment per frame when the counts match, the
// Basic Offset Table when present, and JPEG / JPEG 2000 start-of-image
// markers otherwise.
bool encapsulatedFrame(DcmDataset &dataset, int frame, int numberOfFrames, QByteArray &out, QString *error);

} // namespace veil
