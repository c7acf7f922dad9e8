#pragma once

#include "engine/image/ImageTypes.h"
#include "engine/pixel/TextDetector.h"

#include <opencv2/core.hpp>

#include <QList>

namespace veil {

// Text burned into pixel data is drawn with one stored value: each letter
// is a patch of pixels that all hold exactly that value, thin, of a
// letter's size, standing out from what touches it; the letters of a line
// share the value and a height and sit in a row. Found on the stored values
// (any bit depth, signed or not, colour by its packed RGB), whatever the
// window shows and however busy the anatomy under the text is. Anatomy does
// not make rows of equal-valued letter shapes, noise does not stand out from
// its neighbours, and flat background is far too big for a letter. Where
// the data spans many levels, a letter drawn with a value the tissue
// around it also holds is still found: noise leaves no letter-sized patch
// of one exact value (a faint letter; rows of them need five letters).
struct PlateauText
{
    cv::Mat picture;             // the letters of every line found, white on black (image size)
    QList<TextCandidate> across; // lines running left to right, image coordinates
    QList<TextCandidate> down;   // lines running top to bottom or bottom to top (turned text)
    QList<QRect> lone;           // letters that stand out in no line (an orientation letter, or what is left of a line)
    QList<QRect> letters;        // every letter found, in a line or not (faint ones too)
    bool lettersKnown = false;   // looked for, and not a texture of letter-sized patches everywhere
};

PlateauText findPlateauText(const ValueFrame &values);

} // namespace veil
