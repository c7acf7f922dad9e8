#include "models/ReviewSession.h"

#include "dicom/FrameSource.h"
#include "dicom/header/TagDiff.h"
#include "dicom/input/InputScanner.h"
#include "models/FrameImage.h"
#include "models/JobController.h"
#include "models/MaskCommands.h"
#include "pixel/BurnedText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUndoStack>

#include <algorithm>

namespace veil {
namespace {

bool browserOrder(const ProjectInstance &a, const ProjectInstance &b)
{
    auto key = [](const ProjectInstance &i) {
        return std::make_tuple(i.pseudoPatientId, i.labels.studyDate, i.pseudoStudyUid, i.labels.seriesNumber,
                               i.pseudoSeriesUid, i.labels.instanceNumber, i.id);
    };
    return key(a) < key(b);
}

bool needsDecision(ReviewStatus s)
{
    return s == ReviewStatus::Unreviewed || s == ReviewStatus::AutoCleaned || s == ReviewStatus::Flagged;
}

struct AddOutcome
{
    int added = 0, already = 0;
    QList<SkippedInput> failed;
};

struct RenderResult
{
    DisplayFrame original, redacted;
    QString error;
    std::shared_ptr<void> holder; // the Redacted copy used (type-erased for the header)
};

} // namespace

ReviewSession::ReviewSession(std::unique_ptr<Project> project, JobController *jobs, QObject *parent)
    : QObject(parent), m_project(std::move(project)), m_jobs(jobs), m_undo(new QUndoStack(this)),
      m_frames(std::make_shared<FrameSource>())
{
    reload();
}

ReviewSession::~ReviewSession()
{
    m_jobs->cancelAll();
    m_jobs->waitForAll();
}

QString ReviewSession::readOnlyReason() const
{
    QMutexLocker lock(&m_mutex);
    return m_project->readOnlyReason();
}

QString ReviewSession::projectPath() const
{
    return m_project->path();
}

void ReviewSession::withProject(const std::function<void(Project &)> &fn) const
{
    QMutexLocker lock(&m_mutex);
    fn(*m_project);
}

void ReviewSession::reload()
{
    {
        QMutexLocker lock(&m_mutex);
        m_instances = m_project->instances();
    }
    std::stable_sort(m_instances.begin(), m_instances.end(), browserOrder);
    m_row.clear();
    for (int i = 0; i < m_instances.size(); ++i)
        m_row.insert(m_instances[i].id, i);
    emit instancesChanged();
}

void ReviewSession::refreshInstance(qint64 id)
{
    const auto row = m_row.constFind(id);
    if (row == m_row.constEnd())
        return;
    {
        QMutexLocker lock(&m_mutex);
        m_project->instance(id, &m_instances[*row]);
    }
    emit instanceChanged(id);
}

const ProjectInstance *ReviewSession::instance(qint64 id) const
{
    const auto row = m_row.constFind(id);
    return row == m_row.constEnd() ? nullptr : &m_instances[*row];
}

void ReviewSession::setCurrent(qint64 id)
{
    if (id == m_current || (id != 0 && !m_row.contains(id)))
        return;
    m_current = id;
    emit currentChanged(id);
}

qint64 ReviewSession::nextUnreviewed() const
{
    const int n = int(m_instances.size());
    const int start = m_row.value(m_current, -1);
    for (int step = 1; step <= n; ++step) {
        const ProjectInstance &i = m_instances[(start + step + n) % n];
        if (needsDecision(i.status) && !i.optedOut && i.id != m_current)
            return i.id;
    }
    return 0;
}

int ReviewSession::reviewedCount() const
{
    return int(std::count_if(m_instances.begin(), m_instances.end(),
                             [](const ProjectInstance &i) { return !needsDecision(i.status); }));
}

QList<ProjectMask> ReviewSession::masks(qint64 id) const
{
    QMutexLocker lock(&m_mutex);
    return m_project->masks(id);
}

QList<ProjectFinding> ReviewSession::findings(qint64 id) const
{
    QMutexLocker lock(&m_mutex);
    return m_project->findings(id);
}

ProjectMask ReviewSession::mask(qint64 maskId) const
{
    QMutexLocker lock(&m_mutex);
    ProjectMask m;
    return m_project->mask(maskId, &m) ? m : ProjectMask{};
}

QList<QRect> ReviewSession::maskRects(qint64 id, int frame) const
{
    return burnedRects(masks(id), frame);
}

// ---- undoable edits --------------------------------------------------------

void ReviewSession::addMask(qint64 id, const QRect &box, int frame)
{
    ProjectMask m;
    m.instanceId = id;
    m.frame = frame;
    m.box = box.normalized();
    m.origin = ProjectMask::Origin::Manual;
    m_undo->push(new AddMaskCommand(this, m, tr("Draw mask")));
}

void ReviewSession::changeMask(qint64 maskId, const QRect &box, bool nudge)
{
    const ProjectMask before = mask(resolveMask(maskId));
    if (before.id == 0 || before.box == box.normalized())
        return;
    ProjectMask after = before;
    after.box = box.normalized();
    m_undo->push(new ChangeMaskCommand(this, before, after, nudge));
}

void ReviewSession::removeMask(qint64 maskId)
{
    const ProjectMask m = mask(resolveMask(maskId));
    if (m.id != 0)
        m_undo->push(new RemoveMaskCommand(this, m));
}

void ReviewSession::toggleFinding(qint64 findingId)
{
    for (const ProjectInstance &i : m_instances) {
        if (i.id != m_current)
            continue;
        for (const ProjectMask &m : masks(i.id))
            if (m.findingId == findingId) {
                ProjectMask after = m;
                after.enabled = !m.enabled;
                m_undo->push(new ChangeMaskCommand(this, m, after, false));
                return;
            }
        const QList<ProjectMask> all = masks(i.id);
        for (const ProjectFinding &f : findings(i.id))
            if (f.id == findingId) {
                ProjectMask m;
                m.instanceId = i.id;
                m.findingId = f.id;
                m.frame = f.frame;
                m.box = f.box;
                // A word with no mask inside a masked line is masked already:
                // the deliberate toggle keeps it (carved out of the line).
                bool insideMaskedLine = false;
                for (const ProjectMask &line : all)
                    insideMaskedLine = insideMaskedLine || (line.enabled && line.findingId != 0 &&
                                                            line.box.adjusted(-2, -2, 2, 2).contains(f.box) &&
                                                            (line.frame < 0 || line.frame == f.frame));
                m.enabled = !insideMaskedLine;
                m_undo->push(new AddMaskCommand(this, m, insideMaskedLine ? tr("Keep text") : tr("Mask text")));
                return;
            }
    }
}

void ReviewSession::keepWordEverywhere(qint64 findingId)
{
    const qint64 id = m_current;
    for (const ProjectFinding &f : findings(id)) {
        if (f.id != findingId || f.text.trimmed().isEmpty())
            continue;
        m_undo->beginMacro(tr("Keep “%1” everywhere").arg(f.text.trimmed()));
        m_undo->push(new SafeWordCommand(this, f.text.trimmed(), true));
        for (const ProjectMask &m : masks(id))
            if (m.findingId == findingId && m.enabled) {
                ProjectMask kept = m;
                kept.enabled = false;
                m_undo->push(new ChangeMaskCommand(this, m, kept, false));
            }
        m_undo->endMacro();
        return;
    }
}

QStringList ReviewSession::safeWords() const
{
    QMutexLocker lock(&m_mutex);
    return m_project->safeWords();
}

bool ReviewSession::applySafeWord(const QString &word, bool add)
{
    const bool ok = commit(add ? tr("Adding to the safe list") : tr("Taking off the safe list"),
                           [&](Project &p) { return add ? p.addSafeWord(word) : p.removeSafeWord(word); });
    emit safeListChanged();
    return ok;
}

void ReviewSession::pushCopies(const ProjectMask &m, const QList<qint64> &targets, ProjectMask::Origin origin,
                               const QString &text)
{
    m_undo->beginMacro(text);
    for (qint64 id : targets) {
        ProjectMask copy = m;
        copy.id = 0;
        copy.findingId = 0;
        copy.instanceId = id;
        copy.origin = origin;
        if (origin == ProjectMask::Origin::Template)
            copy.frame = -1;
        m_undo->push(new AddMaskCommand(this, copy, text));
    }
    m_undo->endMacro();
}

int ReviewSession::applyMaskToSeries(qint64 maskId)
{
    const ProjectMask m = mask(resolveMask(maskId));
    const ProjectInstance *from = instance(m.instanceId);
    if (m.id == 0 || !from)
        return 0;
    QList<qint64> targets;
    for (const ProjectInstance &i : m_instances)
        if (i.id != from->id && i.pseudoSeriesUid == from->pseudoSeriesUid && i.rows == from->rows &&
            i.columns == from->columns)
            targets << i.id;
    pushCopies(m, targets, ProjectMask::Origin::Manual, tr("Apply mask to the series"));
    return int(targets.size());
}

int ReviewSession::applyMaskToDevice(qint64 maskId)
{
    const ProjectMask m = mask(resolveMask(maskId));
    const ProjectInstance *from = instance(m.instanceId);
    if (m.id == 0 || !from)
        return 0;
    const DeviceSignature signature = signatureOf(*from);
    DeviceTemplate t{tr("%1 %2 %3x%4")
                         .arg(signature.manufacturer, signature.model)
                         .arg(signature.columns)
                         .arg(signature.rows)
                         .simplified(),
                     signature,
                     {m.box},
                     {}};
    if (!commit(tr("Saving a device template"), [&](Project &p) { return p.addTemplate(t); }))
        return 0;
    QList<qint64> targets;
    for (const ProjectInstance &i : m_instances)
        if (i.id != from->id && t.matches(signatureOf(i)))
            targets << i.id;
    pushCopies(m, targets, ProjectMask::Origin::Template, tr("Apply mask to the device"));
    return int(targets.size());
}

void ReviewSession::setStatus(qint64 id, ReviewStatus status, const QString &comment)
{
    if (const ProjectInstance *i = instance(id))
        m_undo->push(new StatusCommand(this, *i, status, comment));
}

qint64 ReviewSession::approveAndNext(const QString &comment)
{
    if (m_current == 0)
        return 0;
    setStatus(m_current, ReviewStatus::Approved, comment);
    const qint64 next = nextUnreviewed();
    if (next != 0)
        setCurrent(next);
    return next;
}

// ---- what the commands call ----------------------------------------------

bool ReviewSession::commit(const QString &what, const std::function<bool(Project &)> &change)
{
    bool ok = false;
    {
        QMutexLocker lock(&m_mutex);
        ok = change(*m_project);
    }
    if (!ok)
        emit problem(what, m_project->lastError());
    return ok;
}

qint64 ReviewSession::applyAddMask(ProjectMask mask)
{
    qint64 id = 0;
    commit(tr("Saving a mask"), [&](Project &p) { return (id = p.addMask(mask)) > 0; });
    emit instanceChanged(mask.instanceId);
    return id;
}

bool ReviewSession::applyChangeMask(const ProjectMask &mask)
{
    const bool ok = commit(tr("Saving a mask"), [&](Project &p) { return p.updateMask(mask); });
    emit instanceChanged(mask.instanceId);
    return ok;
}

bool ReviewSession::applyRemoveMask(qint64 maskId)
{
    const ProjectMask m = mask(maskId);
    const bool ok = commit(tr("Deleting a mask"), [&](Project &p) { return p.removeMask(maskId); });
    emit instanceChanged(m.instanceId);
    return ok;
}

bool ReviewSession::applyStatus(qint64 id, ReviewStatus status, const QString &comment)
{
    const bool ok = commit(tr("Saving a decision"), [&](Project &p) { return p.setStatus(id, status, comment); });
    refreshInstance(id);
    return ok;
}

qint64 ReviewSession::resolveMask(qint64 id) const
{
    for (int guard = 0; guard < 10000 && m_alias.contains(id); ++guard)
        id = m_alias.value(id);
    return id;
}

void ReviewSession::aliasMask(qint64 firstId, qint64 currentId)
{
    const qint64 old = resolveMask(firstId);
    if (old != currentId)
        m_alias.insert(old, currentId);
}

// ---- background work -----------------------------------------------------

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
    const TextScan scan = scanOriginal(inst.source, identity, quiet, safe);
    QString error;
    QMutexLocker lock(&m_mutex);
    if (!scan.ok || !m_project->storeAutomatic(id, scan, &error))
        failed << SkippedInput{tr("instance %1").arg(id), scan.ok ? error : scan.error};
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
    m_jobs->run<ExportResult>(
        tr("Exporting"),
        [this, request](JobContext &job) {
            QMutexLocker lock(&m_mutex);
            return veil::exportShare(*m_project, request, job);
        },
        [this](ExportResult result) {
            reload(); // failed checks sent images back to review
            emit exportFinished(result);
        });
}

