// Regions read by Tesseract a page of stacked crops at a time (see PageReader.h).
#include "engine/pixel/PageReader.h"

#include "engine/ocr/LineCache.h"
#include "engine/pixel/TextDetector.h"

#include <algorithm>
#include <cmath>

namespace veil {
namespace {

// One prepared crop on a stacked page: rows [top, bottom) of the page, and
// how its coordinates map back to the image.
struct Strip
{
    int job, top, bottom;
    double scale;
    QPoint origin;
    QByteArray key; // LineCache digest of the crop's pixels
};

// Words in a crop's own (scaled) coordinates to image coordinates.
QList<OcrWord> toImage(QList<OcrWord> words, const Strip &s)
{
    for (OcrWord &w : words)
        w.box = QRect(s.origin.x() + int(w.box.x() / s.scale), s.origin.y() + int(w.box.y() / s.scale),
                      int(std::ceil(w.box.width() / s.scale)), int(std::ceil(w.box.height() / s.scale)));
    return words;
}

// Reads one page and hands each strip its words (cached by the strip's pixels).
void readPage(const cv::Mat &page, const QList<Strip> &strips, QList<QList<OcrWord>> &out)
{
    QList<QList<OcrWord>> local(strips.size());
    for (OcrWord w : TextReader::forThisThread().read(page.data, page.cols, page.rows, false)) {
        const int centre = w.box.center().y();
        for (int i = 0; i < strips.size(); ++i)
            if (centre >= strips[i].top && centre < strips[i].bottom) {
                w.box.translate(0, -strips[i].top);
                local[i] << w;
                break;
            }
    }
    for (int i = 0; i < strips.size(); ++i) {
        LineCache::forThisThread().insert(strips[i].key, local[i]);
        out[strips[i].job] += toImage(local[i], strips[i]);
    }
}

} // namespace

QList<QList<OcrWord>> readRegions(const QList<OcrJob> &jobs, TextScan &scan)
{
    constexpr int kPageHeight = 3000;
    constexpr int kStripGap = 24; // white rows between two crops, besides their own borders
    QList<QList<OcrWord>> out(jobs.size());
    QList<cv::Mat> crops;
    QList<Strip> strips;
    int height = 0, width = 0;
    auto flush = [&] {
        if (strips.isEmpty())
            return;
        cv::Mat page(height, width, CV_8UC1, cv::Scalar(255));
        for (int i = 0; i < strips.size(); ++i)
            crops[i].copyTo(page(cv::Rect(0, strips[i].top, crops[i].cols, crops[i].rows)));
        ++scan.ocrCalls;
        readPage(page, strips, out);
        crops.clear();
        strips.clear();
        height = width = 0;
    };
    for (int j = 0; j < jobs.size(); ++j) {
        double scale = 1;
        QPoint origin;
        const cv::Mat crop = prepareForOcr(*jobs[j].frame, jobs[j].region, scale, origin);
        const Strip alone{j, 0, crop.rows, scale, origin, LineCache::keyOf(crop.data, crop.cols, crop.rows)};
        QList<OcrWord> known;
        if (LineCache::forThisThread().find(alone.key, known)) {
            ++scan.cachedReads;
            out[j] = toImage(known, alone);
            continue;
        }
        if (jobs[j].region.height() > 30) { // a block of lines: alone
            ++scan.ocrCalls;
            readPage(crop, {alone}, out);
            continue;
        }
        if (height + crop.rows > kPageHeight)
            flush();
        strips << Strip{j, height, height + crop.rows, scale, origin, alone.key};
        crops << crop;
        height += crop.rows + kStripGap;
        width = std::max(width, crop.cols);
    }
    flush();
    return out;
}

} // namespace veil
