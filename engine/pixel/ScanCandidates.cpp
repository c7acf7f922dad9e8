#include "engine/pixel/ScanCandidates.h"

#include <algorithm>

namespace veil::scan {
namespace {

// Whether two boxes are one line of text: they meet, are of about one
// height (a smoothed line's box is taller than its letters' cores; a block
// of lines is taller still), and share most of the lower one's height.
bool isSameLine(const QRect &a, const QRect &b)
{
    const int low = std::min(a.height(), b.height()), high = std::max(a.height(), b.height());
    const int overlap = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top()) + 1;
    return a.intersects(b) && high <= 2 * low && overlap * 5 >= low * 3;
}

// A block the first picture proposed whose rows are mostly lines of one
// stored value (lines stacked close, read as one block, read worse than
// each line alone): the lines stand for it.
void dropBlocksOfLines(QList<Found> &found, const QList<TextCandidate> &lines)
{
    for (qsizetype k = found.size() - 1; k >= 0; --k) {
        const QRect block = found[k].candidate.box;
        if (found[k].certain() || found[k].turned)
            continue;
        int rows = 0;
        for (const TextCandidate &l : lines)
            if (l.box.intersects(block) && !isSameLine(l.box, block))
                rows += l.box.intersected(block).height();
        if (rows * 10 >= block.height() * 7)
            found.removeAt(k);
    }
}

// Whether upright lines of letters already cover half of `box` (read
// across, the first letters of a list of labels look like a vertical line).
bool coveredByUprightLines(const QList<Found> &upright, const QRect &box)
{
    int coveredRows = 0;
    for (const Found &k : upright)
        if (k.candidate.glyphs >= 3 && k.candidate.box.width() >= 2 * k.candidate.box.height())
            coveredRows += k.box().intersected(box).height(); // lines of letters, not anatomy
    return coveredRows * 2 >= box.height();
}

// The rows of a vertical line of letters of one value, `column`, that
// upright lines of letters cover. A line counts when it is one of letters
// of one stored value too, or no more than three of the column's letters
// high: a region of texture the first picture proposed is neither (a
// turned "Age: 35" over an ultrasound's speckle is no label's first letter).
std::vector<uchar> rowsCoveredByUprightLines(const QList<Found> &upright, const QRect &column)
{
    std::vector<uchar> covered(size_t(std::max(0, column.height())), 0);
    for (const Found &k : upright) {
        const QRect line = k.box();
        if (k.candidate.glyphs < 3 || line.width() < 2 * line.height() ||
            !(k.candidate.ofOneValue() || line.height() <= 3 * column.width()))
            continue;
        const QRect in = line.intersected(column);
        for (int y = in.top(); y <= in.bottom() && !in.isEmpty(); ++y)
            covered[size_t(y - column.top())] = 1;
    }
    return covered;
}

// What of vertical `column` upright lines leave free: all of it when they
// cover under half; otherwise its stretch after the last row or before the
// first row they cover, when at least two letters wide long (a vertical
// value drawn on past the ends of a column of labels); else nothing.
QRect uprightFree(const QList<Found> &upright, const QRect &column)
{
    const std::vector<uchar> covered = rowsCoveredByUprightLines(upright, column);
    if (std::count(covered.begin(), covered.end(), 1) * 2 < column.height())
        return column;
    const auto first = std::find(covered.begin(), covered.end(), 1);
    const auto last = std::find(covered.rbegin(), covered.rend(), 1);
    const int before = int(first - covered.begin()), after = int(last - covered.rbegin());
    const int least = 2 * column.width();
    if (after >= least && after >= before)
        return QRect(column.left(), column.bottom() - after + 1, column.width(), after);
    if (before >= least)
        return QRect(column.left(), column.top(), column.width(), before);
    return {};
}

// Lines of letters of one stored value, added to `found`, text for
// certain, read where the letters show best. Up to 8 bits: on the first
// picture as it is (smoothed edges of anti-aliased letters and all), and a
// line the first picture proposed there already becomes that line (one
// box a line for the reviewer), grown to hold it. Deeper data: on the
// picture of the line's own value, whatever the window hides, beside what
// the window shows there (which may be anatomy around it). Vertical
// lines: on that picture turned each way (which way they read is not
// known: both are read, the better reading stays).
void addPlateauLines(QList<Found> &found, const Frames &frames)
{
    const bool onDisplay = frames.storedAsShown;
    const cv::Mat *across = onDisplay ? &frames.first : &frames.plateau.picture;
    for (const TextCandidate &c : frames.plateau.across) {
        Found line{c, across};
        for (qsizetype k = found.size() - 1; k >= 0 && onDisplay; --k)
            if (!found[k].turned && isSameLine(found[k].candidate.box, c.box)) { // not a block it crosses
                line.candidate.box = line.candidate.box.united(found[k].candidate.box);
                line.candidate.glyphs = std::max(line.candidate.glyphs, found[k].candidate.glyphs);
                found.removeAt(k);
            }
        found << line;
    }
    if (onDisplay)
        dropBlocksOfLines(found, frames.plateau.across);
    // Vertical lines: read on the line's picture turned each way. On 8-bit
    // pictures the cores of anti-aliased letters in lines stacked in a block
    // make columns of patches that read as turned text: there a vertical row
    // counts only where no upright line of letters covers half of it, or
    // with the stretch of it they leave free (uprightFree).
    const QList<Turned> &turned = onDisplay ? frames.turned : frames.plateauTurned;
    if (turned.size() < 2)
        return;
    const QList<Found> upright = found;
    for (TextCandidate c : frames.plateau.down) {
        if (onDisplay)
            c.box = uprightFree(upright, c.box);
        if (c.box.isEmpty())
            continue;
        const int first = int(found.size());
        for (const Turned *t : {&turned[0], &turned[1]}) {
            TextCandidate turnedLine = c;
            turnedLine.box = turnedTo(c.box, t->code, t->original);
            found << Found{turnedLine, &t->picture, t, first + (found.size() == first ? 1 : 0)};
        }
    }
}

// Vertical lines: read on a turned picture, where they run across. Only
// long lines of letters that no line found upright covers already. The
// turned pictures come in pairs, a quarter turn each way of one picture
// (turnedPictures): one is the other turned half round, so lines are looked
// for on the first and their places taken over to the second (both are
// read: which way the line runs is not known).
void addTurnedLines(QList<Found> &found, const Frames &frames)
{
    const QList<Found> upright = found;
    for (qsizetype i = 0; i + 1 < frames.turned.size(); i += 2) {
        const Turned &t = frames.turned[i], &other = frames.turned[i + 1];
        for (const TextCandidate &b : findTextCandidates(t.picture)) {
            if (b.glyphs < 4 || b.box.width() < 4 * b.box.height())
                continue;
            // Upright lines stacked in a column (the first letters of a list of
            // labels) look like one vertical line: covered when they are.
            const QRect back = turnedBack(b.box, t.code, t.original);
            if (coveredByUprightLines(upright, back))
                continue;
            found << Found{b, &t.picture, &t};
            TextCandidate turned = b;
            turned.box = turnedTo(back, other.code, other.original);
            found << Found{turned, &other.picture, &other};
        }
    }
}

// Text seen on a later picture: a line of its own, or (where it is the
// same line as one already found, say a stamp that grows) that line made
// long enough. A line that only crosses other boxes (text over anatomy
// the first picture proposed as a region) stays a line of its own.
void addCandidate(QList<Found> &found, const TextCandidate &b, const cv::Mat *picture)
{
    bool known = false;
    for (Found &k : found) {
        const QRect box = k.box();
        if (!box.intersects(b.box))
            continue;
        const int overlap = std::min(box.bottom(), b.box.bottom()) - std::max(box.top(), b.box.top());
        const bool sameLine = overlap * 4 >= std::max(box.height(), b.box.height()) * 3;
        known = known || sameLine || box.contains(b.box);
        if (b.glyphs >= 3 && sameLine && !k.turned) { // same line, text
            k.candidate.box = box.united(b.box);
            k.candidate.glyphs = std::max(k.candidate.glyphs, b.glyphs);
        }
    }
    if (!known)
        found << Found{b, picture};
}

} // namespace

QList<Found> candidates(const Frames &frames)
{
    QList<Found> found;
    for (const TextCandidate &b : findTextCandidates(frames.first))
        found << Found{b, &frames.first};
    addPlateauLines(found, frames);
    QList<const cv::Mat *> others;
    if (frames.count > 1) // text that is not there in the first frame
        others << &frames.middle << &frames.last;
    for (const cv::Mat &ink : frames.inks)
        others << &ink;
    for (const cv::Mat *m : others)
        for (const TextCandidate &b : findTextCandidates(*m))
            addCandidate(found, b, m);
    addTurnedLines(found, frames);
    return found;
}

} // namespace veil::scan