void ReviewSession::loadThumbnails()
{
    QList<QPair<qint64, InputItem>> firsts;
    QSet<QString> seen;
    for (const ProjectInstance &i : m_instances)
        if (i.frames > 0 && !seen.contains(i.pseudoSeriesUid)) {
            seen.insert(i.pseudoSeriesUid);
            firsts << qMakePair(i.id, i.source);
        }
    auto frames = m_frames;
    for (const auto &[id, source] : firsts)
        m_jobs->run<QImage>(
            tr("Rendering"),
            [frames, source = source](JobContext &) {
                DisplayFrame f;
                frames->frame(source, 0, f, nullptr);
                return toQImage(f).scaled(48, 48, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            },
            [this, id = id](QImage image) {
                if (!image.isNull())
                    emit thumbnailReady(id, image);
            });
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
        tr("Reading tags"),
        [source, settings](JobContext &) {
            QString error;
            return veil::tagDiff(source, settings, &error);
        },
        [this, id](QList<TagDiffRow> rows) { emit tagDiffReady(id, rows); });
}

void ReviewSession::renderOriginal(qint64 id, int frame, const RenderOptions &window)
{
    const ProjectInstance *inst = instance(id);
    if (!inst)
        return;
    const quint64 request = ++m_renderRequest;
    auto frames = m_frames;
    const InputItem source = inst->source;
    m_jobs->run<RenderResult>(
        tr("Rendering"),
        [=](JobContext &) {
            RenderResult r;
            frames->frame(source, frame, r.original, &r.error, window);
            return r;
        },
        [this, request, id, frame](RenderResult r) {
            if (!r.error.isEmpty())
                emit problem(tr("Showing instance %1").arg(id), r.error);
            if (request == m_renderRequest)
                emit originalRendered(id, frame, toQImage(r.original), r.original.windowCenter, r.original.windowWidth);
        });
}

