// Short words read as safe that are the value of what stands beside them
// on their line (see LineContext.h).
#include "engine/pixel/LineContext.h"

#include "engine/deid/KeepList.h"
#include "engine/deid/WrittenDates.h"
#include "engine/pixel/PhiMatcher.h"

#include <QRegularExpression>

#include <algorithm>

namespace veil {
namespace {

constexpr int kPadding = 3; // as around read words

// Up to three letters or digits: what a value after a label can be
// (F, M, 48, 7y) and what the safe list keeps on its own.
bool isShortWord(const TextBox &b)
{
    if (b.cls != TextClass::NotPhi || !b.detector.endsWith(QLatin1String("+tesseract")) || b.rule == TextRule::PhiLabel)
        return false;
    int alnum = 0;
    for (QChar c : b.text)
        alnum += c.isLetterOrNumber() ? 1 : 0;
    return alnum >= 1 && alnum <= 3;
}

bool isLoneLetter(const QString &text)
{
    int letters = 0, digits = 0;
    for (QChar c : text) {
        letters += c.isLetter() ? 1 : 0;
        digits += c.isDigit() ? 1 : 0;
    }
    return letters == 1 && digits == 0;
}

// Half the smaller of two boxes or more is shared: one place.
bool samePlace(const QRect &a, const QRect &b)
{
    const QRect shared = a.intersected(b);
    return !shared.isEmpty() && qint64(shared.width()) * shared.height() * 2 >=
                                    std::min(qint64(a.width()) * a.height(), qint64(b.width()) * b.height());
}

// A sex as a lone capital (M, F; W for weiblich, V for vrouw) after a word
// on its line: the value of a sex label OCR did not read as one ("Se%: M",
// "Sex:" drawn over other text). Orientation letters stand alone.
bool isSexAfterAWord(const TextBox &value, const TextBox &before)
{
    static const QRegularExpression sex(QStringLiteral("^\\p{P}*[MFWV]\\p{P}*$"));
    int letters = 0;
    for (QChar c : before.text)
        letters += c.isLetter() ? 1 : 0;
    return letters >= 2 && sex.match(value.text.trimmed()).hasMatch();
}

bool isLabel(const TextBox &b)
{
    return b.cls == TextClass::NotPhi && b.rule == TextRule::PhiLabel;
}

// `b` follows `a` on a line running across: they share most of their
// height, are of about one size, and b starts within two heights of a's end.
bool follows(const QRect &a, const QRect &b)
{
    const int h = std::min(a.height(), b.height());
    const int overlap = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
    return overlap * 5 >= h * 3 && std::max(a.height(), b.height()) <= 2 * h && b.left() >= a.right() - h / 2 &&
           b.left() - a.right() <= 2 * h;
}

// `b` follows the label `a` on its line: as follows(), with room for a
// colon set apart ("Sexe : F", as French writes it), up to three of the
// label's heights.
bool followsLabel(const QRect &a, const QRect &b)
{
    const int h = std::min(a.height(), b.height());
    const int overlap = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
    return overlap * 5 >= h * 3 && std::max(a.height(), b.height()) <= 2 * h && b.left() >= a.right() - h / 2 &&
           b.left() - a.right() <= 3 * a.height();
}

// A word on a vertical line: half as long again down as across.
bool runsDown(const QRect &word)
{
    return word.height() * 2 >= word.width() * 3;
}

// The same on a vertical line, read either way (down or up).
bool followsDown(const QRect &a, const QRect &b)
{
    const QRect ta(a.y(), a.x(), a.height(), a.width()), tb(b.y(), b.x(), b.height(), b.width());
    return runsDown(a) && (follows(ta, tb) || follows(tb, ta));
}

// Whether masks already cover four fifths of `r`.
bool coveredByMasks(const QList<TextBox> &boxes, const QRect &r)
{
    for (const TextBox &b : boxes) {
        const QRect shared = b.box.intersected(r);
        if (b.cls != TextClass::NotPhi && shared.width() * shared.height() * 5 >= r.width() * r.height() * 4)
            return true;
    }
    return false;
}

// A region the detector proposed right after a label, that OCR did not
// read as words ("Sex:" read, the "M" after it not): the label's value.
void maskRegionsAfterLabels(QList<TextBox> &boxes, const QList<QRect> &regions)
{
    QList<TextBox> added;
    for (const TextBox &a : std::as_const(boxes)) {
        if (!isLabel(a))
            continue;
        for (QRect r : regions) {
            // A region that holds the label and runs on past it on its line
            // ("Sexe : F" found as one): the part after the label.
            const int h = std::min(a.box.height(), r.height());
            if (r.left() < a.box.right() && r.right() > a.box.right() + h / 2 && r.intersects(a.box) &&
                std::max(a.box.height(), r.height()) <= 2 * h)
                r.setLeft(a.box.right() + 1);
            if ((followsLabel(a.box, r) || followsDown(a.box, r)) && !a.box.contains(r) && !coveredByMasks(boxes, r))
                added.push_back({r.adjusted(-kPadding, -kPadding, kPadding, kPadding), a.frame, QString(), 0,
                                 TextClass::Phi, QStringLiteral("after label %1, not read").arg(a.text.trimmed()),
                                 QStringLiteral("context"), TextRule::UnreadAfterLabel});
        }
    }
    boxes += added;
}

// A vertical line is read turned each way, and worse than one running
// across: its value is often not found at all. A label read on one whose
// value nothing masked stands beside gets the stretch after it masked,
// both ways (which way it reads is not known), as wide as the label and as
// long as a value may be (kValueReach of its letter sizes).
constexpr int kValueReach = 15;

void maskStretchesAfterVerticalLabels(QList<TextBox> &boxes)
{
    QList<TextBox> added;
    for (const TextBox &a : std::as_const(boxes)) {
        const int size = a.box.width();
        if (!isLabel(a) || !runsDown(a.box))
            continue;
        const QRect before(a.box.left(), a.box.top() - kValueReach * size, size, kValueReach * size);
        const QRect after(a.box.left(), a.box.bottom() + 1, size, kValueReach * size);
        const QRect nearBefore = before.adjusted(0, before.height() - 2 * size, 0, 0);
        const QRect nearAfter = after.adjusted(0, 0, 0, 2 * size - after.height());
        const bool valueFound = std::any_of(boxes.begin(), boxes.end(), [&](const TextBox &b) {
            const bool onTheLine = b.box.left() >= a.box.left() - size / 2 && b.box.right() <= a.box.right() + size / 2;
            return b.cls != TextClass::NotPhi && onTheLine &&
                   (b.box.intersects(nearBefore) || b.box.intersects(nearAfter));
        });
        if (valueFound)
            continue;
        for (const QRect &r : {before, after})
            added.push_back({r.adjusted(-kPadding, 0, kPadding, 0), a.frame, QString(), 0, TextClass::Phi,
                             QStringLiteral("after label %1 on a vertical line, not read").arg(a.text.trimmed()),
                             QStringLiteral("context"), TextRule::UnreadAfterLabel});
    }
    boxes += added;
}

// A label read across whose value nothing masked follows on its line: the
// value was not read (a lone "F" that runs into a border line, a short
// number OCR skipped). The stretch after the label where a short value
// stands is masked (kShortValueReach of its heights).
constexpr int kShortValueReach = 4;

void maskStretchesAfterLabelsAcross(QList<TextBox> &boxes)
{
    QList<TextBox> added;
    for (const TextBox &a : std::as_const(boxes)) {
        if (!isLabel(a) || runsDown(a.box))
            continue;
        const int size = a.box.height();
        const QRect after(a.box.right() + 1, a.box.top(), kShortValueReach * size, size);
        const bool valueFound = std::any_of(boxes.begin(), boxes.end(), [&](const TextBox &b) {
            return b.cls != TextClass::NotPhi && (b.frame == a.frame || b.frame < 0 || a.frame < 0) &&
                   followsLabel(a.box, b.box);
        });
        if (!valueFound && !coveredByMasks(boxes, after))
            added.push_back({after.adjusted(0, -kPadding, kPadding, kPadding), a.frame, QString(), 0, TextClass::Phi,
                             QStringLiteral("after label %1, not read").arg(a.text.trimmed()),
                             QStringLiteral("context"), TextRule::UnreadAfterLabel});
    }
    boxes += added;
}

// A bare number read on its own and kept as safe (a scale mark, a count).
bool isBareNumber(const TextBox &b)
{
    static const QRegularExpression number(QStringLiteral("^\\p{P}*\\d{1,4}\\p{P}*$"));
    return b.cls == TextClass::NotPhi && b.detector.endsWith(QLatin1String("+tesseract")) &&
           number.match(b.text.trimmed()).hasMatch();
}

// Numbers read in pieces: three or more bare numbers side by side on a
// line ("21" "01" "1959" for 21.01.1959, "551" "209" "3377" for an ID)
// that hold six digits or more between them are one number, a date or an
// ID. A device prints its numbers with units or labels between them, and
// scale marks stand further apart than the letters of one word.
void maskNumbersReadInPieces(QList<TextBox> &boxes)
{
    const auto digitsOf = [](const QString &text) {
        return int(std::count_if(text.begin(), text.end(), [](QChar c) { return c.isDigit(); }));
    };
    const auto next = [&](qsizetype from) {
        for (qsizetype k = 0; k < boxes.size(); ++k)
            if (k != from && isBareNumber(boxes[k]) && boxes[k].frame == boxes[from].frame &&
                follows(boxes[from].box, boxes[k].box))
                return k;
        return qsizetype(-1);
    };
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        if (!isBareNumber(boxes[i]))
            continue;
        QList<qsizetype> chain{i};
        int digits = digitsOf(boxes[i].text);
        for (qsizetype k = next(i); k >= 0 && !chain.contains(k) && chain.size() < 12; k = next(k)) {
            chain << k;
            digits += digitsOf(boxes[k].text);
        }
        if (chain.size() < 3 || digits < 6)
            continue;
        for (qsizetype k : chain) {
            boxes[k].cls = TextClass::Phi;
            boxes[k].why = QStringLiteral("a number read in pieces (a date or an ID)");
            boxes[k].rule = TextRule::WithWordsBeside;
        }
    }
}

QString bare(const QString &text)
{
    static const QRegularExpression edges(QStringLiteral("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$"));
    return foldedText(text.trimmed()).remove(edges);
}

bool isDayOrYear(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^(?:0?[1-9]|[12]\\d|3[01]|(?:19|20)\\d\\d|'\\d\\d)$"));
    return number.match(bare(text)).hasMatch() || number.match(text.trimmed().remove(QLatin1Char(','))).hasMatch();
}

bool isConnector(const QString &text)
{
    static const QStringList words{"de", "del", "do", "da", "di", "of", "le", "den"};
    return words.contains(bare(text));
}

bool besideOnLine(const TextBox &a, const TextBox &b)
{
    return (a.frame == b.frame || a.frame < 0 || b.frame < 0) &&
           (follows(a.box, b.box) || follows(b.box, a.box) || followsDown(a.box, b.box));
}

// The day or year beside `month` on its line, through one connector word
// ("14 de marzo"), or -1; `via` is the connector's index, or -1.
qsizetype numberBeside(const QList<TextBox> &boxes, qsizetype month, bool before, qsizetype *via)
{
    const auto side = [&](qsizetype from, qsizetype to) {
        return before ? follows(boxes[to].box, boxes[from].box) : follows(boxes[from].box, boxes[to].box);
    };
    *via = -1;
    for (qsizetype j = 0; j < boxes.size(); ++j) {
        if (j == month || !besideOnLine(boxes[month], boxes[j]) ||
            !(side(month, j) || followsDown(boxes[month].box, boxes[j].box)))
            continue;
        if (isDayOrYear(boxes[j].text))
            return j;
        if (!isConnector(boxes[j].text))
            continue;
        for (qsizetype k = 0; k < boxes.size(); ++k)
            if (k != j && k != month && besideOnLine(boxes[j], boxes[k]) && side(j, k) && isDayOrYear(boxes[k].text)) {
                *via = j;
                return k;
            }
    }
    return -1;
}

// A date written with a month name across words, in any of Veil's languages
// ("14 mars 2003", "Mar 14, 2003", "14 de março de 2003", "14. MRZ 2003"):
// the month and the day or year beside it are one value, masked together
// (each number alone looks like a scale mark). A month word the safe list
// keeps ("Gen", "Mag", "Set" are device words too) counts only between a
// number on each side.
void maskDatesWithMonthNames(QList<TextBox> &boxes)
{
    QList<qsizetype> date;
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        if (boxes[i].text.isEmpty() || !monthOfName(bare(boxes[i].text)))
            continue;
        qsizetype viaBefore = -1, viaAfter = -1;
        const qsizetype before = numberBeside(boxes, i, true, &viaBefore);
        const qsizetype after = numberBeside(boxes, i, false, &viaAfter);
        const bool kept = boxes[i].cls == TextClass::NotPhi;
        if ((kept && (before < 0 || after < 0)) || (before < 0 && after < 0))
            continue;
        date << i;
        for (qsizetype j : {before, after, viaBefore, viaAfter})
            if (j >= 0)
                date << j;
    }
    for (qsizetype i : std::as_const(date)) {
        boxes[i].cls = TextClass::Phi;
        boxes[i].rule = TextRule::DatePattern;
        boxes[i].why = QStringLiteral("date written with a month name");
    }
}

bool isAgeUnit(const QString &text)
{
    static const QRegularExpression unit(QStringLiteral("^(?:%1)$").arg(ageUnitPattern()),
                                         QRegularExpression::CaseInsensitiveOption);
    const QString t = foldedText(text.trimmed());
    return unit.match(t).hasMatch() || unit.match(bare(t)).hasMatch();
}

// An age written with its unit across words ("25 ans", "34 anos", "71 J",
// "58 years"): the number, which alone looks like a scale mark, is masked
// with its unit.
void maskAgesWithUnits(QList<TextBox> &boxes)
{
    static const QRegularExpression number(QStringLiteral("^\\d{1,3}$"));
    QList<qsizetype> ages;
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        if (!number.match(bare(boxes[i].text)).hasMatch() || bare(boxes[i].text).toInt() > 130)
            continue;
        for (qsizetype j = 0; j < boxes.size(); ++j)
            if (j != i && isAgeUnit(boxes[j].text) && (boxes[i].frame == boxes[j].frame || boxes[j].frame < 0) &&
                (follows(boxes[i].box, boxes[j].box) || followsDown(boxes[i].box, boxes[j].box))) {
                ages << i << j;
                break;
            }
    }
    for (qsizetype i : std::as_const(ages)) {
        boxes[i].cls = TextClass::Phi;
        boxes[i].rule = TextRule::AgeWithUnit;
        boxes[i].why = QStringLiteral("age with its unit");
    }
}

} // namespace

