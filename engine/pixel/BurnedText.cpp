#include "engine/pixel/BurnedText.h"

#include "engine/pixel/InkPictures.h"
#include "engine/pixel/LineContext.h"
#include "engine/pixel/PageReader.h"
#include "engine/pixel/PlateauText.h"
#include "engine/pixel/RegionVerdicts.h"
#include "engine/pixel/TurnedText.h"

#include "engine/image/ImageFrames.h"
#include "engine/jobs/JobContext.h"
#include "engine/ocr/TextReader.h"
#include "engine/pixel/TextDetector.h"

#include <QElapsedTimer>

#include <algorithm>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace veil {
namespace {

// Grey view of a display frame: colour text counts by its brightest channel.
cv::Mat toGray(const DisplayFrame &f)
{
    const cv::Mat view(f.height, f.width, f.channels == 3 ? CV_8UC3 : CV_8UC1,
                       const_cast<char *>(f.pixels.constData()));
    if (f.channels == 1)
        return view.clone();
    std::vector<cv::Mat> planes;
    cv::split(view, planes);
    cv::Mat out = cv::max(cv::max(planes[0], planes[1]), planes[2]);
    return out;
}

struct Frames
{
    cv::Mat first, middle, last, minimum, maximum;
    QList<cv::Mat> inks;         // grey data: the maximum and each spike value of the stored values (InkPictures)
    QList<Turned> turned;        // the first picture and the inks, a quarter turn each way (vertical text)
    PlateauText plateau;         // lines of letters drawn with one stored value (PlateauText)
    QList<Turned> plateauTurned; // its picture a quarter turn each way, to read its vertical lines
    bool storedAsShown = false;  // 8 bits or fewer: the first picture shows the stored values
    int count = 0;
};

// Up to this many frames (evenly spaced, with the first, middle and last)
// decide what is static: the cost stays flat however long the cine.
constexpr int kSampledFrames = 24;

QList<int> sampledFrames(int n)
{
    QList<int> out;
    const int step = std::max(1, (n + kSampledFrames - 1) / kSampledFrames);
    for (int f = 0; f < n; f += step)
        out << f;
    for (int f : {n / 2, n - 1})
        if (!out.contains(f))
            out << f;
    std::sort(out.begin(), out.end());
    return out;
}

Status readFrames(ImageFrames &file, Frames &frames, JobContext &job)
{
    const int n = file.info().frames;
    const QList<int> sample = sampledFrames(n);
    for (int f : sample) {
        if (job.isCancelled())
            return failure(QStringLiteral("cancelled"), ErrorCode::Cancelled);
        const Result<DisplayFrame> d = file.renderFrame(f);
        if (!d)
            return d.error();
        const cv::Mat gray = toGray(*d);
        if (f == 0) {
            frames.first = gray;
            frames.minimum = gray.clone();
            frames.maximum = gray.clone();
        } else {
            frames.minimum = cv::min(frames.minimum, gray);
            frames.maximum = cv::max(frames.maximum, gray);
        }
        if (f == n / 2)
            frames.middle = gray;
        if (f == n - 1)
            frames.last = gray;
        ++frames.count;
        job.setProgress(frames.count, sample.size(), QStringLiteral("Reading frames"));
    }
    return {};
}

bool isStatic(const Frames &frames, const QRect &box)
{
    if (frames.count <= 1)
        return true;
    const cv::Rect r(box.x(), box.y(), box.width(), box.height());
    cv::Mat range = frames.maximum(r) - frames.minimum(r);
    return cv::countNonZero(range > 3) <= int(range.total() / 50);
}

QList<const cv::Mat *> pointersTo(const QList<cv::Mat> &pictures)
{
    QList<const cv::Mat *> out;
    for (const cv::Mat &p : pictures)
        out << &p;
    return out;
}

bool insideClinicalArea(const QList<QRect> &areas, const QRect &box)
{
    for (const QRect &a : areas)
        if (a.contains(box))
            return true;
    return false;
}

struct Found
{
    TextCandidate candidate;
    const cv::Mat *picture;         // where it was seen, and is read
    const Turned *turned = nullptr; // seen on a turned picture: `candidate.box` is in its coordinates
    int twin = -1; // a vertical line of letters, read both ways: the other reading (the better one stays)
    QRect box() const { return turned ? turnedBack(candidate.box, turned->code, turned->original) : candidate.box; }
    bool certain() const { return candidate.ofOneValue(); }
};

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
    // counts only where no upright line of letters covers half of it.
    const QList<Turned> &turned = onDisplay ? frames.turned : frames.plateauTurned;
    if (turned.size() < 2)
        return;
    const QList<Found> upright = found;
    for (const TextCandidate &c : frames.plateau.down) {
        if (onDisplay && coveredByUprightLines(upright, c.box))
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

struct Readings
{
    QList<QList<OcrWord>> words; // per candidate
    QList<bool> done;            // whether it was read at all
};

struct Context
{
    QList<QRect> clinical;
    bool flagUnreadable;
    const PhiMatcher *matcher;
};

// How well words were read: letters read, weighted by confidence.
double readingScore(const QList<OcrWord> &words)
{
    double sum = 0;
    for (const OcrWord &w : words)
        sum += w.confidence * w.text.trimmed().size();
    return sum;
}

// Lines of one stored value read on the first picture (8-bit data) where
// no word came out with confidence (coloured letters on a coloured ground
// lose their contrast in grey): read again on the picture of their letters
// alone, white on black, and the better reading stays.
void rereadPoorLines(const QList<Found> &found, const Frames &frames, Readings &out, TextScan &scan)
{
    constexpr float kConfidentWord = 60.0f;
    if (frames.plateau.picture.empty())
        return;
    QList<OcrJob> again;
    for (int c = 0; c < found.size(); ++c) {
        if (!found[c].certain() || found[c].picture != &frames.first || !out.done[c])
            continue;
        const auto &words = out.words[c];
        if (std::none_of(words.cbegin(), words.cend(), [](const OcrWord &w) { return w.confidence >= kConfidentWord; }))
            again << OcrJob{found[c].candidate.box, &frames.plateau.picture, c};
    }
    const QList<QList<OcrWord>> read = readRegions(again, scan);
    for (int j = 0; j < again.size(); ++j)
        if (readingScore(read[j]) > readingScore(out.words[again[j].candidate]))
            out.words[again[j].candidate] = read[j];
}

// Reads every candidate worth reading on the picture it was found in; a
// line that changes (clock, counter, a stamp that appears) on the middle and
// last sampled frames too, unless its first reading already masks it whole.
Readings readCandidates(const QList<Found> &found, const Frames &frames, const Context &context, TextScan &scan,
                        JobContext &job)
{
    Readings out{QList<QList<OcrWord>>(found.size()), QList<bool>(found.size(), false)};
    auto collect = [&](const QList<OcrJob> &batch) {
        const QList<QList<OcrWord>> read = readRegions(batch, scan);
        for (int j = 0; j < batch.size(); ++j) {
            out.words[batch[j].candidate] += read[j];
            out.done[batch[j].candidate] = true;
        }
    };
    QList<OcrJob> jobs,
        turnedJobs; // turned lines on pages of their own: a page mixes them badly with lines read across
    QList<int> changing;
    for (int c = 0; c < found.size(); ++c) {
        const QRect &region = found[c].candidate.box; // on its own picture (maybe turned)
        if (!found[c].certain() && insideClinicalArea(context.clinical, found[c].box()) &&
            found[c].candidate.glyphs < kMinGlyphs)
            continue; // speckle in the image itself: not worth reading
        (found[c].turned ? turnedJobs : jobs) << OcrJob{region, found[c].picture, c};
        if (!found[c].turned && !isStatic(frames, region))
            changing << c;
    }
    if (job.isCancelled())
        return out;
    collect(jobs);
    collect(turnedJobs);
    rereadPoorLines(found, frames, out, scan);
    QList<OcrJob> later;
    for (int c : changing) {
        const bool inside = insideClinicalArea(context.clinical, found[c].candidate.box);
        if (!masksWholeRegion(out.words[c], found[c].candidate, inside, context.flagUnreadable, *context.matcher))
            for (const cv::Mat *m : {&frames.middle, &frames.last})
                later << OcrJob{found[c].candidate.box, m, c};
    }
    if (!later.isEmpty() && !job.isCancelled())
        collect(later);
    return out;
}

// What was read on turned pictures, in the image's own coordinates.
void uprightReadings(QList<Found> &found, Readings &read)
{
    for (int c = 0; c < found.size(); ++c) {
        const Turned *t = found[c].turned;
        if (!t)
            continue;
        for (OcrWord &w : read.words[c])
            w.box = turnedBack(w.box, t->code, t->original);
        found[c].candidate.box = found[c].box();
        found[c].turned = nullptr;
    }
}

// A vertical line read both ways: the reading with more letters read
// with confidence stays, the other is dropped.
void keepBetterTwins(const QList<Found> &found, Readings &read)
{
    auto score = [&](int c) { return readingScore(read.words[c]); };
    for (int c = 0; c < found.size(); ++c) {
        const int t = found[c].twin;
        if (t > c && read.done[c] && read.done[t])
            read.done[score(c) >= score(t) ? t : c] = false;
    }
}

// For each region, the PHI label that ends a region just left of it on the
// same line (within three line heights), or empty.
QStringList labelsFromTheLeft(const QList<Found> &found, const Readings &read, const PhiMatcher &matcher)
{
    QStringList out(found.size());
    for (int p = 0; p < found.size(); ++p) {
        if (!read.done[p] || read.words[p].isEmpty() ||
            !matcher.readsAsLabel(read.words[p].last().text, read.words[p].last().confidence))
            continue;
        const QRect &left = found[p].candidate.box;
        for (int c = 0; c < found.size(); ++c) {
            const QRect &right = found[c].candidate.box;
            const int h = std::min(left.height(), right.height());
            const int overlap = std::min(left.bottom(), right.bottom()) - std::max(left.top(), right.top());
            if (c != p && overlap * 5 >= h * 3 && right.left() >= left.right() - h / 2 &&
                right.left() - left.right() <= 3 * h)
                out[c] = read.words[p].last().text.trimmed();
        }
    }
    return out;
}

// Whether candidate `c`, a line of letters itself, holds or runs along a
// line of letters of one stored value (text for certain): it is that line,
// proposed whole where the plateau only kept the letters that stood out
// ("Sven" of "Name: Okonkwo, Sven" over bone).
bool onALineOfLetters(const QList<Found> &found, const Readings &read, int c)
{
    const QRect &box = found[c].candidate.box;
    if (found[c].candidate.glyphs < kMinGlyphs || box.width() < 2 * box.height())
        return false;
    for (int k = 0; k < found.size(); ++k) {
        const QRect &line = found[k].candidate.box;
        if (k == c || !found[k].certain() || !read.done[k] || line.height() > line.width())
            continue;
        const int overlap = std::min(box.bottom(), line.bottom()) - std::max(box.top(), line.top()) + 1;
        if (box.intersects(line) && overlap * 4 >= std::max(box.height(), line.height()) * 3)
            return true;
    }
    return false;
}

} // namespace

QList<QRect> TextScan::masks(int frame) const
{
    QList<QRect> out;
    for (const TextBox &b : boxes)
        if (b.cls != TextClass::NotPhi && (b.frame < 0 || b.frame == frame))
            out << b.box;
    return out;
}

Result<TextScan> scanBurnedText(ImageFrames &file, const PhiMatcher &matcher, JobContext &job)
{
    TextScan scan;
    QElapsedTimer timer;
    timer.start();
    if (!file.info().hasPixelData)
        return scan;
    if (const qint64 pixels = qint64(file.info().rows) * file.info().columns; pixels > kMaxScannedPixels)
        return failure(QStringLiteral("a frame of %1 x %2 is too large for the burned-in text check (at most %3 "
                                      "megapixels)")
                           .arg(file.info().columns)
                           .arg(file.info().rows)
                           .arg(kMaxScannedPixels / 1000000),
                       ErrorCode::TooLarge);
    if (!TextReader::forThisThread().isReady())
        return failure(QStringLiteral("Tesseract could not start (is tesseract-ocr-eng installed?)"));
    Frames frames;
    if (Status read = readFrames(file, frames, job); !read)
        return read.error();
    scan.framesDecoded = frames.count;
    const QList<QRect> clinical = file.info().clinicalRegions;
    // More than 8 bits: the window shows a part of the stored range, and text can hide in
    // the rest (8-bit grey gained nothing on the overlay set and doubled a frame's time).
    const bool deepGrey = file.info().photometric.startsWith(QLatin1String("MONOCHROME")) && file.info().bitsStored > 8;
    // Letters of one stored value: grey of every depth and RGB. Not palette
    // colour, whose stored values are indices (how far apart two are says
    // nothing of how they look: a dithered photo is letter-like patches
    // everywhere), nor YBR, which is lossy as a rule.
    const QString &photometric = file.info().photometric;
    const bool plateaus = photometric.startsWith(QLatin1String("MONOCHROME")) || photometric == QLatin1String("RGB");
    const Result<ValueFrame> stored = plateaus ? file.decodeValues(0) : Result<ValueFrame>(failure({}));
    if (stored) {
        const ValueFrame &values = *stored;
        if (deepGrey)
            frames.inks = inkPictures(values);
        frames.plateau = findPlateauText(values);
        frames.storedAsShown = !deepGrey;
        if (!frames.plateau.down.isEmpty() && deepGrey)
            frames.plateauTurned = turnedPictures(frames.plateau.picture);
    }
    for (const cv::Mat *p : QList<const cv::Mat *>{&frames.first} + pointersTo(frames.inks))
        frames.turned += turnedPictures(*p);
    const InstanceInfo &info = file.info();
    const bool flagUnreadable = !(info.photometric.startsWith(QLatin1String("MONOCHROME")) && info.bitsStored > 8);
    QList<Found> found = candidates(frames);
    for (const Found &f : found)
        scan.regions << f.box();
    Readings read = readCandidates(found, frames, {clinical, flagUnreadable, &matcher}, scan, job);
    if (job.isCancelled())
        return failure(QStringLiteral("cancelled"), ErrorCode::Cancelled);
    uprightReadings(found, read);
    keepBetterTwins(found, read);
    const QStringList labels = labelsFromTheLeft(found, read, matcher);
    for (int c = 0; c < found.size(); ++c) {
        if (!read.done[c])
            continue;
        // Letters drawn with one value are text wherever they are: what is not read as safe goes.
        const bool certain = found[c].certain() || onALineOfLetters(found, read, c);
        classifyRegion(read.words[c], found[c].candidate,
                       !certain && insideClinicalArea(clinical, found[c].candidate.box), certain || flagUnreadable,
                       matcher, scan, labels[c]);
    }
    maskShortWordsBesideDoubtfulText(scan.boxes, scan.regions);
    const QRect image(0, 0, frames.first.cols, frames.first.rows);
    for (TextBox &b : scan.boxes)
        b.box = b.box.intersected(image);
    scan.milliseconds = timer.nsecsElapsed() / 1e6;
    return scan;
}

} // namespace veil
