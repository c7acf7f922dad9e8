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

std::shared_ptr<DicomFile> FrameSource::file(const InputItem &item, QString *error)
{
    const QString key = item.displayPath();
    {
        QMutexLocker lock(&m_mutex);
        if (FileHolder *h = m_files.object(key))
            return h->file;
    }
    OpenFailure failure;
    std::shared_ptr<DicomFile> opened(DicomFile::open(item, &failure));
    if (!opened) {
        if (error)
            *error = failure.reason;
        return nullptr;
    }
    QMutexLocker lock(&m_mutex);
    m_files.insert(key, new FileHolder{opened});
    return opened;
}

bool FrameSource::frame(const InputItem &item, int frame, DisplayFrame &out, QString *error,
                        const RenderOptions &options)
{
    const QString key = frameKey(item, frame, options);
    {
        QMutexLocker lock(&m_mutex);
        if (DisplayFrame *cached = m_frames.object(key)) {
            out = *cached;
            return true;
        }
    }
    std::shared_ptr<DicomFile> f = file(item, error);
    if (!f || !f->renderFrame(frame, out, error, options))
        return false;
    QMutexLocker lock(&m_mutex);
    const qint64 cost = std::max<qint64>(1, out.byteSize());
    if (cost <= m_frames.maxCost())
        m_frames.insert(key, new DisplayFrame(out), cost);
    return true;
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
