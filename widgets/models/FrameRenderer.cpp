#include "widgets/models/FrameRenderer.h"

#include "engine/dicom/FrameSource.h"
#include "widgets/models/FrameImage.h"
#include "widgets/models/JobController.h"

namespace veil {
namespace {

struct RenderResult
{
    DisplayFrame frame;
    QString error;
    std::shared_ptr<void> holder; // the Redacted copy used (type-erased for the header)
};

// The masks a copy is made with: kept boxes carve lines, so they are part of it.
QString masksKey(const QList<ProjectMask> &masks)
{
    QStringList parts;
    for (const ProjectMask &m : masks)
        if (m.enabled || m.findingId != 0)
            parts << QStringLiteral("%1%2:%3,%4,%5,%6")
                         .arg(m.enabled ? QLatin1Char('+') : QLatin1Char('-'))
                         .arg(m.frame)
                         .arg(m.box.x())
                         .arg(m.box.y())
                         .arg(m.box.width())
                         .arg(m.box.height());
    return parts.join(QLatin1Char(';'));
}

} // namespace

FrameRenderer::FrameRenderer(JobController *jobs, QObject *parent)
    : QObject(parent), m_jobs(jobs), m_frames(std::make_shared<FrameSource>())
{
}

void FrameRenderer::renderOriginal(qint64 id, const InputItem &source, int frame, const RenderOptions &window)
{
    const quint64 request = ++m_renderRequest;
    auto frames = m_frames;
    m_jobs->run<RenderResult>(
        tr("Rendering"),
        [=](JobContext &) {
            const Result<DisplayFrame> rendered = frames->frame(source, frame, window);
            return RenderResult{rendered.valueOr({}), rendered.message(), nullptr};
        },
        [this, request, id, frame](RenderResult r) {
            if (!r.error.isEmpty())
                emit problem(tr("Showing instance %1").arg(id), r.error);
            if (request == m_renderRequest)
                emit originalRendered(id, frame, toQImage(r.frame), r.frame.windowCenter, r.frame.windowWidth);
        });
}

void FrameRenderer::renderRedacted(qint64 id, const InputItem &source, const QList<ProjectMask> &masks, int frame,
                                   const RenderOptions &window)
{
    const quint64 request = ++m_redactRequest;
    const QString key = masksKey(masks);
    auto current = m_redacted;
    auto frames = m_frames;
    m_jobs->run<RenderResult>(
        tr("Rendering"),
        [=](JobContext &) {
            if (!key.contains(QLatin1Char('+'))) { // nothing to burn in: the export-ready pixels are the original's
                const Result<DisplayFrame> rendered = frames->frame(source, frame, window);
                return RenderResult{rendered.valueOr({}), rendered.message(), nullptr};
            }
            std::shared_ptr<Redacted> holder = current;
            if (!holder || holder->id != id || holder->key != key) {
                holder = std::make_shared<Redacted>();
                holder->id = id;
                holder->key = key;
                Result<std::unique_ptr<DicomFile>> copy =
                    DicomFile::openRedacted(source, [&](int f) { return burnedRects(masks, f); });
                if (copy)
                    holder->file = std::shared_ptr<DicomFile>(std::move(copy).value());
                else
                    holder->file = copy.error();
            }
            const Result<DisplayFrame> rendered =
                holder->file ? (*holder->file)->renderFrame(frame, window) : holder->file.error();
            return RenderResult{rendered.valueOr({}), rendered.message(), holder};
        },
        [this, request, id, frame](RenderResult r) {
            if (r.holder)
                m_redacted = std::static_pointer_cast<Redacted>(r.holder);
            if (!r.error.isEmpty())
                emit problem(tr("Showing instance %1 (export-ready)").arg(id), r.error);
            if (request == m_redactRequest)
                emit redactedRendered(id, frame, toQImage(r.frame));
        });
}

void FrameRenderer::renderThumbnail(qint64 id, const InputItem &source)
{
    auto frames = m_frames;
    m_jobs->run<QImage>(
        tr("Rendering"),
        [frames, source](JobContext &) {
            const DisplayFrame f = frames->frame(source, 0).valueOr({});
            return toQImage(f).scaled(48, 48, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        },
        [this, id](QImage image) {
            if (!image.isNull())
                emit thumbnailReady(id, image);
        });
}

} // namespace veil
