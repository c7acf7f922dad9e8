// What one region's words are: each word's verdict, the labels and lines
// around it, the region as a whole (see RegionVerdicts.h).
#include "engine/pixel/RegionVerdicts.h"

#include <QRegularExpression>

#include <algorithm>

namespace veil {
namespace {

constexpr float kMinWordConfidence = 30.0f;
constexpr float kClinicalAreaConfidence = 80.0f;
constexpr float kCertainWordConfidence = 90.0f;
constexpr int kMaskPadding = 3;

// Each word's verdict. Dates, times and names that OCR splits into words
// ("29 Mar 00", "11:51 am"): two or three words in a row that together are
// PHI make each of them PHI.
QList<TextVerdict> verdictsOf(const QList<OcrWord> &words, const PhiMatcher &matcher)
{
    QStringList why(words.size());
    QList<TextRule> rule(words.size(), TextRule::Other);
    for (qsizetype n : {3, 2})
        for (qsizetype i = 0; i + n <= words.size(); ++i) {
            QStringList parts;
            float least = 100; // words read with almost no confidence are no evidence together either
            for (qsizetype k = i; k < i + n; ++k) {
                parts << words[k].text;
                least = std::min(least, words[k].confidence);
            }
            if (least < kMinWordConfidence)
                continue;
            const TextVerdict v = matcher.classify(parts.join(QLatin1Char(' ')), least);
            if (v.cls != TextClass::Phi || v.rule == TextRule::NotOnSafeList)
                continue; // only evidence (a header value, a date, a name) spreads to the words beside it
            for (qsizetype k = i; k < i + n; ++k)
                if (why[k].isEmpty()) {
                    why[k] = QStringLiteral("with the words beside it, %1").arg(v.why);
                    rule[k] = TextRule::WithWordsBeside;
                }
        }
    QStringList texts;
    for (const OcrWord &w : words)
        texts << w.text;
    const QList<bool> institution = institutionWords(texts);
    QList<TextVerdict> out;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (why[i].isEmpty() && institution[i]) {
            why[i] = QStringLiteral("part of an institution's name");
            rule[i] = TextRule::Institution;
        }
        const TextVerdict v = matcher.classify(words[i].text, words[i].confidence);
        out << (v.cls != TextClass::Phi && !why[i].isEmpty() ? TextVerdict{TextClass::Phi, why[i], rule[i]} : v);
    }
    // A known word between two masked words is part of what they are
    // ("BAPTIST MED CTR", "John Ed Smith"): masked too. Letters only.
    static const QRegularExpression digit(QStringLiteral("\\d"));
    for (qsizetype i = 1; i + 1 < out.size(); ++i)
        if (out[i].cls == TextClass::NotPhi && out[i - 1].cls == TextClass::Phi && out[i + 1].cls == TextClass::Phi &&
            !words[i].text.contains(digit) && !matcher.safeList().isPhiLabel(words[i].text))
            out[i] = {TextClass::Phi, QStringLiteral("between two masked words"), TextRule::BetweenMasked};
    return out;
}

// The stretches of a line of letters that no word read covers (a line
// known to be text whose reading stopped short: "Name:" read, the name after
// it not). Along the line's length; pieces under half a letter are gaps.
QList<QRect> unreadStretches(const QRect &line, const QList<QRect> &read)
{
    const bool down = line.height() > line.width();
    const int from = down ? line.top() : line.left(), to = down ? line.bottom() + 1 : line.right() + 1;
    const int thickness = down ? line.width() : line.height();
    QList<bool> covered(to - from, false);
    for (const QRect &r : read) {
        const int a = std::max(from, down ? r.top() : r.left()),
                  b = std::min(to, down ? r.bottom() + 1 : r.right() + 1);
        for (int i = a; i < b; ++i)
            covered[i - from] = true;
    }
    QList<QRect> out;
    for (int i = 0; i < covered.size();) {
        int j = i;
        while (j < covered.size() && covered[j] == covered[i])
            ++j;
        if (!covered[i] && (j - i) * 2 >= thickness)
            out << (down ? QRect(line.left(), from + i, line.width(), j - i)
                         : QRect(from + i, line.top(), j - i, line.height()));
        i = j;
    }
    return out;
}

// A word of three letters or more read with high confidence.
bool holdsACertainWord(const QList<OcrWord> &words)
{
    for (const OcrWord &w : words) {
        int letters = 0;
        for (QChar c : w.text)
            letters += c.isLetter() ? 1 : 0;
        if (letters >= 3 && w.confidence >= kCertainWordConfidence)
            return true;
    }
    return false;
}

} // namespace

