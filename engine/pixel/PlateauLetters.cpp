#include "engine/pixel/PlateauLetters.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace veil::plateau {
namespace {

constexpr int kMaxSide = 96;              // the largest letter burned in (big radiographs)
constexpr int kMinSide = 4;               // the smallest letter: x-height of an 8 px font
constexpr double kMaxFill = 0.85;         // strokes, not a solid patch (bars excepted)
constexpr double kMinContrast = 0.015;    // of the image's range: above noise, below faint text
constexpr double kMaxAlike = 0.55;        // of what touches a letter, as bright as it (an edge: half or more)
constexpr double kClippedContrast = 0.1;  // at the image's floor or ceiling
constexpr double kStepsAbove = 8;         // levels of a coarsely quantised image a letter stands out by
constexpr double kFaintOutgrows = 10;     // a faint letter's pixels over the mean plateau around it
constexpr double kFaintNoiseShare = 0.04; // at most, the share of a level next to a faint letter's

} // namespace

// One key a pixel: the stored value, or a colour's packed RGB.
std::vector<double> keysOf(const ValueFrame &v)
{
    if (v.channels == 1)
        return v.values;
    std::vector<double> out(size_t(v.width) * size_t(v.height));
    for (size_t i = 0; i < out.size(); ++i) {
        const double *p = v.values.data() + i * size_t(v.channels);
        out[i] = std::round(p[0]) * 65536.0 + std::round(p[1]) * 256.0 + std::round(p[2]);
    }
    return out;
}

int rootOf(std::vector<int> &parent, int i)
{
    while (parent[size_t(i)] != i) {
        parent[size_t(i)] = parent[size_t(parent[size_t(i)])];
        i = parent[size_t(i)];
    }
    return i;
}

// Each pixel's plateau (8-connected pixels of one key), by its root: the
// plateau's first pixel in raster order. Found on runs of one key along the
// rows (flat background is a few long runs, not a union per pixel): each run
// joins the runs of its key in the row above that touch it, diagonals too.
std::vector<int> plateausOf(const std::vector<double> &key, int w, int h)
{
    struct Run
    {
        int start, from, to; // first pixel index; columns
    };
    std::vector<Run> runs;
    std::vector<int> rowStart(size_t(h) + 1, 0);
    for (int y = 0; y < h; ++y) {
        rowStart[size_t(y)] = int(runs.size());
        const double *k = key.data() + size_t(y) * size_t(w);
        for (int x = 0; x < w;) {
            int end = x + 1;
            while (end < w && k[end] == k[x])
                ++end;
            runs.push_back({y * w + x, x, end - 1});
            x = end;
        }
    }
    rowStart[size_t(h)] = int(runs.size());
    std::vector<int> parent(runs.size());
    std::iota(parent.begin(), parent.end(), 0);
    for (int y = 1; y < h; ++y) {
        int a = rowStart[size_t(y - 1)];
        const int aEnd = rowStart[size_t(y)];
        for (int r = rowStart[size_t(y)]; r < rowStart[size_t(y) + 1]; ++r) {
            const Run &run = runs[size_t(r)];
            while (a < aEnd && runs[size_t(a)].to < run.from - 1)
                ++a;
            for (int b = a; b < aEnd && runs[size_t(b)].from <= run.to + 1; ++b) {
                if (key[size_t(runs[size_t(b)].start)] != key[size_t(run.start)])
                    continue;
                const int ra = rootOf(parent, r), rb = rootOf(parent, b);
                if (ra != rb)
                    parent[size_t(std::max(ra, rb))] = std::min(ra, rb); // runs in raster order: the first stays
            }
        }
    }
    std::vector<int> root(key.size());
    for (size_t r = 0; r < runs.size(); ++r) {
        const int first = runs[size_t(rootOf(parent, int(r)))].start;
        const Run &run = runs[r];
        std::fill(root.begin() + run.start, root.begin() + run.start + (run.to - run.from + 1), first);
    }
    return root;
}

