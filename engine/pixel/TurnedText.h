#pragma once

#include <opencv2/core.hpp>

#include <QList>
#include <QRect>
#include <QSize>

namespace veil {

// Text running vertically (turned 90° either way: beside radiographs, on
// MPR and viewer exports) is read on the picture turned so that it runs
// across; the boxes found there are turned back.
struct Turned
{
    cv::Mat picture;
    int code = 0;   // cv::RotateFlags used to make `picture`
    QSize original; // the size of the picture before turning
};

QList<Turned> turnedPictures(const cv::Mat &picture); // a quarter turn each way

// A rectangle of a turned picture, in the coordinates of the original.
QRect turnedBack(const QRect &r, int code, QSize original);

// A rectangle of the original, in the coordinates of the picture turned by `code`.
QRect turnedTo(const QRect &r, int code, QSize original);

} // namespace veil
