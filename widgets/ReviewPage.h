#pragma once

#include "engine/dicom/DicomFile.h"
#include "engine/project/ProjectTypes.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSlider;
class QSortFilterProxyModel;
class QTabWidget;
class QTimer;
class QTreeView;

namespace veil {

class FindingsPanel;
class FrameBar;
class ProjectTreeModel;
class ReviewCanvas;
class ReviewSession;
class TagDiffModel;
class TagPanel;
class ViewState;

// The review workspace: study browser, the original and the export-ready
// panes side by side (synchronised), the mask tools, the review bar and the
// tag panel. Reads and edits through a ReviewSession only.
class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPage(QWidget *parent = nullptr);
    void setSession(ReviewSession *session);

    ReviewCanvas *originalPane() const { return m_original; }
    ReviewCanvas *redactedPane() const { return m_redacted; }
    QTreeView *tree() const { return m_tree; }
    TagPanel *tagPanel() const { return m_tags; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    FrameBar *frameBar() const { return m_frameBar; }
    int frame() const { return m_frame; }
    bool isPlaying() const;
    double framesShownPerSecond() const; // while playing

    // Menu actions (shortcuts shown in the menus and the shortcut sheet).
    QAction *approveAction, *approveNextAction, *flagAction, *rejectAction, *nextUnreviewedAction;
    QAction *browseToolAction, *drawToolAction, *deleteMaskAction, *allFramesAction, *seriesMaskAction,
        *deviceMaskAction;
    QAction *safeListReviewAction;
    QAction *playAction, *compareAction, *boxesAction, *zoomInAction, *zoomOutAction, *zoomFitAction,
        *resetWindowAction, *nextFrameAction, *previousFrameAction, *nextImageAction, *previousImageAction;

signals:
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildBrowser();
    QWidget *buildPanes();
    QWidget *buildReviewBar();
    void createActions();
    void onCurrentChanged(qint64 id);
    void onInstanceChanged(qint64 id);
    void onOriginal(qint64 id, int frame, const QImage &image, double centre, double width);
    void onRedacted(qint64 id, int frame, const QImage &image);
    void showFrame(int frame);
    void stepImage(int delta);
    void render();
    void refreshOverlay(bool findingsChanged = true); // false: only the frame changed
    void updateReviewBar();
    void showCheckAlert(const ProjectInstance &instance);
    void decide(int status);
    void setCompare(bool on);

    QPointer<ReviewSession> m_session;
    ProjectTreeModel *m_treeModel;
    QSortFilterProxyModel *m_treeProxy;
    QTreeView *m_tree;
    ViewState *m_view;
    ReviewCanvas *m_original, *m_redacted;
    TagDiffModel *m_tagModel;
    TagPanel *m_tags;
    FindingsPanel *m_findings;
    QTabWidget *m_details; // the header's tags and the words in the pixels
    FrameBar *m_frameBar;
    QLabel *m_statusLabel, *m_progressLabel;
    QLineEdit *m_comment;
    QTimer *m_playTimer;
    int m_frame = 0;
    RenderOptions m_window;
    double m_shownCentre = 0, m_shownWidth = 0;
    bool m_rendering = false, m_renderAgain = false, m_redacting = false, m_redactAgain = false;
    bool m_compare = false;
    bool m_syncingTree = false; // the tree follows the session's current image
    QImage m_lastOriginal, m_lastRedacted;
    qint64 m_playStartedMs = 0;
    int m_playFrames = 0;
};

} // namespace veil
