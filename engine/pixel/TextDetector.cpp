#include "engine/pixel/TextDetector.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <vector>

namespace veil {
namespace {

constexpr int kMargin = 3;
constexpr int kBorder = 12;
constexpr double kBrightStrokes = 50; // top-hat levels: text drawn to stand out
constexpr double kDimStrokes = 18;    // dim text, on a quiet background only

// Boxes on one line that touch or nearly touch, of about one height, become one.
QList<TextCandidate> mergeLines(QList<TextCandidate> boxes)
{
    bool changed = true;
    while (changed) {
        changed = false;
        for (int i = 0; i < boxes.size() && !changed; ++i)
            for (int j = i + 1; j < boxes.size() && !changed; ++j) {
                const QRect &a = boxes[i].box, &b = boxes[j].box;
                const int overlapY = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
                const int gap = std::max(a.left(), b.left()) - std::min(a.right(), b.right());
                const int h = std::min(a.height(), b.height());
                if (overlapY > h / 2 && gap < h && 2 * std::abs(a.height() - b.height()) < h) {
                    boxes[i] = {a.united(b), boxes[i].glyphs + boxes[j].glyphs};
                    boxes.removeAt(j);
                    changed = true;
                }
            }
    }
    return boxes;
}

// A block of several lines (labels stacked in a column) split at the rows
// where no stroke is.
QList<QRect> splitLines(const cv::Mat &bin, const QRect &box)
{
    QList<QRect> lines;
    const cv::Mat roi = bin(cv::Rect(box.x(), box.y(), box.width(), box.height()));
    int start = -1, peak = 0;
    for (int y = 0; y < roi.rows; ++y)
        peak = std::max(peak, cv::countNonZero(roi.row(y)));
    for (int y = 0; y <= roi.rows; ++y) {
        // A row is empty when almost nothing in it is ink: texture (and the
        // ringing of lossy compression between tightly stacked lines) leaves specks.
        const bool ink = y < roi.rows && cv::countNonZero(roi.row(y)) > std::max({1, roi.cols / 100, peak / 8});
        if (ink && start < 0)
            start = y;
        if (!ink && start >= 0) {
            cv::Mat cols;
            cv::reduce(roi.rowRange(start, y), cols, 0, cv::REDUCE_MAX);
            int left = 0, right = cols.cols - 1;
            while (left < right && cols.at<uchar>(0, left) == 0)
                ++left;
            while (right > left && cols.at<uchar>(0, right) == 0)
                --right;
            lines << QRect(box.x() + left, box.y() + start, right - left + 1, y - start);
            start = -1;
        }
    }
    return lines;
}

// Blobs of letter size and shape in a line, of about one height (letters
// share a cap height; edges of anatomy and speckle do not).
int countGlyphs(const cv::Mat &bin, const QRect &line)
{
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(bin(cv::Rect(line.x(), line.y(), line.width(), line.height())),
                                                   labels, stats, centroids, 8, CV_32S);
    std::vector<int> heights;
    for (int i = 1; i < n; ++i) {
        const int w = stats.at<int>(i, cv::CC_STAT_WIDTH), h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
        if (h * 5 >= line.height() * 2 && w <= 2 * h && w * 8 >= h)
            heights.push_back(h);
    }
    if (heights.empty())
        return 0;
    std::nth_element(heights.begin(), heights.begin() + long(heights.size() / 2), heights.end());
    const int median = heights[heights.size() / 2];
    return int(std::count_if(heights.begin(), heights.end(),
                             [&](int h) { return h * 10 >= median * 7 && h * 10 <= median * 13; }));
}

// Dim text: a low threshold, keeping only blobs of a letter's height (speckle
// and anatomy at that threshold grow into large textures and drop out).
struct DimPicture
{
    cv::Mat glyphs;  // blobs of a letter's height
    cv::Mat texture; // everything else over the low threshold
};

DimPicture dimGlyphs(const cv::Mat &strokes)
{
    cv::Mat bin, labels, stats, centroids;
    cv::threshold(strokes, bin, kDimStrokes, 255, cv::THRESH_BINARY);
    const int n = cv::connectedComponentsWithStats(bin, labels, stats, centroids, 8, CV_32S);
    std::vector<uchar> keep(size_t(n), 0);
    for (int i = 1; i < n; ++i) {
        const int w = stats.at<int>(i, cv::CC_STAT_WIDTH), h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
        keep[size_t(i)] = h >= 5 && h <= 48 && w * 8 >= h ? 255 : 0; // letters, or letters touching in a row
    }
    DimPicture out{cv::Mat(bin.size(), CV_8UC1), cv::Mat()};
    for (int y = 0; y < bin.rows; ++y) {
        const int *l = labels.ptr<int>(y);
        uchar *o = out.glyphs.ptr<uchar>(y);
        for (int x = 0; x < bin.cols; ++x)
            o[x] = keep[size_t(l[x])];
    }
    out.texture = bin - out.glyphs;
    return out;
}

// Lines of strokes in one polarity's binarised top-hat image. With a
// texture (dim text: letter blobs of a low threshold), only lines on a flat
// background count.
QList<TextCandidate> linesOf(const cv::Mat &bin, const cv::Mat &texture = cv::Mat())
{
    const bool dim = !texture.empty();
    QList<TextCandidate> boxes;
    cv::Mat joined, labels, stats, centroids;
    // Join letters along a line only: lines stacked in a column stay apart.
    cv::dilate(bin, joined, cv::getStructuringElement(cv::MORPH_RECT, {9, 1}));
    const int n = cv::connectedComponentsWithStats(joined, labels, stats, centroids, 8, CV_32S);
    for (int i = 1; i < n; ++i) {
        const QRect component(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP),
                              stats.at<int>(i, cv::CC_STAT_WIDTH), stats.at<int>(i, cv::CC_STAT_HEIGHT));
        if (component.height() < 6 || component.width() < 5) // 6: the small bitmap fonts of ultrasound
            continue;
        for (const QRect &line : component.height() > 30 ? splitLines(bin, component) : QList<QRect>{component}) {
            if (line.height() < 6 || line.height() > 60 || line.width() < 5)
                continue;
            const double fill = cv::countNonZero(bin(cv::Rect(line.x(), line.y(), line.width(), line.height()))) /
                                double(line.width() * line.height());
            if (fill < 0.06 || fill > 0.9)
                continue;
            const int glyphs = countGlyphs(bin, line);
            if (!dim) {
                boxes.push_back({line, glyphs});
                continue;
            }
            // Dim text stands on a flat background: little texture in or beside its line.
            const QRect beside =
                line.adjusted(-line.height(), 0, line.height(), 0).intersected(QRect(0, 0, bin.cols, bin.rows));
            const int rough =
                cv::countNonZero(texture(cv::Rect(beside.x(), beside.y(), beside.width(), beside.height())));
            if (rough * 20 <= beside.width() * beside.height())
                boxes.push_back({line, glyphs});
        }
    }
    return boxes;
}

int medianGrey(const cv::Mat &gray)
{
    std::array<int, 256> histogram{};
    for (int y = 0; y < gray.rows; y += 2) {
        const uchar *row = gray.ptr<uchar>(y);
        for (int x = 0; x < gray.cols; x += 2)
            ++histogram[row[x]];
    }
    const int half = ((gray.rows + 1) / 2) * ((gray.cols + 1) / 2) / 2;
    int seen = 0;
    for (int v = 0; v < 256; ++v)
        if ((seen += histogram[size_t(v)]) > half)
            return v;
    return 255;
}

// Boxes of a later pass where no earlier pass found anything.
void addWhereNew(QList<TextCandidate> &boxes, const QList<TextCandidate> &more)
{
    const QList<TextCandidate> earlier = boxes;
    for (const TextCandidate &b : more) {
        bool touches = false;
        for (const TextCandidate &k : earlier)
            touches = touches || k.box.intersects(b.box);
        if (!touches)
            boxes << b;
    }
}

// A dim line reaching well past the brighter pieces found on it (part of a
// line drawn brighter, or only some letters over the threshold) takes their place.
void widenWithDimLines(QList<TextCandidate> &boxes, const QList<TextCandidate> &dimLines)
{
    for (const TextCandidate &b : dimLines) {
        QRect known;
        int glyphs = 0;
        for (const TextCandidate &k : boxes)
            if (k.box.intersects(b.box)) {
                known = known.united(k.box);
                glyphs += k.glyphs;
            }
        const int h = b.box.height();
        if (known.isNull() || (b.box.left() >= known.left() - h && b.box.right() <= known.right() + h))
            continue;
        boxes.removeIf([&](const TextCandidate &k) { return k.box.intersects(b.box); });
        boxes << TextCandidate{b.box.united(known), std::max(glyphs, b.glyphs)};
    }
}

} // namespace