// Letters drawn with the value of a flat region they touch (a name at the
// ceiling written across the edge of a collimator stored at the ceiling)
// are one plateau with it. The thin parts of a plateau at the image's
// ceiling too big to be a letter (what an opening with a 5 px square takes
// off it) are made plateaus of their own: the letters' strokes beside the
// region, with the region's edge as their baseline. Only at the ceiling:
// the air of a CT at its floor has thin parts too, between the strokes of
// the text drawn over it. Only for grey data of many levels: there flat
// regions have smooth edges, where a coarsely stored image's do not.
void splitThinParts(std::vector<int> &root, const std::vector<double> &key, int w, int h)
{
    std::vector<int> count(root.size(), 0);
    for (int r : root)
        ++count[size_t(r)];
    const double ceiling = *std::max_element(key.begin(), key.end());
    cv::Mat mask(h, w, CV_8UC1, cv::Scalar(0));
    bool any = false;
    for (int y = 0; y < h; ++y) {
        uchar *m = mask.ptr<uchar>(y);
        for (int x = 0; x < w; ++x) {
            const size_t i = size_t(y) * size_t(w) + size_t(x);
            if (key[i] == ceiling && count[size_t(root[i])] > kMaxSide * kMaxSide) {
                m[x] = 255;
                any = true;
            }
        }
    }
    if (!any)
        return;
    cv::Mat core;
    cv::morphologyEx(mask, core, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(5, 5)));
    if (cv::countNonZero(mask) == cv::countNonZero(core))
        return;
    std::vector<double> apart = key; // the cores one plateau of a value no pixel holds
    for (int y = 0; y < h; ++y) {
        const uchar *c = core.ptr<uchar>(y);
        for (int x = 0; x < w; ++x)
            if (c[x])
                apart[size_t(y) * size_t(w) + size_t(x)] = std::numeric_limits<double>::lowest();
    }
    root = plateausOf(apart, w, h);
}

// How far apart two pixels are: in value, or a colour's largest channel step.
static double distance(const ValueFrame &v, size_t a, size_t b)
{
    if (v.channels == 1)
        return std::abs(v.values[a] - v.values[b]);
    double d = 0;
    for (size_t c = 0; c < size_t(v.channels); ++c)
        d = std::max(d, std::abs(v.values[a * size_t(v.channels) + c] - v.values[b * size_t(v.channels) + c]));
    return d;
}

