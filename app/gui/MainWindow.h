#pragma once

#include "engine/export/ShareExport.h"

#include <QMainWindow>
#include <QSet>

#include <memory>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;

class QMenu;

namespace veil {

class JobController;
class PacsDialog;
class Project;
struct PacsNode;
class ReviewPage;
class ReviewSession;
class StartPage;

// Wiring only: the start page, the review page and the menus, a project's
// session, the status bar (progress, estimate, cancel) and the problems panel.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Veil's icon (resources/icons, compiled into veil_gui).
    static QIcon applicationIcon();

    Status openProject(const QString &path, const QString &passphrase);
    Status createProject(const QString &path, const QString &passphrase);
    void closeProject();
    void addPaths(const QStringList &paths);
    void newProjectDialog();
    void openProjectDialog(const QString &path = {});
    void exportDialog();
    // "Add Studies from PACS": query, then retrieve the chosen studies (a job) and add them.
    PacsDialog *pacsDialog();
    void retrieveAndAdd(const PacsNode &node, const QStringList &studyUids, const QString &folder);
    void showVolume(); // "3-D View (Face Check)" of the current image's series
    // The user manual's first page (installed, or in the build tree), or empty.
    static QString manualPath();

    // For tests.
    ReviewSession *session() const { return m_session; }
    ReviewPage *reviewPage() const { return m_review; }
    StartPage *startPage() const { return m_start; }
    JobController *jobs() const { return m_jobs; }
    int problemCount() const;
    QStringList problems() const;
    QList<QAction *> shortcutActions() const; // every action with a shortcut (F1 lists them)

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void askPassphrase(const QString &path, bool creating);
    void buildMenus();
    void buildStatusBar();
    void showProblem(const QString &what, const QString &reason);
    Status adopt(Result<std::unique_ptr<Project>> project, const QString &path);
    void useSession(ReviewSession *session);
    void rememberRecent(const QString &path);
    void showShortcuts();
    void buildLanguageMenu(QMenu *view);
    void chooseUiLanguage(const QString &code); // from the next start
    void showStudyConflicts();

    JobController *m_jobs;
    ReviewSession *m_session = nullptr;
    QStackedWidget *m_stack;
    StartPage *m_start;
    ReviewPage *m_review;
    QListWidget *m_problems;
    QProgressBar *m_progress;
    QLabel *m_estimate;
    QPushButton *m_cancel;
    QLabel *m_summary;
    QList<QAction *> m_projectActions;
    qint64 m_jobStartedMs = 0;
    QSet<QString> m_conflictsShown;
    ExportRequest m_lastExport; // what the export dialog had, for the next time
    QString m_reportLanguage;   // last chosen in the export dialog; empty: the GUI's
};

} // namespace veil
