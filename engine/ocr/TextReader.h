#pragma once

#include <QList>
#include <QRect>
#include <QString>

namespace veil {

struct OcrWord
{
    QRect box; // in the coordinates of the image given to read()
    QString text;
    float confidence; // 0..100
};

// Tesseract behind one folder. One engine per thread (Tesseract is not
// thread-safe, and one per worker is how it scales); created on first use
// and kept for the thread's life. The process must run with
// OMP_THREAD_LIMIT=1 (see main()s): Tesseract's OpenMP is ~15x slower here.
class TextReader
{
public:
    // The reader of this thread, in the languages in force (setLanguages).
    static TextReader &forThisThread();
    bool isReady() const { return m_ready; }

    // The OCR languages of this process (a project's, or a command's):
    // Tesseract codes, English always first ("eng", "eng+deu+fra"). Codes
    // whose traineddata is not installed are left out and returned in
    // `missing`. Readers of every thread take the new set at their next use.
    static QString setLanguages(const QStringList &codes, QStringList *missing = nullptr);
    static QString languages();
    // Installed Tesseract languages (their .traineddata), but osd.
    static QStringList installedLanguages();

    // Reads dark text on a light 8-bit grey image (rows packed, no padding).
    // singleLine: page segmentation "single text line" (7), else "block" (6).
    QList<OcrWord> read(const uchar *gray, int width, int height, bool singleLine);
    // Whole-page reading (automatic layout): the naive pipeline, for comparisons.
    QList<OcrWord> readPage(const uchar *gray, int width, int height);

    ~TextReader();
    TextReader(const TextReader &) = delete;
    TextReader &operator=(const TextReader &) = delete;

private:
    TextReader();
    void start(const QString &languages);
    QList<OcrWord> recognise(const uchar *gray, int width, int height);
    struct Private;
    Private *d;
    bool m_ready = false;
    QString m_languages;
};

} // namespace veil
