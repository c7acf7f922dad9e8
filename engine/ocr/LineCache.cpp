#include "engine/ocr/LineCache.h"

#include <QCryptographicHash>

namespace veil {

LineCache &LineCache::forThisThread()
{
    thread_local LineCache cache;
    thread_local QString languages = TextReader::languages();
    if (const QString now = TextReader::languages(); now != languages) { // read in other languages, read again
        cache.clear();
        languages = now;
    }
    return cache;
}

QByteArray LineCache::keyOf(const uchar *gray, int width, int height)
{
    QCryptographicHash hash(QCryptographicHash::Blake2b_256);
    const qint32 size[2] = {width, height};
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(size), sizeof size));
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(gray), qsizetype(width) * height));
    return hash.result();
}

bool LineCache::find(const QByteArray &key, QList<OcrWord> &words)
{
    auto it = m_current.constFind(key);
    if (it != m_current.constEnd()) {
        words = *it;
        ++m_hits;
        return true;
    }
    auto old = m_older.constFind(key);
    if (old == m_older.constEnd())
        return false;
    words = *old;
    insert(key, words); // still in use: keep it through the next turnover
    ++m_hits;
    return true;
}

void LineCache::insert(const QByteArray &key, const QList<OcrWord> &words)
{
    if (m_current.size() >= m_capacity) {
        m_older = std::move(m_current);
        m_current.clear();
    }
    m_current.insert(key, words);
}

void LineCache::clear()
{
    m_current.clear();
    m_older.clear();
    m_hits = 0;
}

} // namespace veil