// Plateaus of a letter's size, with how far they stand out of what touches them.
void findBlobs(Plateaus &p, const ValueFrame &v, const std::vector<double> &key, double least)
{
    const int w = v.width, h = v.height;
    p.count.assign(p.root.size(), 0);
    for (int r : p.root)
        ++p.count[size_t(r)];
    p.blobOf.assign(p.root.size(), -1);
    for (size_t i = 0; i < p.root.size(); ++i)
        if (p.root[i] == int(i) && p.count[i] >= kMinPixels && p.count[i] <= kMaxSide * kMaxSide) {
            p.blobOf[i] = int(p.blobs.size());
            p.blobs.push_back({int(i), w, h, -1, -1, p.count[i], key[i], 0});
        }
    std::vector<double> differ(p.blobs.size(), 0);
    std::vector<int> borders(p.blobs.size(), 0), alike(p.blobs.size(), 0);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const int i = y * w + x, b = p.blobOf[size_t(p.root[size_t(i)])];
            if (b < 0)
                continue;
            Blob &blob = p.blobs[size_t(b)];
            blob.left = std::min(blob.left, x);
            blob.right = std::max(blob.right, x);
            blob.top = std::min(blob.top, y);
            blob.bottom = std::max(blob.bottom, y);
            for (const auto &[dx, dy] : {std::pair{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
                const int nx = x + dx, ny = y + dy;
                if (nx < 0 || ny < 0 || nx >= w || ny >= h || p.root[size_t(ny * w + nx)] == blob.root)
                    continue;
                const double d = distance(v, size_t(ny * w + nx), size_t(i));
                differ[size_t(b)] += d;
                alike[size_t(b)] += d < least ? 1 : 0;
                ++borders[size_t(b)];
            }
        }
    for (size_t b = 0; b < p.blobs.size(); ++b) {
        p.blobs[b].contrast = borders[b] ? differ[b] / borders[b] : 0;
        p.blobs[b].alike = borders[b] ? double(alike[b]) / borders[b] : 0;
    }
}

// Levels where clipped noise piles up: the image's lowest and highest
// values, and any value holding 1 % of the pixels with next to nothing just
// beyond it on one side (air at -1024 above the padding of a CT, the dark
// of an MR at 0). `sorted`: a sample of the keys, in order.
static std::vector<double> clipLevels(const std::vector<double> &sorted, double spacing)
{
    std::vector<double> out{sorted.front(), sorted.back()};
    const double reach = 20 * std::max(spacing, 1e-9);
    for (size_t i = 0; i < sorted.size();) {
        size_t j = i;
        while (j < sorted.size() && sorted[j] == sorted[i])
            ++j;
        const size_t count = j - i;
        if (count * 100 >= sorted.size()) {
            const auto below = std::lower_bound(sorted.begin(), sorted.end(), sorted[i] - reach);
            const auto above = std::upper_bound(sorted.begin(), sorted.end(), sorted[i] + reach);
            const size_t under = size_t(sorted.begin() + long(i) - below), over = size_t(above - sorted.begin()) - j;
            if (under * 50 < count || over * 50 < count)
                out.push_back(sorted[i]);
        }
        i = j;
    }
    return out;
}

// `sample` in order: counted when it holds whole numbers of a range up to
// 2^20 wide (stored values as a rule: 8-bit data sorts in a fraction of the
// time), sorted otherwise.
static void sortSample(std::vector<double> &sample)
{
    if (sample.empty())
        return;
    const auto [lo, hi] = std::minmax_element(sample.begin(), sample.end());
    const double low = *lo;
    const bool whole = *hi - low < double(1 << 20) &&
                       std::all_of(sample.begin(), sample.end(), [](double v) { return v == std::floor(v); });
    if (!whole) {
        std::sort(sample.begin(), sample.end());
        return;
    }
    std::vector<size_t> count(size_t(*hi - low) + 1, 0);
    for (double v : sample)
        ++count[size_t(v - low)];
    size_t at = 0;
    for (size_t c = 0; c < count.size(); ++c)
        for (size_t n = 0; n < count[c]; ++n)
            sample[at++] = low + double(c);
}

// How far a letter must stand out: above faint noise (1.5 % of the range
// without outliers) and above the levels of a coarsely quantised image;
// much further at or just beside a level where clipped noise leaves
// patches of exactly that value (see clipLevels).
Contrast contrastNeeded(const ValueFrame &v, const std::vector<double> &key)
{
    if (v.channels != 1)
        return {255.0 * kMinContrast, 255.0 * kMinContrast, {}, 0};
    std::vector<double> sample;
    const size_t step = std::max<size_t>(1, key.size() / 250000);
    for (size_t i = 0; i < key.size(); i += step)
        sample.push_back(key[i]);
    sortSample(sample);
    const double range = std::max(1.0, sample[sample.size() - 1 - sample.size() / 200] - sample[sample.size() / 200]);
    std::vector<double> levels = sample, gaps;
    levels.erase(std::unique(levels.begin(), levels.end()), levels.end());
    for (size_t i = 1; i < levels.size(); ++i)
        gaps.push_back(levels[i] - levels[i - 1]);
    double spacing = 0; // the median gap between neighbouring levels
    if (!gaps.empty()) {
        std::nth_element(gaps.begin(), gaps.begin() + long(gaps.size() / 2), gaps.end());
        spacing = gaps[gaps.size() / 2];
    }
    // An image of a handful of levels (a scout stored in 3 bits): a letter cannot stand
    // 8 levels out; a third of the levels there are does.
    const double steps = std::min(kStepsAbove, std::max(1.0, std::floor((double(levels.size()) - 1) / 3)));
    const double least = std::max(range * kMinContrast, steps * spacing);
    const auto [lo, hi] = std::minmax_element(key.begin(), key.end());
    Contrast c{least,   std::max(least, range * kClippedContrast), clipLevels(sample, spacing), range * 0.02,
               spacing, *hi - *lo > 256 * std::max(spacing, 1e-9)};
    c.clips.push_back(*lo);
    c.clips.push_back(*hi);
    return c;
}

// A letter's size and shape: strokes, or a bar (l, 1, I, -), not a solid patch.
static bool letterShaped(const Blob &b)
{
    const int big = std::max(b.width(), b.height()), small = std::min(b.width(), b.height());
    const double fill = double(b.pixels) / (double(b.width()) * b.height());
    return big >= kMinSide && big <= kMaxSide && (fill <= kMaxFill || small * 3 <= big);
}

// At or just beside a level where clipped noise piles up (see clipLevels).
static bool atClipLevel(const Blob &b, const Contrast &c)
{
    return std::any_of(c.clips.begin(), c.clips.end(),
                       [&](double level) { return std::abs(b.key - level) <= c.nearClip; });
}

bool isLetter(const Blob &b, const Contrast &c)
{
    // At a clipped level a patch must stand out further, unless nothing
    // that touches it comes near its value (a clipped region's edge does).
    const bool apart = b.alike == 0 && b.contrast >= 2 * c.least;
    return letterShaped(b) && b.contrast >= (atClipLevel(b, c) && !apart ? c.clipped : c.least) && b.alike <= kMaxAlike;
}

bool isWeakLetter(const Blob &b, const Contrast &c)
{
    return letterShaped(b) && b.contrast >= c.least / 2 && !atClipLevel(b, c);
}

// Around a patch (its box widened by its size): how far it outgrows the
// chance plateaus there, its pixels over the mean size of the plateaus of
// other values (levels where clipped noise piles up left out: they are flat
// by clipping); and how often noise there holds a value next to its own (the
// mean share of the levels one step either side). Noise stored with many
// levels leaves plateaus of one to a few pixels and holds any one level
// rarely; a letter of one exact value holds dozens of pixels.
struct Surroundings
{
    double outgrows = 0, neighbourShare = 0;
};

static Surroundings surroundingsOf(const Blob &b, const Plateaus &p, const Contrast &c, const std::vector<double> &key,
                                   int w, int h)
{
    const int pad = std::max(b.width(), b.height());
    const int x0 = std::max(0, b.left - pad), x1 = std::min(w - 1, b.right + pad);
    const int y0 = std::max(0, b.top - pad), y1 = std::min(h - 1, b.bottom + pad);
    std::vector<int> plateaus; // the root of each pixel counted: as many plateaus as distinct roots
    plateaus.reserve(size_t(x1 - x0 + 1) * size_t(y1 - y0 + 1));
    size_t beside = 0;
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x) {
            const size_t i = size_t(y) * size_t(w) + size_t(x);
            if (key[i] != b.key && std::abs(key[i] - b.key) <= c.spacing * 1.01)
                ++beside;
            if (key[i] == b.key || std::any_of(c.clips.begin(), c.clips.end(), [&](double l) { return key[i] == l; }))
                continue;
            plateaus.push_back(p.root[i]);
        }
    Surroundings out;
    out.neighbourShare = double(beside) / 2 / (double(x1 - x0 + 1) * double(y1 - y0 + 1));
    const double pixels = double(plateaus.size());
    std::sort(plateaus.begin(), plateaus.end());
    plateaus.erase(std::unique(plateaus.begin(), plateaus.end()), plateaus.end());
    out.outgrows = plateaus.empty() ? 0.0 : b.pixels / (pixels / double(plateaus.size()));
    return out;
}

// Text drawn with a value the anatomy around it also holds (a mid grey
// over soft tissue) does not stand out by brightness. But where noise
// leaves next to no two neighbouring pixels equal, a letter-sized,
// letter-shaped patch of one exact value is no chance: a faint letter.
// Not where noise spans only a few levels (a CT's air stored as 14 values
// around -951 holds each in 10 to 25 % of its pixels, and makes patches of
// one value hundreds of pixels big). Rows of them need more letters. Data
// of 8 bits or fewer is left out: its plateaus are bigger by chance, and
// there a letter needs to stand out only a few levels (contrastNeeded).
bool isFaintLetter(const Blob &b, const Plateaus &p, const Contrast &c, const std::vector<double> &key, int w, int h)
{
    if (!c.deep || b.contrast < 2 * std::max(c.spacing, 1e-9) || !letterShaped(b) || atClipLevel(b, c))
        return false;
    const Surroundings around = surroundingsOf(b, p, c, key, w, h);
    return around.outgrows >= kFaintOutgrows && around.neighbourShare <= kFaintNoiseShare;
}

} // namespace veil::plateau
