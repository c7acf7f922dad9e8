#include "engine/pixel/TurnedText.h"

#include <opencv2/core.hpp>

namespace veil {

QList<Turned> turnedPictures(const cv::Mat &picture)
{
    if (picture.empty())
        return {};
    QList<Turned> out;
    for (int code : {cv::ROTATE_90_CLOCKWISE, cv::ROTATE_90_COUNTERCLOCKWISE}) {
        Turned t{cv::Mat(), code, QSize(picture.cols, picture.rows)};
        cv::rotate(picture, t.picture, code);
        out << t;
    }
    return out;
}

QRect turnedBack(const QRect &r, int code, QSize original)
{
    // Clockwise: (x, y) of the original went to (H-1-y, x); counter-clockwise to (y, W-1-x).
    if (code == cv::ROTATE_90_CLOCKWISE)
        return QRect(r.y(), original.height() - r.x() - r.width(), r.height(), r.width());
    return QRect(original.width() - r.y() - r.height(), r.x(), r.height(), r.width());
}

QRect turnedTo(const QRect &r, int code, QSize original)
{
    if (code == cv::ROTATE_90_CLOCKWISE) // (x, y) goes to (H-1-y, x)
        return QRect(original.height() - r.y() - r.height(), r.x(), r.height(), r.width());
    return QRect(r.y(), original.width() - r.x() - r.width(), r.height(), r.width()); // to (y, W-1-x)
}

} // namespace veil
