#pragma once

#include "engine/dicom/DicomFile.h"
#include "engine/project/ProjectTypes.h"

#include <QImage>
#include <QObject>

#include <memory>

namespace veil {

class FrameSource;
class JobController;

// What the review window shows of an image, rendered as jobs: the original
// (fast, from a bounded frame cache), the export-ready copy (the project's
// masks burned into the native pixels by the export's own code, made once
// per set of masks, then frames come from it) and series thumbnails. Each
// answers with its own signal; a newer request of a kind drops the older.
class FrameRenderer : public QObject
{
    Q_OBJECT
public:
    explicit FrameRenderer(JobController *jobs, QObject *parent = nullptr);

    void renderOriginal(qint64 id, const InputItem &source, int frame, const RenderOptions &window);
    void renderRedacted(qint64 id, const InputItem &source, const QList<ProjectMask> &masks, int frame,
                        const RenderOptions &window);
    void renderThumbnail(qint64 id, const InputItem &source); // 48 px, the first frame

signals:
    void originalRendered(qint64 id, int frame, const QImage &image, double windowCentre, double windowWidth);
    void redactedRendered(qint64 id, int frame, const QImage &image);
    void thumbnailReady(qint64 id, const QImage &thumbnail);
    void problem(const QString &what, const QString &reason);

private:
    struct Redacted
    {
        qint64 id = 0;
        QString key; // the masks it was made with
        Result<std::shared_ptr<DicomFile>> file = failure({});
    };

    JobController *m_jobs;
    std::shared_ptr<FrameSource> m_frames;
    quint64 m_renderRequest = 0, m_redactRequest = 0;
    std::shared_ptr<Redacted> m_redacted;
};

} // namespace veil
