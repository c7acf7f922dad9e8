#pragma once

// Where burned-in text may be, before it is read: the regions the
// detectors propose on the frames' pictures, lines of letters of one stored
// value, and vertical lines on the pictures turned. Internal to BurnedText.

#include "engine/pixel/PlateauText.h"
#include "engine/pixel/TextDetector.h"
#include "engine/pixel/TurnedText.h"

#include <opencv2/core.hpp>

#include <QList>

namespace veil::scan {

// The pictures text is looked for on, made from the frames sampled and the
// stored values of the first.
struct Frames
{
    cv::Mat first, middle, last, minimum, maximum;
    QList<cv::Mat> inks;         // grey data: the maximum and each spike value of the stored values (InkPictures)
    QList<Turned> turned;        // the first picture and the inks, a quarter turn each way (vertical text)
    PlateauText plateau;         // lines of letters drawn with one stored value (PlateauText)
    QList<Turned> plateauTurned; // its picture a quarter turn each way, to read its vertical lines
    bool storedAsShown = false;  // 8 bits or fewer: the first picture shows the stored values
    int count = 0;
};

// A region to read: what proposed it, and the picture it is read on.
struct Found
{
    TextCandidate candidate;
    const cv::Mat *picture;         // where it was seen, and is read
    const Turned *turned = nullptr; // seen on a turned picture: `candidate.box` is in its coordinates
    int twin = -1; // a vertical line of letters, read both ways: the other reading (the better one stays)
    QRect box() const { return turned ? turnedBack(candidate.box, turned->code, turned->original) : candidate.box; }
    bool certain() const { return candidate.ofOneValue(); }
};

// Every region to read, on the picture it is best read on.
QList<Found> candidates(const Frames &frames);

} // namespace veil::scan
