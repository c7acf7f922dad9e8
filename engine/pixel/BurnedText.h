#pragma once

#include "engine/pixel/PhiMatcher.h"

#include <QList>
#include <QRect>

namespace veil {

class ImageFrames;
class JobContext;

// One piece of burned-in text, with why it was classed as it was.
struct TextBox
{
    QRect box;      // image coordinates
    int frame = -1; // -1: the same place in every frame (static text)
    QString text;   // what OCR read ("" for unreadable text-like regions)
    float confidence = 0;
    TextClass cls = TextClass::Unknown;
    QString why;      // matched attribute or rule, for people
    QString detector; // e.g. "tophat+tesseract"
    TextRule rule = TextRule::Other;
};

struct TextScan
{
    QList<TextBox> boxes;
    QList<QRect> regions;  // what the detector proposed (before OCR)
    int framesDecoded = 0; // frames looked at (a cine is sampled)
    int ocrCalls = 0;
    int cachedReads = 0; // crops whose reading came from the LineCache (same pixels read before)
    double milliseconds = 0;

    QList<QRect> masks(int frame) const; // PHI and unknown boxes that apply to a frame
};

// The largest frame the check reads (a 5k x 5k mammogram is 25): it holds a
// frame several times over (stored values, renderings, detector pictures).
constexpr qint64 kMaxScannedPixels = 40'000'000;

// Finds, reads and classes the text in every frame of an image. Text that
// stays put across a cine (labels, names) is read once; regions that change
// (clocks, counters, a stamp that appears later) are read on the first frame
// and, unless that reading already masks the whole line, on the middle and
// last sampled frames too; masked in all. The cost of OCR does not grow with
// the number of frames.
Result<TextScan> scanBurnedText(ImageFrames &file, const PhiMatcher &matcher, JobContext &job);

} // namespace veil
