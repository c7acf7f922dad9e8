#include "engine/pixel/PlateauText.h"

#include <QMap>

#include <algorithm>
#include <climits>
#include <cmath>
#include <numeric>

namespace veil {
namespace {

constexpr int kMinPixels = 6;            // a letter's strokes, at 8 px
constexpr int kMaxSide = 96;             // the largest letter burned in (big radiographs)
constexpr int kMinSide = 5;              // the smallest letter's height
constexpr double kMaxFill = 0.85;        // strokes, not a solid patch (bars excepted)
constexpr double kMinContrast = 0.015;   // of the image's range: above noise, below faint text
constexpr double kMaxAlike = 0.55;       // of what touches a letter, as bright as it (an edge: half or more)
constexpr double kClippedContrast = 0.1; // at the image's floor or ceiling
constexpr double kStepsAbove = 8;        // levels of a coarsely quantised image a letter stands out by
constexpr int kMinLetters = 3;           // letters in a row before it is a line

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

// Each pixel's plateau (8-connected pixels of one key), by its root.
std::vector<int> plateausOf(const std::vector<double> &key, int w, int h)
{
    std::vector<int> parent(key.size());
    std::iota(parent.begin(), parent.end(), 0);
    auto unite = [&](int a, int b) {
        a = rootOf(parent, a);
        b = rootOf(parent, b);
        if (a != b)
            parent[size_t(std::max(a, b))] = std::min(a, b);
    };
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const int i = y * w + x;
            const double k = key[size_t(i)];
            if (x > 0 && key[size_t(i - 1)] == k)
                unite(i, i - 1);
            if (y == 0)
                continue;
            for (int dx = -1; dx <= 1; ++dx)
                if (x + dx >= 0 && x + dx < w && key[size_t(i - w + dx)] == k)
                    unite(i, i - w + dx);
        }
    for (size_t i = 0; i < parent.size(); ++i)
        parent[i] = rootOf(parent, int(i));
    return parent;
}

struct Blob
{
    int root = 0;
    int left = 0, top = 0, right = 0, bottom = 0, pixels = 0;
    double key = 0, contrast = 0;
    double alike = 0; // the share of what touches it that is about as bright (an edge, not a letter)
    int width() const { return right - left + 1; }
    int height() const { return bottom - top + 1; }
};

// How far apart two pixels are: in value, or a colour's largest channel step.
double distance(const ValueFrame &v, size_t a, size_t b)
{
    if (v.channels == 1)
        return std::abs(v.values[a] - v.values[b]);
    double d = 0;
    for (size_t c = 0; c < size_t(v.channels); ++c)
        d = std::max(d, std::abs(v.values[a * size_t(v.channels) + c] - v.values[b * size_t(v.channels) + c]));
    return d;
}

struct Plateaus
{
    std::vector<int> root;   // each pixel's plateau, by its root pixel
    std::vector<int> count;  // pixels of the plateau rooted at a pixel
    std::vector<int> blobOf; // the letter-sized blob rooted at a pixel, or -1
    std::vector<Blob> blobs;
};

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

struct Contrast
{
    double least = 0;          // what a letter stands out by at least
    double clipped = 0;        // the same, for a letter at a level where noise was clipped
    std::vector<double> clips; // the image's floor and ceiling, and levels noise piles up at
    double nearClip = 0;       // how close to such a level counts as at it (the edge of a clipped region)
};

// Levels where clipped noise piles up: the image's lowest and highest
// values, and any value holding 1 % of the pixels with next to nothing just
// beyond it on one side (air at -1024 above the padding of a CT, the dark
// of an MR at 0). `sorted`: a sample of the keys, in order.
std::vector<double> clipLevels(const std::vector<double> &sorted, double spacing)
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
    std::sort(sample.begin(), sample.end());
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
    Contrast c{least, std::max(least, range * kClippedContrast), clipLevels(sample, spacing), range * 0.02};
    const auto [lo, hi] = std::minmax_element(key.begin(), key.end());
    c.clips.push_back(*lo);
    c.clips.push_back(*hi);
    return c;
}

