#include "engine/dicom/FrameSource.h"

#include <QMutexLocker>

namespace veil {
namespace {

QString frameKey(const InputItem &item, int frame, const RenderOptions &o)
{
    QString key = item.displayPath() + QLatin1Char('#') + QString::number(frame);
    if (o.windowCenter && o.windowWidth)
        key += QStringLiteral("@%1/%2").arg(*o.windowCenter).arg(*o.windowWidth);
    return key;
}

} // namespace

FrameSource::FrameSource(qint64 frameCacheBytes, int openFiles) : m_files(openFiles), m_frames(frameCacheBytes) {}

Result<std::shared_ptr<DicomFile>> FrameSource::file(const InputItem &item)
{
    const QString key = item.displayPath();
    {
        QMutexLocker lock(&m_mutex);
        if (FileHolder *h = m_files.object(key))
            return h->file;
    }
    Result<std::unique_ptr<DicomFile>> file = DicomFile::open(item);
    if (!file)
        return file.error();
    std::shared_ptr<DicomFile> opened(std::move(file).value());
    QMutexLocker lock(&m_mutex);
    m_files.insert(key, new FileHolder{opened});
    return opened;
}

Result<DisplayFrame> FrameSource::frame(const InputItem &item, int frame, const RenderOptions &options)
{
    const QString key = frameKey(item, frame, options);
    {
        QMutexLocker lock(&m_mutex);
        if (DisplayFrame *cached = m_frames.object(key))
            return *cached;
    }
    const Result<std::shared_ptr<DicomFile>> f = file(item);
    if (!f)
        return f.error();
    Result<DisplayFrame> out = (*f)->renderFrame(frame, options);
    if (!out)
        return out;
    QMutexLocker lock(&m_mutex);
    const qint64 cost = std::max<qint64>(1, out->byteSize());
    if (cost <= m_frames.maxCost())
        m_frames.insert(key, new DisplayFrame(*out), cost);
    return out;
}

qint64 FrameSource::cachedFrameBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_frames.totalCost();
}

int FrameSource::cachedFrameCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_frames.count());
}

void FrameSource::clear()
{
    QMutexLocker lock(&m_mutex);
    m_frames.clear();
    m_files.clear();
}

} // namespace veil