QList<TextCandidate> findTextCandidates(const cv::Mat &gray)
{
    if (gray.empty())
        return {};
    // Each polarity on its own: the black top-hat of light text lights up the
    // gaps between its letters, and would blur light text into blocks.
    const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_RECT, {15, 15});
    cv::Mat light, dark;
    cv::morphologyEx(gray, light, cv::MORPH_TOPHAT, kernel);
    cv::morphologyEx(gray, dark, cv::MORPH_BLACKHAT, kernel);
    QList<TextCandidate> boxes;
    // Bright strokes first (Otsu, at least 50 levels), then dark text, then
    // dim text (letters standing out of a low threshold).
    for (const cv::Mat *strokes : {&light, &dark}) {
        cv::Mat bin;
        if (cv::threshold(*strokes, bin, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU) < kBrightStrokes)
            cv::threshold(*strokes, bin, kBrightStrokes, 255, cv::THRESH_BINARY);
        addWhereNew(boxes, linesOf(bin));
    }
    // Dim light text needs a dark background and dim dark text a light one:
    // only the polarities the image's typical grey leaves room for.
    const int middle = medianGrey(gray);
    QList<const cv::Mat *> dimPolarities;
    if (middle < 192)
        dimPolarities << &light;
    if (middle >= 64)
        dimPolarities << &dark;
    for (const cv::Mat *strokes : dimPolarities) {
        const DimPicture dim = dimGlyphs(*strokes);
        QList<TextCandidate> dimLines = mergeLines(linesOf(dim.glyphs, dim.texture));
        dimLines.removeIf([](const TextCandidate &b) { // words of a line joined first, then judged
            return b.glyphs < 3 && b.box.width() < 3 * b.box.height();
        });
        widenWithDimLines(boxes, dimLines);
        addWhereNew(boxes, dimLines);
    }
    return mergeLines(boxes);
}