bool isLetter(const Blob &b, const Contrast &c)
{
    const int big = std::max(b.width(), b.height()), small = std::min(b.width(), b.height());
    const bool clipped = std::any_of(c.clips.begin(), c.clips.end(),
                                     [&](double level) { return std::abs(b.key - level) <= c.nearClip; });
    if (big < kMinSide || big > kMaxSide || b.contrast < (clipped ? c.clipped : c.least) || b.alike > kMaxAlike)
        return false;
    const double fill = double(b.pixels) / (double(b.width()) * b.height());
    return fill <= kMaxFill || small * 3 <= big; // strokes, or a bar (l, 1, I, -)
}

// Letters in a row: one key, about one size, overlapping across the row,
// gaps under two and a half letters (a label's colon and
// spaces before a one-letter value). `across`: rows run left to right;
// otherwise top to bottom (the same with x and y swapped).
struct Span
{
    int from, to, size; // along the row; across it, the letter's size
    int lo, hi;         // the extent across the row
};

Span spanOf(const Blob &b, bool across)
{
    return across ? Span{b.left, b.right, b.height(), b.top, b.bottom}
                  : Span{b.top, b.bottom, b.width(), b.left, b.right};
}

bool sameRow(const Blob &a, const Blob &b, bool across)
{
    if (a.key != b.key)
        return false;
    const Span s = spanOf(a, across), t = spanOf(b, across);
    const int overlap = std::min(s.hi, t.hi) - std::max(s.lo, t.lo) + 1;
    const int gap = std::max(s.from, t.from) - std::min(s.to, t.to) - 1;
    const int small = std::min(s.size, t.size), big = std::max(s.size, t.size);
    return overlap * 2 >= small && big * 10 <= small * 22 && gap <= big * 5 / 2; // "Sex:  M" in a mono font
}

// Letters stand on a baseline (and most reach one cap or x-height): at
// least 60 % of a row's patches share one edge across the row to within a
// pixel. Patches of noise along a row start and end anywhere.
bool onOneBaseline(const std::vector<Blob> &blobs, const QList<int> &row, bool across)
{
    int best = 0;
    for (const bool low : {false, true})
        for (int m : row) {
            const Span s = spanOf(blobs[size_t(m)], across);
            int same = 0;
            for (int n : row) {
                const Span t = spanOf(blobs[size_t(n)], across);
                same += std::abs(low ? s.lo - t.lo : s.hi - t.hi) <= 1 ? 1 : 0;
            }
            best = std::max(best, same);
        }
    return best * 10 >= int(row.size()) * 6;
}

// Letters are taller than wide as the line runs (most of a row's patches
// no longer along the line than across it). Upright lines stacked in a
// block offer columns of patches too, but each is a letter lying across
// that column: longer along it than across.
bool lettersUpright(const std::vector<Blob> &blobs, const QList<int> &row, bool across)
{
    std::vector<double> ratios;
    for (int m : row) {
        const Span s = spanOf(blobs[size_t(m)], across);
        ratios.push_back(double(s.to - s.from + 1) / s.size);
    }
    std::nth_element(ratios.begin(), ratios.begin() + long(ratios.size() / 2), ratios.end());
    return ratios[ratios.size() / 2] <= 1.3;
}

// Letters fill a line: their lengths along it add up to at least 35 % of
// it (patches strewn along a row leave most of it empty).
bool isDense(const std::vector<Blob> &blobs, const QList<int> &row, bool across)
{
    int from = INT_MAX, to = INT_MIN, filled = 0;
    for (int m : row) {
        const Span s = spanOf(blobs[size_t(m)], across);
        from = std::min(from, s.from);
        to = std::max(to, s.to);
        filled += s.to - s.from + 1;
    }
    return filled * 100 >= (to - from + 1) * 35;
}

