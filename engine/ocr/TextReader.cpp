#include "engine/ocr/TextReader.h"

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <memory>

namespace veil {

struct TextReader::Private
{
    tesseract::TessBaseAPI api;
};

TextReader::TextReader() : d(new Private)
{
    // Quiet: Tesseract otherwise prints to stderr.
    m_ready = d->api.Init(nullptr, "eng", tesseract::OEM_LSTM_ONLY) == 0;
    if (m_ready) {
        d->api.SetVariable("debug_file", "/dev/null");
        d->api.SetVariable("tessedit_do_invert", "0"); // we hand it dark-on-light already
    }
}

TextReader::~TextReader()
{
    d->api.End();
    delete d;
}

TextReader &TextReader::forThisThread()
{
    thread_local TextReader reader;
    return reader;
}

QList<OcrWord> TextReader::readPage(const uchar *gray, int width, int height)
{
    if (!m_ready || width <= 0 || height <= 0)
        return {};
    d->api.SetVariable("tessedit_do_invert", "1");
    d->api.SetPageSegMode(tesseract::PSM_AUTO);
    QList<OcrWord> words = recognise(gray, width, height);
    d->api.SetVariable("tessedit_do_invert", "0");
    return words;
}

QList<OcrWord> TextReader::read(const uchar *gray, int width, int height, bool singleLine)
{
    if (!m_ready || width <= 0 || height <= 0)
        return {};
    d->api.SetPageSegMode(singleLine ? tesseract::PSM_SINGLE_LINE : tesseract::PSM_SINGLE_BLOCK);
    return recognise(gray, width, height);
}

QList<OcrWord> TextReader::recognise(const uchar *gray, int width, int height)
{
    QList<OcrWord> words;
    d->api.SetImage(gray, width, height, 1, width);
    if (d->api.Recognize(nullptr) != 0)
        return words;
    std::unique_ptr<tesseract::ResultIterator> it(d->api.GetIterator());
    if (!it)
        return words;
    do {
        std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
        if (!text)
            continue;
        int x1 = 0, y1 = 0, x2 = 0, y2 = 0;
        it->BoundingBox(tesseract::RIL_WORD, &x1, &y1, &x2, &y2);
        const QString t = QString::fromUtf8(text.get()).trimmed();
        if (!t.isEmpty())
            words.push_back({QRect(x1, y1, x2 - x1, y2 - y1), t, it->Confidence(tesseract::RIL_WORD)});
    } while (it->Next(tesseract::RIL_WORD));
    d->api.Clear();
    return words;
}

} // namespace veil
