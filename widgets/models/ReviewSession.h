#pragma once

#include "engine/dicom/DicomFile.h"
#include "engine/dicom/header/TagDiff.h"
#include "engine/export/ShareExport.h"
#include "engine/project/Project.h"

#include <QHash>
#include <QImage>
#include <QMutex>
#include <QObject>

#include <functional>
#include <memory>

class QUndoStack;

namespace veil {

class FrameRenderer;
class JobController;

// An open project as the GUI sees it: the instance list, the current
// instance's findings and masks, undoable edits (each committed to the
// project at once) and background work (adding, automatic runs, rendering)
// through the job controller. The project is shared with pool threads under
// a mutex, held for one short step at a time.
class ReviewSession : public QObject
{
    Q_OBJECT
public:
    ReviewSession(std::unique_ptr<Project> project, JobController *jobs, QObject *parent = nullptr);
    ~ReviewSession() override;

    QString projectPath() const;
    QString readOnlyReason() const; // empty: the project can be written
    QUndoStack *undoStack() const { return m_undo; }
    JobController *jobs() const { return m_jobs; }

    const QList<ProjectInstance> &instances() const { return m_instances; }
    const ProjectInstance *instance(qint64 id) const;
    qint64 currentId() const { return m_current; }
    void setCurrent(qint64 id);
    // The next instance still needing a decision (unreviewed, auto-cleaned or
    // flagged), after the current one in browser order; 0 when none is left.
    qint64 nextUnreviewed() const;
    int reviewedCount() const;
    // The originals of every image of `id`'s series, in browser order (a volume's slices).
    QList<InputItem> seriesSources(qint64 id) const;

    QList<ProjectMask> masks(qint64 id) const;
    QList<ProjectFinding> findings(qint64 id) const;
    ProjectMask mask(qint64 maskId) const;              // id 0 when it does not exist
    QList<QRect> maskRects(qint64 id, int frame) const; // enabled masks that cover `frame`

    // Undoable edits; each is written to the project (and audited) at once.
    void addMask(qint64 id, const QRect &box, int frame);
    void changeMask(qint64 maskId, const QRect &box, bool nudge = false);
    void removeMask(qint64 maskId);
    void toggleFinding(qint64 findingId);
    // One undo step: the finding's word goes on the project's safe list
    // (audited; the next automatic run keeps it wherever it is) and its box
    // is kept here.
    void keepWordEverywhere(qint64 findingId);
    QStringList safeWords() const;
    // One undo step each: copy a mask to every other image of its series (same
    // size), or save it as a device template and copy it to every image of
    // the same device signature (and to matching images added later).
    int applyMaskToSeries(qint64 maskId);
    int applyMaskToDevice(qint64 maskId);
    void setStatus(qint64 id, ReviewStatus status, const QString &comment = {});
    qint64 approveAndNext(const QString &comment = {}); // the instance moved to, or 0

    // Background work.
    void addPaths(const QStringList &paths, bool automatic);
    void runAutomatic(const QList<qint64> &ids);
    void loadTagDiff(qint64 id); // answers with tagDiffReady
    void loadThumbnails();       // the first image of every series, small; answers with thumbnailReady
    // Export: the gate's answer now (not audited), the risk figures (job,
    // answers with riskReady), the export itself (job, answers with
    // exportFinished; the project is held for its duration).
    ExportGate previewGate(bool allowUnreviewed, const QString &reason) const;
    void previewRisk(const QList<qint64> &ids);
    void exportShare(const ExportRequest &request);
    ProjectProfile profile() const;
    QByteArray profileJson() const;                               // as stored (empty: the defaults)
    bool setProfile(const QByteArray &json, QStringList *errors); // validated, audited
    // Languages of burned-in text read besides English (Tesseract codes), and those installed here.
    QStringList ocrLanguages() const;
    bool setOcrLanguages(const QStringList &codes); // audited; the next automatic run reads with them
    static QStringList installedOcrLanguages();

    // Renders frame `frame` of `id` (FrameRenderer): the original (fast,
    // cached), and the export-ready copy (masks burned into the native
    // pixels; the copy is made once per set of masks, then frames come from
    // it). Each answers with its own signal; older requests are dropped.
    void renderOriginal(qint64 id, int frame, const RenderOptions &window);
    void renderRedacted(qint64 id, int frame, const RenderOptions &window);

    // Used by the undo commands (no undo entry of their own).
    qint64 applyAddMask(ProjectMask mask);
    bool applyChangeMask(const ProjectMask &mask);
    bool applySafeWord(const QString &word, bool add);
    bool applyRemoveMask(qint64 maskId);
    bool applyStatus(qint64 id, ReviewStatus status, const QString &comment);
    qint64 resolveMask(qint64 firstId) const; // a mask re-created by undo/redo gets a new id
    void aliasMask(qint64 firstId, qint64 currentId);

    // For tests and shutdown: the project under its lock.
    void withProject(const std::function<void(Project &)> &fn) const;

signals:
    void instancesChanged();
    void instanceChanged(qint64 id); // masks, findings or status
    void currentChanged(qint64 id);
    // `windowCentre`/`windowWidth`: the window it was shown with (0: none).
    void originalRendered(qint64 id, int frame, const QImage &image, double windowCentre, double windowWidth);
    void redactedRendered(qint64 id, int frame, const QImage &image);
    void problem(const QString &what, const QString &reason);
    void addFinished(int added, int already, int failed);
    void tagDiffReady(qint64 id, const QList<TagDiffRow> &rows);
    void riskReady(const RiskFigures &risk);
    void thumbnailReady(qint64 id, const QImage &thumbnail);
    void exportFinished(const ExportResult &result);
    void safeListChanged();

private:
    // Runs one change on the project under its lock; a failure becomes a problem() signal.
    bool commit(const QString &what, const std::function<bool(Project &)> &change);
    void pushCopies(const ProjectMask &m, const QList<qint64> &targets, ProjectMask::Origin origin,
                    const QString &text);
    void automaticStep(qint64 id, QList<SkippedInput> &failed); // on a pool thread
    void reload();
    void refreshInstance(qint64 id);

    mutable QMutex m_mutex;
    std::unique_ptr<Project> m_project;
    JobController *m_jobs;
    QUndoStack *m_undo;
    FrameRenderer *m_renderer; // what the review window shows, rendered as jobs
    QList<ProjectInstance> m_instances;
    QHash<qint64, int> m_row; // instance id -> index in m_instances
    qint64 m_current = 0;
    QHash<qint64, qint64> m_alias;
};

} // namespace veil