// Rows of letters among `letters` (indices into blobs); each row's members.
QList<QList<int>> rowsOf(const std::vector<Blob> &blobs, const QList<int> &candidates, bool across)
{
    QList<int> letters; // a patch four times longer than high along the row is an edge, not letters
    for (int m : candidates) {
        const Span s = spanOf(blobs[size_t(m)], across);
        if (s.to - s.from + 1 <= 4 * s.size)
            letters << m;
    }
    std::vector<int> parent(size_t(letters.size()));
    std::iota(parent.begin(), parent.end(), 0);
    for (int i = 0; i < letters.size(); ++i)
        for (int j = i + 1; j < letters.size(); ++j)
            if (sameRow(blobs[size_t(letters[i])], blobs[size_t(letters[j])], across)) {
                const int a = rootOf(parent, i), b = rootOf(parent, j);
                if (a != b)
                    parent[size_t(std::max(a, b))] = std::min(a, b);
            }
    QMap<int, QList<int>> groups; // ordered: the rows, and so what is read on one page, the same every run
    for (int i = 0; i < letters.size(); ++i)
        groups[rootOf(parent, i)] << letters[i];
    QList<QList<int>> rows;
    for (const QList<int> &g : std::as_const(groups)) {
        std::vector<int> sizes;
        for (int m : g)
            sizes.push_back(spanOf(blobs[size_t(m)], across).size);
        std::nth_element(sizes.begin(), sizes.begin() + long(sizes.size() / 2), sizes.end());
        const int median = sizes[sizes.size() / 2];
        int alike = 0; // letters of about the median size (letters that touch count each)
        for (int m : g) {
            const Span s = spanOf(blobs[size_t(m)], across);
            if (s.size * 10 >= median * 6 && s.size * 10 <= median * 16)
                alike += std::max(1, int(std::lround((s.to - s.from + 1) / (0.75 * s.size))));
        }
        // Two patches make a line only when they are big enough to be letters that touch ("DO" "B").
        if (alike >= kMinLetters && (g.size() >= 3 || (g.size() == 2 && median >= 7)) &&
            onOneBaseline(blobs, g, across) && isDense(blobs, g, across) && lettersUpright(blobs, g, across))
            rows << g;
    }
    return rows;
}

QRect boxOf(const std::vector<Blob> &blobs, const QList<int> &members)
{
    QRect box;
    for (int m : members) {
        const Blob &b = blobs[size_t(m)];
        box = box.united(QRect(QPoint(b.left, b.top), QPoint(b.right, b.bottom)));
    }
    return box;
}

struct Row
{
    QRect box;
    double key;
    int letters;
};

// Rows of letters long enough for their direction; their letters are taken.
QList<Row> acceptedRows(const std::vector<Blob> &blobs, const QList<int> &letters, bool across,
                        std::vector<uchar> &taken)
{
    QList<Row> out;
    for (const QList<int> &row : rowsOf(blobs, letters, across)) {
        const QRect box = boxOf(blobs, row);
        const int along = across ? box.width() : box.height(), size = across ? box.height() : box.width();
        if (along * 2 < size * 3)
            continue;
        out << Row{box, blobs[size_t(row.first())].key, int(row.size())};
        for (int m : row)
            taken[size_t(m)] = 1;
    }
    return out;
}

// Pieces of one line (a letter lost to the anatomy under it splits a row):
// one key, side by side on a line, less than three letters apart.
void joinPieces(QList<Row> &rows, bool across)
{
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < rows.size() && !changed; ++i)
            for (int j = i + 1; j < rows.size() && !changed; ++j) {
                const QRect &a = rows[i].box, &b = rows[j].box;
                if (rows[i].key != rows[j].key)
                    continue;
                const int lo = across ? std::max(a.top(), b.top()) : std::max(a.left(), b.left());
                const int hi = across ? std::min(a.bottom(), b.bottom()) : std::min(a.right(), b.right());
                const int small = across ? std::min(a.height(), b.height()) : std::min(a.width(), b.width());
                const int big = across ? std::max(a.height(), b.height()) : std::max(a.width(), b.width());
                const int gap = across ? std::max(a.left(), b.left()) - std::min(a.right(), b.right())
                                       : std::max(a.top(), b.top()) - std::min(a.bottom(), b.bottom());
                if ((hi - lo + 1) * 2 >= small && gap <= 3 * big) {
                    rows[i] = Row{a.united(b), rows[i].key, rows[i].letters + rows[j].letters};
                    rows.removeAt(j);
                    changed = true;
                }
            }
    }
}

