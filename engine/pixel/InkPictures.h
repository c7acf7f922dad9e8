#pragma once

#include "engine/image/ImageTypes.h"

#include <opencv2/core.hpp>

#include <QList>

namespace veil {

// Text burned into grey images is drawn with one stored value (the image's
// maximum, or any other grey), which shows as a spike in the histogram of
// the stored values: anatomy, noisy and smooth, does not pile up on a single
// value. One binary picture per spike value (the pixels holding exactly
// that value, white on black), judged on the stored values whatever the
// window shows: text beyond the window's ends or hidden in equally bright
// anatomy stands out there. The image's maximum first (where annotations on
// CT/MR are most often drawn), then at most `maxPictures` spikes, the
// largest first; values covering more than 5 % of the image (background,
// air) are not text.
QList<cv::Mat> inkPictures(const ValueFrame &values, int maxPictures = 6);

} // namespace veil
