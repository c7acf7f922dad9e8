#pragma once

#include "engine/ocr/TextReader.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace veil {

// What OCR read on a prepared line image, by a digest of its exact pixels.
// The images of one device repeat most of their text (probe, gain, MI/TI,
// scale marks, and within a study the patient's own header lines) pixel for
// pixel; those are read once per thread. Only identical pixels hit: the
// reading is what Tesseract gave for exactly that picture. Bounded: two
// generations of `capacity` entries, the older dropped when the newer fills.
// Held in memory only (never written: the text can be PHI).
class LineCache
{
public:
    explicit LineCache(int capacity = 4096) : m_capacity(capacity) {}
    static LineCache &forThisThread();

    static QByteArray keyOf(const uchar *gray, int width, int height);
    bool find(const QByteArray &key, QList<OcrWord> &words);
    void insert(const QByteArray &key, const QList<OcrWord> &words);
    void clear();
    int hits() const { return m_hits; }

private:
    int m_capacity;
    int m_hits = 0;
    QHash<QByteArray, QList<OcrWord>> m_current, m_older;
};

} // namespace veil