// A line whose last letters cross anatomy of their own value (they merge
// with it and are no letter-sized patch) ends where its value stops being
// frequent: grown by half a letter at a time while the strip beyond its end
// holds the line's value in at least 8 % of its pixels (anatomy holds any
// one value far more rarely).
void growOverAnatomy(QList<Row> &rows, bool across, const std::vector<double> &key, int w, int h)
{
    auto share = [&](const QRect &strip, double value) {
        const QRect r = strip.intersected(QRect(0, 0, w, h));
        if (r.isEmpty())
            return 0.0;
        int same = 0;
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x)
                same += key[size_t(y) * size_t(w) + size_t(x)] == value ? 1 : 0;
        return double(same) / (double(r.width()) * r.height());
    };
    for (Row &row : rows) {
        const int size = across ? row.box.height() : row.box.width(), step = std::max(2, size / 2);
        for (int end : {0, 1})
            for (int n = 0; n < 40; ++n) {
                const QRect &b = row.box;
                const QRect strip = across ? (end ? QRect(b.right() + 1, b.top(), step, b.height())
                                                  : QRect(b.left() - step, b.top(), step, b.height()))
                                           : (end ? QRect(b.left(), b.bottom() + 1, b.width(), step)
                                                  : QRect(b.left(), b.top() - step, b.width(), step));
                if (strip.intersected(QRect(0, 0, w, h)) != strip || share(strip, row.key) < 0.08)
                    break;
                row.box = row.box.united(strip);
            }
    }
}

} // namespace

PlateauText findPlateauText(const ValueFrame &v)
{
    PlateauText out;
    if (v.values.empty() || v.width <= 0 || v.height <= 0 || (v.channels != 1 && v.channels != 3))
        return out;
    const std::vector<double> key = keysOf(v);
    Plateaus p;
    p.root = plateausOf(key, v.width, v.height);
    const Contrast minContrast = contrastNeeded(v, key);
    findBlobs(p, v, key, minContrast.least);
    const std::vector<Blob> &blobs = p.blobs;
    QList<int> letters;
    for (size_t b = 0; b < blobs.size(); ++b)
        if (isLetter(blobs[b], minContrast))
            letters << int(b);
    if (letters.size() > 20000) // a texture of letter-sized patches: not text
        return out;
    std::vector<uchar> taken(blobs.size(), 0);
    // Rows across first; the letters they hold cannot also make a column
    // (lines stacked in a block would).
    QList<Row> across = acceptedRows(blobs, letters, true, taken);
    QList<int> rest;
    for (int m : letters)
        if (!taken[size_t(m)])
            rest << m;
    QList<Row> down = acceptedRows(blobs, rest, false, taken);
    for (QList<Row> *rows : {&across, &down}) {
        joinPieces(*rows, rows == &across);
        growOverAnatomy(*rows, rows == &across, key, v.width, v.height);
    }
    QList<std::pair<QRect, double>> painted;
    for (const Row &r : across) {
        out.across << TextCandidate{r.box, r.letters, "plateau"};
        painted.push_back({r.box, r.key});
    }
    for (const Row &r : down) {
        out.down << TextCandidate{r.box, r.letters, "plateau"};
        painted.push_back({r.box, r.key});
    }
    // The picture to read: the line's letters, and the dots, colons and
    // small letters around them that were no letter-sized patch (not the
    // anatomy of the same value under them).
    out.picture = cv::Mat(v.height, v.width, CV_8UC1, cv::Scalar(0));
    for (const auto &[line, value] : painted) {
        const int pad = std::max(2, std::min(line.width(), line.height()) / 3);
        const QRect r = line.adjusted(-pad, -pad, pad, pad).intersected(QRect(0, 0, v.width, v.height));
        for (int y = r.top(); y <= r.bottom(); ++y) {
            uchar *row = out.picture.ptr<uchar>(y);
            for (int x = r.left(); x <= r.right(); ++x) {
                const size_t i = size_t(y) * size_t(v.width) + size_t(x);
                if (key[i] != value)
                    continue;
                const int root = p.root[i], b = p.blobOf[size_t(root)];
                const bool inside =
                    b >= 0 && r.contains(QRect(QPoint(blobs[size_t(b)].left, blobs[size_t(b)].top),
                                               QPoint(blobs[size_t(b)].right, blobs[size_t(b)].bottom)));
                if (p.count[size_t(root)] < kMinPixels || inside)
                    row[x] = 255;
            }
        }
    }
    return out;
}

} // namespace veil
