#pragma once

#include <QByteArray>
#include <QList>
#include <QRect>

namespace cv {
class Mat;
}

namespace veil {

// Candidate text regions in an 8-bit grey image (OpenCV): white and black
// top-hat (light-on-dark and dark-on-light strokes), a threshold, letters
// joined along the line, connected components filtered by size and fill.
// A second, low threshold finds dim text: only blobs of a letter's height,
// in lines on a flat background. ~5-10 ms for 1024x768.
struct TextCandidate
{
    QRect box;
    int glyphs = 0;                  // letter-sized blobs in a row: evidence that this is text at all
    const char *detector = "tophat"; // what found it (provenance): "tophat", "plateau"
    // Letters drawn with one stored value (PlateauText): text for certain, wherever it is.
    bool ofOneValue() const { return qstrcmp(detector, "plateau") == 0; }
};
QList<TextCandidate> findTextCandidates(const cv::Mat &gray);

// A crop of `gray` prepared for OCR: dark text on white, scaled so the line
// is ~40 px high, with a white margin. `scale` maps crop pixels back.
cv::Mat prepareForOcr(const cv::Mat &gray, const QRect &box, double &scale, QPoint &origin);

} // namespace veil
