#pragma once

#include "engine/ocr/TextReader.h"
#include "engine/pixel/BurnedText.h"

#include <opencv2/core.hpp>

#include <QList>
#include <QRect>

namespace veil {

// One region to read: where, on which picture, for which candidate.
struct OcrJob
{
    QRect region;
    const cv::Mat *frame;
    int candidate;
};

// Reads every region: single lines stacked in a column and read in one
// Tesseract call per page (a call costs far more than its pixels), taller
// blocks one by one; a crop already read (same pixels) is not read again.
// The words of each job, in image coordinates; counts calls in `scan`.
QList<QList<OcrWord>> readRegions(const QList<OcrJob> &jobs, TextScan &scan);

} // namespace veil
