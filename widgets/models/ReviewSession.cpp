#include "widgets/models/ReviewSession.h"

#include "widgets/models/FrameRenderer.h"
#include "widgets/models/JobController.h"
#include "widgets/models/MaskCommands.h"

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

} // namespace

ReviewSession::ReviewSession(std::unique_ptr<Project> project, JobController *jobs, QObject *parent)
    : QObject(parent), m_project(std::move(project)), m_jobs(jobs), m_undo(new QUndoStack(this)),
      m_renderer(new FrameRenderer(jobs, this))
{
    connect(m_renderer, &FrameRenderer::originalRendered, this, &ReviewSession::originalRendered);
    connect(m_renderer, &FrameRenderer::redactedRendered, this, &ReviewSession::redactedRendered);
    connect(m_renderer, &FrameRenderer::thumbnailReady, this, &ReviewSession::thumbnailReady);
    connect(m_renderer, &FrameRenderer::problem, this, &ReviewSession::problem);
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

QList<InputItem> ReviewSession::seriesSources(qint64 id) const
{
    QList<InputItem> out;
    if (const ProjectInstance *of = instance(id))
        for (const ProjectInstance &i : m_instances)
            if (i.pseudoSeriesUid == of->pseudoSeriesUid)
                out << i.source;
    return out;
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
} // namespace veil
