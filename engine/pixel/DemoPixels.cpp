#include "engine/pixel/DemoPixels.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

namespace veil::demo {
namespace {

QByteArray toBytes(const cv::Mat &m)
{
    const cv::Mat c = m.isContinuous() ? m : m.clone();
    return QByteArray(reinterpret_cast<const char *>(c.data), qsizetype(c.total() * c.elemSize()));
}

void putLines(cv::Mat &img, const QStringList &lines, cv::Point origin, bool alignRight, const cv::Scalar &colour)
{
    const int font = cv::FONT_HERSHEY_SIMPLEX;
    const double scale = 0.75;
    const int thickness = 2;
    int y = origin.y;
    for (const QString &line : lines) {
        const std::string text = line.toStdString();
        int baseline = 0;
        const cv::Size size = cv::getTextSize(text, font, scale, thickness, &baseline);
        const int x = alignRight ? origin.x - size.width : origin.x;
        cv::putText(img, text, {x, y + size.height}, font, scale, colour, thickness, cv::LINE_AA);
        y += size.height + 14;
    }
}

cv::Mat sector(int width, int height, double phase)
{
    cv::Mat img(height, width, CV_8UC1, cv::Scalar(0));
    cv::RNG rng(0x5EED + int(phase * 1000));
    const cv::Point2d apex(width / 2.0, 70);
    const double rMin = 30, rMax = height - 20, halfAngle = 0.62;
    const cv::Point2d cyst(width / 2.0 + 60 * std::sin(phase), apex.y + rMax * 0.55 + 20 * std::cos(phase));
    for (int y = int(apex.y); y < height; ++y) {
        auto *row = img.ptr<uchar>(y);
        for (int x = 0; x < width; ++x) {
            const double dx = x - apex.x, dy = y - apex.y;
            const double r = std::hypot(dx, dy), a = std::atan2(dx, dy);
            if (r < rMin || r > rMax || std::abs(a) > halfAngle)
                continue;
            double tissue = 90 + 50 * std::sin(r / 23.0 + phase) * std::exp(-r / 600.0);
            if (std::hypot(x - cyst.x, y - cyst.y) < 45)
                tissue = 12;
            const double speckle = std::abs(rng.gaussian(0.55)) + 0.45;
            row[x] = cv::saturate_cast<uchar>(tissue * speckle * (1.0 - 0.4 * r / rMax));
        }
    }
    return img;
}

} // namespace

QByteArray ultrasoundGray(int width, int height, double phase, const QStringList &leftText,
                          const QStringList &rightText)
{
    cv::Mat img = sector(width, height, phase);
    putLines(img, leftText, {12, 10}, false, cv::Scalar(235));
    putLines(img, rightText, {width - 12, 10}, true, cv::Scalar(200));
    return toBytes(img);
}

QByteArray ultrasoundRgb(int width, int height, const QStringList &leftText, const QStringList &rightText)
{
    const cv::Mat gray = sector(width, height, 0.7);
    cv::Mat rgb;
    cv::cvtColor(gray, rgb, cv::COLOR_GRAY2RGB);
    // A colour Doppler box, as in real scans.
    cv::Mat roi = rgb(cv::Rect(width / 2 - 60, height / 2 - 40, 120, 80));
    for (int y = 0; y < roi.rows; ++y)
        for (int x = 0; x < roi.cols; ++x)
            if ((x / 9 + y / 7) % 3 == 0)
                roi.at<cv::Vec3b>(y, x) = x < roi.cols / 2 ? cv::Vec3b(220, 40, 30) : cv::Vec3b(30, 80, 230);
    cv::rectangle(rgb, cv::Rect(width / 2 - 60, height / 2 - 40, 120, 80), cv::Scalar(200, 200, 200), 1);
    putLines(rgb, leftText, {12, 10}, false, cv::Scalar(255, 230, 90));
    putLines(rgb, rightText, {width - 12, 10}, true, cv::Scalar(170, 230, 255));
    return toBytes(rgb);
}

QByteArray ctSlice(int size, int slice, int slices)
{
    cv::Mat hu(size, size, CV_16SC1, cv::Scalar(-1000 + 1024));
    const double t = double(slice) / std::max(1, slices - 1); // 0 .. 1 along the head
    const double scale = 0.75 + 0.25 * std::sin(t * M_PI);
    const cv::Point c(size / 2, size / 2);
    const cv::Size outer(int(size * 0.36 * scale), int(size * 0.44 * scale));
    cv::ellipse(hu, c, outer, 0, 0, 360, cv::Scalar(1000 + 1024), cv::FILLED, cv::LINE_AA);
    cv::ellipse(hu, c, outer - cv::Size(10, 10), 0, 0, 360, cv::Scalar(35 + 1024), cv::FILLED, cv::LINE_AA);
    const int v = int(size * 0.05 * scale);
    cv::ellipse(hu, c + cv::Point(-v - 4, -v), cv::Size(v, 2 * v), 15, 0, 360, cv::Scalar(5 + 1024), cv::FILLED);
    cv::ellipse(hu, c + cv::Point(v + 4, -v), cv::Size(v, 2 * v), -15, 0, 360, cv::Scalar(5 + 1024), cv::FILLED);
    cv::circle(hu, c + cv::Point(int(size * 0.12), int(size * 0.15)), 6 + slice % 5, cv::Scalar(70 + 1024), cv::FILLED);
    cv::Mat noise(size, size, CV_16SC1);
    cv::RNG rng(1000 + slice);
    rng.fill(noise, cv::RNG::NORMAL, 0, 6);
    hu += noise;
    return toBytes(hu);
}

QByteArray formPage(int width, int height, const QStringList &lines)
{
    cv::Mat page(height, width, CV_8UC1, cv::Scalar(232));
    cv::rectangle(page, cv::Rect(20, 20, width - 40, height - 40), cv::Scalar(40), 2);
    cv::line(page, {20, 60}, {width - 20, 60}, cv::Scalar(40), 2);
    putLines(page, lines, {36, 34}, false, cv::Scalar(20));
    return toBytes(page);
}

} // namespace veil::demo
