// Short words read as safe that are the value of what stands beside them
// on their line (see LineContext.h).
#include "engine/pixel/LineContext.h"

#include "engine/pixel/PhiMatcher.h"

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

// The same on a vertical line, read either way (down or up).
bool followsDown(const QRect &a, const QRect &b)
{
    const QRect ta(a.y(), a.x(), a.height(), a.width()), tb(b.y(), b.x(), b.height(), b.width());
    return a.height() * 2 >= a.width() * 3 && (follows(ta, tb) || follows(tb, ta)); // a is a vertical word
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
        for (const QRect &r : regions)
            if ((follows(a.box, r) || followsDown(a.box, r)) && !a.box.contains(r) && !coveredByMasks(boxes, r))
                added.push_back({r.adjusted(-kPadding, -kPadding, kPadding, kPadding), a.frame, QString(), 0,
                                 TextClass::Phi, QStringLiteral("after label %1, not read").arg(a.text.trimmed()),
                                 QStringLiteral("context"), TextRule::UnreadAfterLabel});
    }
    boxes += added;
}

} // namespace

void maskShortWordsBesideDoubtfulText(QList<TextBox> &boxes, const QList<QRect> &regions)
{
    maskRegionsAfterLabels(boxes, regions);
    QList<qsizetype> changed;
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        if (!isShortWord(boxes[i]))
            continue;
        for (const TextBox &a : std::as_const(boxes)) {
            if (a.frame != boxes[i].frame && a.frame >= 0 && boxes[i].frame >= 0)
                continue;
            // Masked as PHI or as unreadable: a word read for certain and only unknown to the
            // safe list ("ain" for "Gain") says nothing of the number after it.
            const bool masked = a.cls != TextClass::NotPhi && a.rule != TextRule::NotOnSafeList;
            // A device's labels take numbers ("Se: 4", "Gn: 50"): a lone letter after
            // any label is a value of another kind ("Sex: F" misread "Se: F").
            const bool label =
                isLabel(a) || (isLoneLetter(boxes[i].text) && a.text.trimmed().endsWith(QLatin1Char(':')));
            if (!label && !masked)
                continue;
            const QRect &b = boxes[i].box;
            // After a label; before or after a masked word.
            if (follows(a.box, b) || followsDown(a.box, b) || (masked && follows(b, a.box))) {
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
}

} // namespace veil
