#include "engine/pixel/PlateauText.h"

#include "engine/pixel/PlateauLetters.h"

#include <QMap>
#include <QMultiHash>
#include <QRect>
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

// Whether `g`, patches of one key found side by side, is a row of letters
// (short of lettersUpright): enough letters of about one size, on one
// baseline, filling the line.
bool isRow(const std::vector<Blob> &blobs, const QList<int> &g, bool across)
{
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
    return median >= kMinLetterSize && alike >= least &&
           (g.size() >= least || (least == kMinLetters && g.size() == 2 && median >= 7)) &&
           onOneBaseline(blobs, g, across) && isDense(blobs, g, across);
}

// Two or more letters of one key side by side that make no row alone, none
// of them faint (rows of faint letters need more: see isRow), with
// the weak letters (isWeakLetter) of their key between them: the letters of
// "Sex: F" drawn in grey over tissue where only "S" and "F" stand out. The
// weak letters must lie between the first and the last letter, in the row's
// band and of about its letters' size.
QList<int> withWeakLetters(const std::vector<Blob> &blobs, const QList<int> &g, bool across,
                           const QMultiHash<double, int> &weak)
{
    QList<int> out = g;
    if (g.size() < 2 || std::any_of(g.begin(), g.end(), [&](int m) { return blobs[size_t(m)].faint; }))
        return out;
    int from = INT_MAX, to = INT_MIN, lo = INT_MAX, hi = INT_MIN, size = 0;
    for (int m : g) {
        const Span s = spanOf(blobs[size_t(m)], across);
        from = std::min(from, s.from);
        to = std::max(to, s.to);
        lo = std::min(lo, s.lo);
        hi = std::max(hi, s.hi);
        size = std::max(size, s.size);
    }
    for (auto it = weak.constFind(blobs[size_t(g.first())].key);
         it != weak.cend() && it.key() == blobs[size_t(g.first())].key; ++it) {
        const Span s = spanOf(blobs[size_t(it.value())], across);
        const int overlap = std::min(s.hi, hi) - std::max(s.lo, lo) + 1;
        if (s.from > from && s.to < to && overlap * 2 >= s.size && s.size * 10 >= size * 4 && s.size <= size)
            out << it.value();
    }
    return out;
}

// Rows of letters among `letters` (indices into blobs); each row's members.
// Rows that pass every test but lettersUpright go to `leaning`: letters of
// a serif font touch at their serifs and make patches longer than high.
QList<QList<int>> rowsOf(const std::vector<Blob> &blobs, const QList<int> &candidates, bool across,
                         const QMultiHash<double, int> &weak, QList<QList<int>> *leaning = nullptr)
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
    for (QList<int> g : std::as_const(groups)) {
        if (!isRow(blobs, g, across)) {
            g = withWeakLetters(blobs, g, across, weak);
            if (!isRow(blobs, g, across))
                continue;
        }
        if (lettersUpright(blobs, g, across))
            rows << g;
        else if (leaning)
            *leaning << g;
    }
    return rows;
}

// A letter on its own: of a capital's shape (6 px high or wide at least,
// at most two and a half times as long as wide: not a bar, a stroke or a
// row of a colour scale), and standing well apart from all it touches
// (twice the contrast a letter needs, next to nothing around it near its
// value), as text does and speckle does not.
bool isLoneLetter(const Blob &b, const Contrast &c)
{
    const int small = std::min(b.width(), b.height()), big = std::max(b.width(), b.height());
    return !b.faint && big >= 6 && small >= 3 && big * 2 <= small * 5 && b.alike <= 0.1 && b.contrast >= 2 * c.least;
}

struct Row
{
    QRect box;
    double key;
    int letters;
};

// Whether lone letter `b` lies within two of its sizes of a line of four
// letters or more of its value and of about its size: what is left of a
// line drawn across that one ("F" of a "Sex: F" whose "Sex:" merged with
// it). Holes of a coarse map at its floor are letter-shaped too, but lie
// beside no such line of their value.
bool besideALine(const Blob &b, const QList<Row> &across, const QList<Row> &down)
{
    const int size = std::max(b.width(), b.height());
    const QRect letter = b.box();
    for (const QList<Row> *rows : {&across, &down})
        for (const Row &r : *rows) {
            const int line = rows == &across ? r.box.height() : r.box.width();
            if (r.key == b.key && r.letters >= 4 && size * 2 >= line && size <= 2 * line &&
                r.box.adjusted(-2 * size, -2 * size, 2 * size, 2 * size).intersects(letter))
                return true;
        }
    return false;
}

QRect boxOf(const std::vector<Blob> &blobs, const QList<int> &members)
{
    QRect box;
    for (int m : members) {
        const Blob &b = blobs[size_t(m)];
        box = box.united(b.box());
    }
    return box;
}

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
                        const QMultiHash<double, int> &weak, std::vector<uchar> &taken,
                        QList<QList<int>> *leaning = nullptr)
{
    QList<Row> out;
    for (const QList<int> &row : rowsOf(blobs, letters, across, weak, leaning))
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
    if (minContrast.deep && v.channels == 1)
        splitThinParts(p.root, key, v.width, v.height);
    findBlobs(p, v, key, minContrast.least);
    const std::vector<Blob> &blobs = p.blobs;
    QList<int> letters;
    QMultiHash<double, int> weak; // by key
    for (size_t b = 0; b < blobs.size(); ++b) {
        if (isLetter(blobs[b], minContrast)) {
            letters << int(b);
        } else if (isFaintLetter(blobs[b], p, minContrast, key, v.width, v.height)) {
            p.blobs[b].faint = true;
            letters << int(b);
        } else if (isWeakLetter(blobs[b], minContrast)) {
            weak.insert(blobs[b].key, int(b));
        }
    }
    if (letters.size() > 20000) // a texture of letter-sized patches: not text
        return out;
    out.lettersKnown = true;
    for (int m : letters)
        out.letters << blobs[size_t(m)].box();
    std::vector<uchar> taken(blobs.size(), 0);
    // Rows across first; the letters they hold cannot also make a column
    // (lines stacked in a block would).
    QList<QList<int>> leaning;
    QList<Row> across = acceptedRows(blobs, letters, true, weak, taken, &leaning);
    QList<int> rest;
    for (int m : letters)
        if (!taken[size_t(m)])
            rest << m;
    QList<Row> down = acceptedRows(blobs, rest, false, weak, taken);
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
    for (int m : letters)
        if (!taken[size_t(m)] && isLoneLetter(blobs[size_t(m)], minContrast) &&
            besideALine(blobs[size_t(m)], across, down))
            out.lone << blobs[size_t(m)].box();
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
                const bool inside = b >= 0 && r.contains(blobs[size_t(b)].box());
                if (p.count[size_t(root)] < kMinPixels || inside)
                    row[x] = 255;
            }
        }
    }
    return out;
}

} // namespace veil
