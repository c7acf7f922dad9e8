#include "engine/ocr/TextReader.h"

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <QDir>
#include <QMutex>

#include <memory>

namespace veil {
namespace {

QMutex languagesMutex;
QString currentLanguages = QStringLiteral("eng");

QString tessdataDir()
{
    const QString prefix = qEnvironmentVariable("TESSDATA_PREFIX");
    for (const QString &dir :
         {prefix, prefix + QStringLiteral("/tessdata"), QStringLiteral("/usr/share/tesseract-ocr/5/tessdata"),
          QStringLiteral("/usr/share/tesseract-ocr/4.00/tessdata")})
        if (!dir.isEmpty() && QFile::exists(dir + QStringLiteral("/eng.traineddata")))
            return dir;
    return {};
}

} // namespace

QStringList TextReader::installedLanguages()
{
    QStringList out;
    for (const QString &f : QDir(tessdataDir()).entryList({QStringLiteral("*.traineddata")}, QDir::Files))
        if (f != QLatin1String("osd.traineddata"))
            out << f.chopped(int(sizeof(".traineddata") - 1));
    return out;
}

QString TextReader::setLanguages(const QStringList &codes, QStringList *missing)
{
    const QStringList installed = installedLanguages();
    QStringList use{QStringLiteral("eng")};
    for (const QString &c : codes) {
        const QString code = c.trimmed().toLower();
        if (code.isEmpty() || use.contains(code))
            continue;
        if (installed.contains(code))
            use << code;
        else if (missing)
            *missing << code;
    }
    QMutexLocker lock(&languagesMutex);
    currentLanguages = use.join(QLatin1Char('+'));
    return currentLanguages;
}

QString TextReader::languages()
{
    QMutexLocker lock(&languagesMutex);
    return currentLanguages;
}

struct TextReader::Private
{
    tesseract::TessBaseAPI api;
};

TextReader::TextReader() : d(new Private)
{
    start(languages());
}

void TextReader::start(const QString &languages)
{
    if (m_ready)
        d->api.End();
    m_languages = languages;
    m_ready = d->api.Init(nullptr, languages.toLatin1().constData(), tesseract::OEM_LSTM_ONLY) == 0;
    if (m_ready) {
        d->api.SetVariable("debug_file", "/dev/null"); // quiet: Tesseract otherwise prints to stderr
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
    if (const QString now = languages(); now != reader.m_languages)
        reader.start(now);
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
