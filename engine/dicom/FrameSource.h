#pragma once

#include "engine/dicom/DicomFile.h"

#include <QCache>
#include <QMutex>

#include <memory>

namespace veil {

// Decoded frames on demand, with two bounded caches: open files (headers
// only) and rendered frames (by bytes). Opening a 1 GB study decodes
// nothing; showing a frame decodes that frame once. Thread-safe.
class FrameSource
{
public:
    explicit FrameSource(qint64 frameCacheBytes = qint64(256) << 20, int openFiles = 16);

    Result<std::shared_ptr<DicomFile>> file(const InputItem &item);
    Result<DisplayFrame> frame(const InputItem &item, int frame, const RenderOptions &options = {});

    qint64 cachedFrameBytes() const;
    int cachedFrameCount() const;
    void clear();

private:
    struct FileHolder
    {
        std::shared_ptr<DicomFile> file;
    };

    mutable QMutex m_mutex;
    QCache<QString, FileHolder> m_files;
    QCache<QString, DisplayFrame> m_frames; // cost = bytes
};

} // namespace veil
