#include "engine/pixel/BurnedText.h"

#include "engine/pixel/InkPictures.h"
#include "engine/pixel/LineContext.h"
#include "engine/pixel/PageReader.h"
#include "engine/pixel/PlateauText.h"
#include "engine/pixel/RegionVerdicts.h"
#include "engine/pixel/ScanCandidates.h"
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

using namespace scan;

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

bool insideClinicalArea(const QList<QRect> &areas, const QRect &box)
{
    for (const QRect &a : areas)
        if (a.contains(box))
            return true;
    return false;
}

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
    const ValueFrame *lettersProve = nullptr; // the stored values, when letters prove text (see holdsNoLetter)
};

// Whether two stored values make nine tenths of `box`: text drawn on a
// flat ground, however little it stands out (a CR's "Age: 52" six levels
// over the border it is drawn on, too faint to be a letter).
bool twoValuesMake(const ValueFrame &v, const QRect &box)
{
    const QRect r = box.intersected(QRect(0, 0, v.width, v.height));
    if (r.isEmpty() || v.channels != 1)
        return false;
    std::vector<double> values;
    values.reserve(size_t(r.width()) * size_t(r.height()));
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            values.push_back(v.values[size_t(y) * size_t(v.width) + size_t(x)]);
    std::sort(values.begin(), values.end());
    size_t first = 0, second = 0;
    for (size_t i = 0; i < values.size();) {
        size_t j = i;
        while (j < values.size() && values[j] == values[i])
            ++j;
        const size_t n = j - i;
        if (n > first) {
            second = first;
            first = n;
        } else if (n > second) {
            second = n;
        }
        i = j;
    }
    return (first + second) * 10 >= values.size() * 9;
}

// Grey data stored without loss, whose letters of one stored value were
// looked for (PlateauText): text burned into it is drawn with one value and
// leaves such letters wherever it lies, over anatomy too, or stands on a
// flat ground (twoValuesMake). A region only the top-hat proposed with
// neither is anatomy (a brain's gyri, lung, a mosaic's row of slices): not
// read. Lossy data keeps no exact values, colour and palette data are not
// looked at this way.
bool holdsNoLetter(const Frames &frames, const Context &context, const Found &f)
{
    if (!context.lettersProve || f.certain())
        return false;
    const QRect box = f.box();
    return std::none_of(frames.plateau.letters.begin(), frames.plateau.letters.end(),
                        [&](const QRect &l) { return l.intersects(box); }) &&
           !twoValuesMake(*context.lettersProve, box);
}

// Grey data whose letters of one value cannot prove text (stored with loss,
// or not looked at): a region only the top-hat proposed is text when OCR
// read a word of three letters or digits for certain in it, or of five at
// half confidence. Lossy anatomy reads as "id", "a", "be" (CT0012's lungs in
// JPEG extended); a line of text holds a label, a name, a date or an ID.
bool readAsText(const QList<OcrWord> &words)
{
    return std::any_of(words.begin(), words.end(), [](const OcrWord &w) {
        const auto chars = std::count_if(w.text.begin(), w.text.end(), [](QChar c) { return c.isLetterOrNumber(); });
        return (chars >= 3 && w.confidence >= 80) || (chars >= 5 && w.confidence >= 50);
    });
}

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
        if (holdsNoLetter(frames, context, found[c]))
            continue;
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
    const InstanceInfo &info = file.info();
    const QString &photometric = info.photometric;
    const bool grey = photometric.startsWith(QLatin1String("MONOCHROME"));
    // More than 8 bits: the window shows a part of the stored range, and text can hide in
    // the rest (8-bit grey gained nothing on the overlay set and doubled a frame's time).
    const bool deepGrey = grey && info.bitsStored > 8;
    // Letters of one stored value: grey of every depth and RGB. Not palette
    // colour, whose stored values are indices (how far apart two are says
    // nothing of how they look: a dithered photo is letter-like patches
    // everywhere), nor YBR, which is lossy as a rule.
    const bool plateaus = grey || photometric == QLatin1String("RGB");
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
    const bool flagUnreadable = !deepGrey;
    QList<Found> found = candidates(frames);
    for (const Found &f : found)
        scan.regions << f.box();
    const bool lettersProve =
        stored && grey && !isLossyTransferSyntax(info.transferSyntaxUid) && frames.plateau.lettersKnown;
    Readings read = readCandidates(found, frames,
                                   {clinical, flagUnreadable, &matcher, lettersProve ? &*stored : nullptr}, scan, job);
    if (job.isCancelled())
        return failure(QStringLiteral("cancelled"), ErrorCode::Cancelled);
    uprightReadings(found, read);
    keepBetterTwins(found, read);
    const QStringList labels = labelsFromTheLeft(found, read, matcher);
    const bool lossyGrey = grey && !lettersProve;
    for (int c = 0; c < found.size(); ++c) {
        if (!read.done[c])
            continue;
        // Letters drawn with one value are text wherever they are: what is not read as safe goes.
        const bool certain = found[c].certain() || onALineOfLetters(found, read, c);
        if (lossyGrey && !certain && !readAsText(read.words[c]))
            continue;
        classifyRegion(read.words[c], found[c].candidate,
                       !certain && insideClinicalArea(clinical, found[c].candidate.box), certain || flagUnreadable,
                       matcher, scan, labels[c]);
    }
    maskShortWordsBesideDoubtfulText(scan.boxes, scan.regions);
    QList<QRect> lone; // inside a clinical area (an ultrasound's fan) colour speckle makes lone letters
    for (const QRect &l : std::as_const(frames.plateau.lone))
        if (!insideClinicalArea(clinical, l))
            lone << l;
    maskLoneLettersBesideMaskedText(scan.boxes, lone);
    const QRect image(0, 0, frames.first.cols, frames.first.rows);
    for (TextBox &b : scan.boxes)
        b.box = b.box.intersected(image);
    scan.milliseconds = timer.nsecsElapsed() / 1e6;
    return scan;
}

} // namespace veil
