// ReviewSession's background work: adding inputs, automatic runs, the
// export and its risk figures, the tag diff, thumbnails and frames (see
// ReviewSession.h). Each is a job on the pool; results come back on the GUI
// thread as signals.
#include "widgets/models/ReviewSession.h"

#include "engine/dicom/header/TagDiff.h"
#include "engine/dicom/input/InputScanner.h"
#include "engine/ocr/TextReader.h"
#include "engine/pixel/BurnedText.h"
#include "widgets/models/FrameRenderer.h"
#include "widgets/models/JobController.h"

#include <QSet>

namespace veil {
namespace {

struct AddOutcome
{
    int added = 0, already = 0;
    QList<SkippedInput> failed;
};

} // namespace

void ReviewSession::addPaths(const QStringList &paths, bool automatic)
{
    m_jobs->run<AddOutcome>(
        tr("Adding"),
        [this, paths, automatic](JobContext &job) {
            AddOutcome out;
            const ScanResult scan = scanInputs(paths, job);
            out.failed = scan.skipped;
            QList<qint64> added;
            for (int n = 0; n < scan.items.size() && !job.isCancelled(); ++n) {
                job.setProgress(n, scan.items.size(), tr("Adding"));
                const PreparedInstance prepared = Project::prepare(scan.items[n]); // slow: outside the lock
                AddReport r;
                qint64 id = 0;
                QMutexLocker lock(&m_mutex);
                m_project->addPrepared(prepared, &id, r);
                added += r.added;
                out.already += r.alreadyPresent;
                out.failed += r.failed + r.skipped; // both listed in Problems
            }
            out.added = int(added.size());
            for (int n = 0; automatic && n < added.size() && !job.isCancelled(); ++n) {
                job.setProgress(n, added.size(), tr("Finding burned-in text"));
                automaticStep(added[n], out.failed);
            }
            return out;
        },
        [this](AddOutcome out) {
            reload();
            for (const SkippedInput &s : out.failed)
                emit problem(s.path, s.reason);
            emit addFinished(out.added, out.already, int(out.failed.size()));
        });
}

// One instance's automatic findings: read under the lock, scan outside it (slow), store under it.
void ReviewSession::automaticStep(qint64 id, QList<SkippedInput> &failed)
{
    ProjectInstance inst;
    IdentityValues identity;
    std::shared_ptr<const SafeList> safe;
    {
        QMutexLocker lock(&m_mutex);
        m_project->instance(id, &inst);
        identity = m_project->identity(id);
        safe = m_project->safeListFor(inst); // words reviewers and device templates keep
    }
    JobContext quiet; // the overall progress stays on screen, not each file's frames
    const Result<TextScan> scan = scanOriginal(inst.source, identity, quiet, safe);
    QMutexLocker lock(&m_mutex);
    const Status stored = scan ? m_project->storeAutomatic(id, *scan) : Status(scan.error());
    if (!stored)
        failed << SkippedInput{tr("instance %1").arg(id), stored.message()};
}

void ReviewSession::runAutomatic(const QList<qint64> &ids)
{
    m_jobs->run<QList<SkippedInput>>(
        tr("Finding burned-in text"),
        [this, ids](JobContext &job) {
            QList<SkippedInput> failed;
            for (int n = 0; n < ids.size() && !job.isCancelled(); ++n) {
                job.setProgress(n, ids.size(), tr("Finding burned-in text"));
                automaticStep(ids[n], failed);
            }
            return failed;
        },
        [this](QList<SkippedInput> failed) {
            reload();
            for (const SkippedInput &s : failed)
                emit problem(s.path, s.reason);
            if (m_current)
                emit instanceChanged(m_current);
        });
}

ProjectProfile ReviewSession::profile() const
{
    QMutexLocker lock(&m_mutex);
    return m_project->profile();
}

QByteArray ReviewSession::profileJson() const
{
    QMutexLocker lock(&m_mutex);
    return m_project->setting(QStringLiteral("profile")).toUtf8();
}

bool ReviewSession::setProfile(const QByteArray &json, QStringList *errors)
{
    bool ok = false;
    {
        QMutexLocker lock(&m_mutex);
        ok = m_project->setProfile(json, errors);
    }
    if (ok && m_current)
        loadTagDiff(m_current); // the tag panel shows what the new profile does
    return ok;
}

QStringList ReviewSession::ocrLanguages() const
{
    QMutexLocker lock(&m_mutex);
    return m_project->ocrLanguages();
}

bool ReviewSession::setOcrLanguages(const QStringList &codes)
{
    QMutexLocker lock(&m_mutex);
    return m_project->setOcrLanguages(codes);
}

QStringList ReviewSession::installedOcrLanguages()
{
    return TextReader::installedLanguages();
}

ExportGate ReviewSession::previewGate(bool allowUnreviewed, const QString &reason) const
{
    QList<qint64> ids;
    for (const ProjectInstance &i : m_instances)
        ids << i.id;
    QMutexLocker lock(&m_mutex);
    return m_project->previewGate(ids, allowUnreviewed, reason);
}

void ReviewSession::previewRisk(const QList<qint64> &ids)
{
    m_jobs->run<RiskFigures>(
        tr("Estimating the risk"),
        [this, ids](JobContext &job) {
            QMutexLocker lock(&m_mutex);
            return veil::previewRisk(*m_project, ids, job);
        },
        [this](RiskFigures risk) { emit riskReady(risk); });
}

void ReviewSession::exportShare(const ExportRequest &request)
{
    // The project is read once at the start (a snapshot) and written once at
    // the end: review goes on while the package is written.
    m_jobs->run<ExportResult>(
        tr("Exporting"),
        [this, request](JobContext &job) {
            const Result<ExportSnapshot> snap = [&] {
                QMutexLocker lock(&m_mutex);
                return snapshotForExport(*m_project, request);
            }();
            if (!snap) {
                ExportResult failed;
                failed.status = snap.error();
                return failed;
            }
            ExportRun run = stageExport(*snap, request, job);
            QMutexLocker lock(&m_mutex);
            return finishExport(*m_project, std::move(run));
        },
        [this](ExportResult result) {
            reload(); // failed checks sent images back to review
            emit exportFinished(result);
        });
}

void ReviewSession::loadThumbnails()
{
    QSet<QString> seen;
    for (const ProjectInstance &i : m_instances)
        if (i.frames > 0 && !seen.contains(i.pseudoSeriesUid)) {
            seen.insert(i.pseudoSeriesUid);
            m_renderer->renderThumbnail(i.id, i.source);
        }
}

void ReviewSession::loadTagDiff(qint64 id)
{
    const ProjectInstance *inst = instance(id);
    if (!inst)
        return;
    DeidSettings settings;
    {
        QMutexLocker lock(&m_mutex);
        settings = m_project->deidSettings();
    }
    settings.cleanPixels = inst->autoDone;
    const InputItem source = inst->source;
    m_jobs->run<QList<TagDiffRow>>(
        tr("Reading tags"), [source, settings](JobContext &) { return veil::tagDiff(source, settings).valueOr({}); },
        [this, id](QList<TagDiffRow> rows) { emit tagDiffReady(id, rows); });
}

void ReviewSession::renderOriginal(qint64 id, int frame, const RenderOptions &window)
{
    if (const ProjectInstance *inst = instance(id))
        m_renderer->renderOriginal(id, inst->source, frame, window);
}

void ReviewSession::renderRedacted(qint64 id, int frame, const RenderOptions &window)
{
    if (const ProjectInstance *inst = instance(id))
        m_renderer->renderRedacted(id, inst->source, masks(id), frame, window);
}

} // namespace veil
