#pragma once

#include "dicom/FrameSource.h"
#include "dicom/IndexJob.h"
#include "dicom/StudyIndex.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSlider;
class QTreeView;

namespace veil {

class ImageView;
class JobController;
class StudyTreeModel;

// Wiring only: the study browser, the image view, the frame slider and the
// status bar, connected to the engine through the job controller.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openPaths(const QStringList &paths);
    void showInstance(int instance, int frame = 0);

    // For tests.
    ImageView *imageView() const { return m_view; }
    JobController *jobs() const { return m_jobs; }
    const StudyIndex &studyIndex() const { return m_index; }
    int currentInstance() const { return m_current; }
    int currentFrame() const { return m_frame; }
    int problemCount() const;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    void buildDocks();
    void buildStatusBar();
    void onIndexed(const IndexResult &result);
    void onTreeSelection(const QModelIndex &index);
    void stepFrame(int delta);
    void updateCaption();
    void openFilesDialog();
    void openFolderDialog();

    StudyIndex m_index;
    std::shared_ptr<FrameSource> m_frames;
    JobController *m_jobs;
    StudyTreeModel *m_model;
    QTreeView *m_tree;
    ImageView *m_view;
    QSlider *m_frameSlider;
    QLabel *m_frameLabel;
    QListWidget *m_problems;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_summary;
    int m_current = -1;
    int m_frame = 0;
    quint64 m_request = 0; // newest frame request; older results are dropped
};

} // namespace veil