// flagUnreadable: whether text-like regions OCR cannot read go to review.
// Not on 16-bit grey images: there they are anatomy, and the text burned
// into CT/MR is clean enough to be read.
// `inherited`: a label that ends the region just left of this one on the
// same line ("Study Date:" read apart from "2010-08-08"): what follows it here is masked.
void classifyRegion(const QList<OcrWord> &words, const TextCandidate &candidate, bool inClinicalArea,
                    bool flagUnreadable, const PhiMatcher &matcher, TextScan &scan, const QString &inherited)
{
    const QRect &region = candidate.box;
    const bool textLike = candidate.glyphs >= kMinGlyphs;
    // A line of letters in the image with one word read for certain is text, not
    // speckle: its doubtful words are doubtful text ("Sven" read, "Name: Okonkwo," not).
    const bool clinical = inClinicalArea && !(textLike && holdsACertainWord(words));
    const QRect padded = region.adjusted(-kMaskPadding, -kMaskPadding, kMaskPadding, kMaskPadding);
    bool readable = false;
    QString phiWhy;
    const qsizetype first = scan.boxes.size();
    const QString found = QString::fromLatin1(candidate.detector), read = found + QStringLiteral("+tesseract");
    QString label = inherited; // the label seen on this line: what follows it is masked
    QStringList lineText;
    const QList<TextVerdict> verdicts = verdictsOf(words, matcher);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const OcrWord &w = words[i];
        const QRect box = w.box.adjusted(-kMaskPadding, -kMaskPadding, kMaskPadding, kMaskPadding).intersected(padded);
        // Tall or one-letter "words" read with almost no confidence are anatomy, not text.
        if (w.confidence < kMinWordConfidence && (w.box.height() > 40 || w.text.trimmed().size() < 2))
            continue;
        if (w.confidence < (clinical ? kClinicalAreaConfidence : kMinWordConfidence)) {
            // Inside the image: probably speckle. Outside: a doubtful reading is PHI if it looks
            // like PHI, an annotation if it looks like one, and for a person to decide otherwise.
            if (!clinical) {
                TextVerdict v = verdicts[i];
                if (v.cls != TextClass::Phi && !label.isEmpty())
                    v = {TextClass::Phi, QStringLiteral("value after label %1").arg(label), TextRule::ValueAfterLabel};
                if (v.cls != TextClass::Phi) { // even a safe-looking reading: too doubtful to keep
                    if (!textLike || !flagUnreadable)
                        continue; // a doubtful reading of something that does not look like letters
                    v = {TextClass::Unknown, QStringLiteral("read with too little confidence"),
                         TextRule::LowConfidence};
                }
                if (v.cls == TextClass::Phi && phiWhy.isEmpty() && v.rule != TextRule::NotOnSafeList)
                    phiWhy = v.why;
                readable = readable || v.cls != TextClass::Unknown;
                scan.boxes.push_back({box, -1, w.text, w.confidence, v.cls, v.why, read, v.rule});
            }
            continue;
        }
        TextVerdict v = verdicts[i];
        if (!label.isEmpty() && (v.cls != TextClass::Phi || v.rule == TextRule::NotOnSafeList))
            v = {TextClass::Phi, QStringLiteral("value after label %1").arg(label),
                 TextRule::ValueAfterLabel}; // evidence: the line goes
        // OCR can give a label's colon to the word after it ("Age" ":..:39").
        const bool colonAfter = i + 1 < words.size() && words[i + 1].text.trimmed().startsWith(QLatin1Char(':'));
        if (matcher.readsAsLabel(colonAfter ? w.text.trimmed() + QLatin1Char(':') : w.text, w.confidence))
            label = w.text.trimmed();
        if (v.cls == TextClass::Unknown && (!textLike || !flagUnreadable))
            continue; // an uncertain reading of something that does not look like letters
        readable = true;
        lineText << w.text;
        // Evidence of PHI masks the whole line (OCR can skip a word); a word
        // that is only unknown to the safe list masks itself.
        if (v.cls == TextClass::Phi && phiWhy.isEmpty() && v.rule != TextRule::NotOnSafeList)
            phiWhy = v.why;
        scan.boxes.push_back({box, -1, w.text, w.confidence, v.cls, v.why, read, v.rule});
    }
    const qsizetype total = scan.boxes.size() - first;
    // One line of text: long and no thicker than big letters. Down the image only
    // for a line of letters of one value: elsewhere a column of line ends
    // (right-aligned labels) looks like a vertical line too.
    const bool certain = candidate.ofOneValue();
    const int thickness = certain ? std::min(region.width(), region.height()) : region.height();
    const bool oneLine = std::max(certain ? region.height() : 0, region.width()) >= 2 * thickness;
    if (phiWhy.isEmpty() && readable && oneLine && certain) { // what OCR did not read of it goes too
        QList<QRect> readBoxes;
        for (qsizetype i = first; i < scan.boxes.size(); ++i)
            readBoxes << scan.boxes[i].box;
        for (const QRect &r : unreadStretches(padded, readBoxes))
            scan.boxes.push_back({r, -1, QString(), 0, TextClass::Unknown,
                                  QStringLiteral("part of a line of letters OCR did not read"), found,
                                  TextRule::UnreadStretch});
    }
    const auto unknown = std::count_if(scan.boxes.cbegin() + first, scan.boxes.cend(),
                                       [](const TextBox &b) { return b.cls == TextClass::Unknown; });
    if (!phiWhy.isEmpty()) // OCR can skip a word: the whole line of a PHI word goes
        scan.boxes.push_back({padded, -1, lineText.join(QLatin1Char(' ')), 100, TextClass::Phi,
                              QStringLiteral("line holding PHI (%1)").arg(phiWhy), found, TextRule::LineHoldingPhi});
    else if (unknown >= 2 && unknown * 2 >= total && oneLine &&
             thickness <= 40) // read in doubtful pieces: the gaps between them go too
        scan.boxes.push_back({padded, -1, lineText.join(QLatin1Char(' ')), 0, TextClass::Unknown,
                              QStringLiteral("line read in doubtful pieces"), found, TextRule::DoubtfulPieces});
    else if (!readable && !clinical && flagUnreadable && textLike && oneLine && thickness <= 40)
        scan.boxes.push_back({padded, -1, QString(), 0, TextClass::Unknown,
                              QStringLiteral("text-like region OCR could not read"), found,
                              TextRule::UnreadableRegion});
}

// Whether these words already get the whole (padded) region masked.
bool masksWholeRegion(const QList<OcrWord> &words, const TextCandidate &candidate, bool clinical, bool flagUnreadable,
                      const PhiMatcher &matcher)
{
    TextScan scratch;
    classifyRegion(words, candidate, clinical, flagUnreadable, matcher, scratch);
    const QRect padded = candidate.box.adjusted(-kMaskPadding, -kMaskPadding, kMaskPadding, kMaskPadding);
    for (const TextBox &b : scratch.boxes)
        if (b.cls != TextClass::NotPhi && b.box.contains(padded))
            return true;
    return false;
}

} // namespace veil
