#pragma once

#include "engine/pixel/BurnedText.h"

#include <QList>

namespace veil {

// A letter or a short number on its own looks safe (an orientation letter,
// a scale mark), but after a label announcing PHI ("Sex: F", "Age: 48"),
// or beside a word that is masked because it is PHI or could not be read,
// it is that word's value: masked, whichever way the line runs and even
// when OCR read the two in different regions. A region the detector
// proposed right after a label that OCR did not read (`regions`) is masked
// as that label's value. A date written with a month name across words
// ("14 mars 2003", "14 de marzo de 2003", in any of Veil's seven
// languages) is masked whole. `boxes` are one scan's.
void maskShortWordsBesideDoubtfulText(QList<TextBox> &boxes, const QList<QRect> &regions);

// A letter of one stored value that makes no line (`lone`, PlateauText),
// within two of its sizes of masked text of about its size: what is left of
// a line whose other letters merged with text drawn across them ("F" of a
// "Sex: F" whose "Sex:" runs into another line), masked for review.
void maskLoneLettersBesideMaskedText(QList<TextBox> &boxes, const QList<QRect> &lone);

} // namespace veil