cv::Mat prepareForOcr(const cv::Mat &gray, const QRect &box, double &scale, QPoint &origin)
{
    const QRect padded =
        box.adjusted(-kMargin, -kMargin, kMargin, kMargin).intersected(QRect(0, 0, gray.cols, gray.rows));
    origin = padded.topLeft();
    cv::Mat crop = gray(cv::Rect(padded.x(), padded.y(), padded.width(), padded.height())).clone();
    cv::Mat bin;
    cv::threshold(crop, bin, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    // Text is the minority: if most pixels are dark, the text is light: invert.
    if (size_t(cv::countNonZero(bin)) < bin.total() / 2)
        cv::bitwise_not(crop, crop);
    // Stretch to full contrast and scale up small text; Tesseract binarises itself.
    cv::normalize(crop, crop, 0, 255, cv::NORM_MINMAX);
    scale = std::clamp(30.0 / std::max(1, box.height()), 1.0, 3.0);
    cv::Mat scaled;
    cv::resize(crop, scaled, cv::Size(), scale, scale, scale > 1 ? cv::INTER_CUBIC : cv::INTER_AREA);
    cv::Mat framed;
    cv::copyMakeBorder(scaled, framed, kBorder, kBorder, kBorder, kBorder, cv::BORDER_CONSTANT, cv::Scalar(255));
    origin -= QPoint(int(kBorder / scale), int(kBorder / scale));
    return framed;
}

} // namespace veil