void ReviewSession::renderRedacted(qint64 id, int frame, const RenderOptions &window)
{
    const ProjectInstance *inst = instance(id);
    if (!inst)
        return;
    const quint64 request = ++m_redactRequest;
    const QList<ProjectMask> all = masks(id);
    QStringList parts;
    for (const ProjectMask &m : all) // kept boxes carve lines: they are part of the key
        if (m.enabled || m.findingId != 0)
            parts << QStringLiteral("%1%2:%3,%4,%5,%6")
                         .arg(m.enabled ? QLatin1Char('+') : QLatin1Char('-'))
                         .arg(m.frame)
                         .arg(m.box.x())
                         .arg(m.box.y())
                         .arg(m.box.width())
                         .arg(m.box.height());
    const QString key = parts.join(QLatin1Char(';'));
    auto current = m_redacted;
    auto frames = m_frames;
    const InputItem source = inst->source;
    m_jobs->run<RenderResult>(
        tr("Rendering"),
        [=](JobContext &) {
            RenderResult r;
            if (!key.contains(QLatin1Char('+'))) { // nothing to burn in: the export-ready pixels are the original's
                frames->frame(source, frame, r.redacted, &r.error, window);
                return r;
            }
            std::shared_ptr<Redacted> holder = current;
            if (!holder || holder->id != id || holder->key != key) {
                holder = std::make_shared<Redacted>();
                holder->id = id;
                holder->key = key;
                holder->file = DicomFile::openRedacted(
                    source, [&](int f) { return burnedRects(all, f); }, &r.error);
            }
            if (holder->file)
                holder->file->renderFrame(frame, r.redacted, &r.error, window);
            r.holder = holder;
            return r;
        },
        [this, request, id, frame](RenderResult r) {
            if (r.holder)
                m_redacted = std::static_pointer_cast<Redacted>(r.holder);
            if (!r.error.isEmpty())
                emit problem(tr("Showing instance %1 (export-ready)").arg(id), r.error);
            if (request == m_redactRequest)
                emit redactedRendered(id, frame, toQImage(r.redacted));
        });
}

} // namespace veil
