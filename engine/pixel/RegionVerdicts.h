#pragma once

#include "engine/ocr/TextReader.h"
#include "engine/pixel/BurnedText.h"
#include "engine/pixel/PhiMatcher.h"
#include "engine/pixel/TextDetector.h"

#include <QList>
#include <QString>

namespace veil {

// Letters in a row: below this, an unreadable region is an edge or speckle, not text.
constexpr int kMinGlyphs = 3;

// The boxes of one region's words, classed (header values and patterns,
// the safe list, labels and what follows them, a known word between two
// masked ones), and the region's own box where it must go whole (a line
// holding PHI, a line read in doubtful pieces, text-like but unreadable).
// flagUnreadable: whether text-like regions OCR cannot read go to review
// (not on 16-bit grey images, where they are anatomy). `inherited`: a
// label that ends the region just left of this one on the same line.
void classifyRegion(const QList<OcrWord> &words, const TextCandidate &candidate, bool clinical, bool flagUnreadable,
                    const PhiMatcher &matcher, TextScan &scan, const QString &inherited = {});

// Whether these words already get the whole (padded) region masked.
bool masksWholeRegion(const QList<OcrWord> &words, const TextCandidate &candidate, bool clinical, bool flagUnreadable,
                      const PhiMatcher &matcher);

} // namespace veil
