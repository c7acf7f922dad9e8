#include "engine/pixel/PlateauText.h"

#include "engine/pixel/PlateauLetters.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <climits>
#include <cmath>
#include <numeric>

namespace veil {
namespace {

using namespace plateau;

constexpr int kMinLetters = 3;      // letters in a row before it is a line
constexpr int kMinLetterSize = 4;   // across a row, most letters: the x-height of an 8 px font
constexpr int kMinFaintLetters = 5; // letters in a row of faint letters only (isFaintLetter)

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
// Rows that pass every test but lettersUpright go to `leaning`: letters of
// a serif font touch at their serifs and make patches longer than high.
QList<QList<int>> rowsOf(const std::vector<Blob> &blobs, const QList<int> &candidates, bool across,
                         QList<QList<int>> *leaning = nullptr)
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
        const auto faint = std::count_if(g.begin(), g.end(), [&](int m) { return blobs[size_t(m)].faint; });
        // A row of faint letters alone needs more; one letter of its value that stands out
        // by brightness too ("F" of "Sex: F" where "Sex:" lies over tissue of about its value)
        // shows the value is drawn.
        const int least = faint == g.size() ? kMinFaintLetters : kMinLetters;
        if (median < kMinLetterSize || alike < least ||
            !(g.size() >= least || (least == kMinLetters && g.size() == 2 && median >= 7)) ||
            !onOneBaseline(blobs, g, across) || !isDense(blobs, g, across))
            continue;
        if (lettersUpright(blobs, g, across))
            rows << g;
        else if (leaning)
            *leaning << g;
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

// `row` as a line when it is long enough for its direction; its letters are taken.
void takeRow(const std::vector<Blob> &blobs, const QList<int> &row, bool across, std::vector<uchar> &taken,
             QList<Row> &out)
{
    const QRect box = boxOf(blobs, row);
    const int along = across ? box.width() : box.height(), size = across ? box.height() : box.width();
    if (along * 2 < size * 3)
        return;
    out << Row{box, blobs[size_t(row.first())].key, int(row.size())};
    for (int m : row)
        taken[size_t(m)] = 1;
}

// Rows of letters long enough for their direction; their letters are
// taken. Rows of touching letters (see rowsOf) go to `leaning` when given.
QList<Row> acceptedRows(const std::vector<Blob> &blobs, const QList<int> &letters, bool across,
                        std::vector<uchar> &taken, QList<QList<int>> *leaning = nullptr)
{
    QList<Row> out;
    for (const QList<int> &row : rowsOf(blobs, letters, across, leaning))
        takeRow(blobs, row, across, taken, out);
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
    for (size_t b = 0; b < blobs.size(); ++b) {
        if (isLetter(blobs[b], minContrast)) {
            letters << int(b);
        } else if (isFaintLetter(blobs[b], p, minContrast, key, v.width, v.height)) {
            p.blobs[b].faint = true;
            letters << int(b);
        }
    }
    if (letters.size() > 20000) // a texture of letter-sized patches: not text
        return out;
    std::vector<uchar> taken(blobs.size(), 0);
    // Rows across first; the letters they hold cannot also make a column
    // (lines stacked in a block would).
    QList<QList<int>> leaning;
    QList<Row> across = acceptedRows(blobs, letters, true, taken, &leaning);
    QList<int> rest;
    for (int m : letters)
        if (!taken[size_t(m)])
            rest << m;
    QList<Row> down = acceptedRows(blobs, rest, false, taken);
    // A row across of patches longer than high that makes no column either
    // way: letters of a serif font touching, read across.
    for (const QList<int> &row : std::as_const(leaning)) {
        if (std::none_of(row.begin(), row.end(), [&](int m) { return taken[size_t(m)]; }))
            takeRow(blobs, row, true, taken, across);
    }
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