void maskLoneLettersBesideMaskedText(QList<TextBox> &boxes, const QList<QRect> &lone)
{
    QList<TextBox> added;
    for (const QRect &l : lone) {
        const int size = std::max(l.width(), l.height());
        if (coveredByMasks(boxes, l))
            continue;
        const bool beside = std::any_of(boxes.begin(), boxes.end(), [&](const TextBox &b) {
            // The letters of b's line are about as big: the smaller side of its box.
            const int line = std::min(b.box.width(), b.box.height());
            const QRect reach = b.box.adjusted(-2 * size, -2 * size, 2 * size, 2 * size);
            // Text for certain: PHI read, or a line of letters of one value (not a doubtful region of speckle).
            const bool text = b.cls == TextClass::Phi ||
                              (b.cls != TextClass::NotPhi && b.detector.startsWith(QLatin1String("plateau")));
            return text && reach.intersects(l) && size * 2 >= line && size <= 2 * line;
        });
        if (beside)
            added.push_back({l.adjusted(-kPadding, -kPadding, kPadding, kPadding), -1, QString(), 0, TextClass::Unknown,
                             QStringLiteral("a lone letter beside masked text"), QStringLiteral("plateau"),
                             TextRule::LoneLetter});
    }
    boxes += added;
}

void maskShortWordsBesideDoubtfulText(QList<TextBox> &boxes, const QList<QRect> &regions)
{
    maskDatesWithMonthNames(boxes);
    maskAgesWithUnits(boxes);
    maskRegionsAfterLabels(boxes, regions);
    maskNumbersReadInPieces(boxes);
    QList<qsizetype> changed;
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        if (!isShortWord(boxes[i]))
            continue;
        for (const TextBox &a : std::as_const(boxes)) {
            if (a.frame != boxes[i].frame && a.frame >= 0 && boxes[i].frame >= 0)
                continue;
            if (samePlace(a.box, boxes[i].box))
                continue; // one place read twice (a vertical line read each way) is no label and its value
            // Masked as PHI or as unreadable: a word read for certain and only unknown to the
            // safe list ("ain" for "Gain") says nothing of the number after it.
            const bool masked = a.cls != TextClass::NotPhi && a.rule != TextRule::NotOnSafeList;
            // A device's labels take numbers ("Se: 4", "Gn: 50"): a lone letter after
            // any label is a value of another kind ("Sex: F" misread "Se: F").
            const bool label = isLabel(a) ||
                               (isLoneLetter(boxes[i].text) && a.text.trimmed().endsWith(QLatin1Char(':'))) ||
                               isSexAfterAWord(boxes[i], a);
            if (!label && !masked)
                continue;
            const QRect &b = boxes[i].box;
            // After a label; before or after a masked word.
            if ((label ? followsLabel(a.box, b) : follows(a.box, b)) || followsDown(a.box, b) ||
                (masked && follows(b, a.box))) {
                changed << i;
                boxes[i].why = label ? QStringLiteral("value after label %1").arg(a.text.trimmed())
                                     : QStringLiteral("beside masked text on its line");
                boxes[i].rule = label ? TextRule::ValueAfterLabel : TextRule::BesideMasked;
                break;
            }
        }
    }
    for (qsizetype i : changed)
        boxes[i].cls = TextClass::Phi;
    maskStretchesAfterVerticalLabels(boxes); // once the values beside labels are known
    maskStretchesAfterLabelsAcross(boxes);
}

} // namespace veil
