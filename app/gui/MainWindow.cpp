#include "app/gui/MainWindow.h"

#include "engine/project/Project.h"
#include "widgets/ExportDialog.h"
#include "widgets/PacsDialog.h"
#include "widgets/PassphraseDialog.h"
#include "widgets/ReviewPage.h"
#include "widgets/SettingsDialog.h"
#include "widgets/StartPage.h"
#include "widgets/UiLanguage.h"
#include "widgets/models/ExportReport.h"
#include "widgets/models/JobController.h"
#include "widgets/models/ReviewSession.h"
#include "widgets/volume/VolumeWindow.h"

#include <QApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextBrowser>
#include <QUndoStack>
#include <QUrl>

// The icons live in veil_gui, a static library: its resources need an explicit start.
static void initResources()
{
    Q_INIT_RESOURCE(veil);
}

namespace veil {

QIcon MainWindow::applicationIcon()
{
    initResources();
    QIcon icon;
    for (int size : {48, 128, 256})
        icon.addFile(QStringLiteral(":/icons/veil-%1.png").arg(size), QSize(size, size));
    return icon;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_jobs(new JobController(this)), m_stack(new QStackedWidget(this)),
      m_start(new StartPage(m_stack)), m_review(new ReviewPage(m_stack))
{
    setWindowTitle(tr("Veil"));
    setAcceptDrops(true);
    m_stack->addWidget(m_start);
    m_stack->addWidget(m_review);
    setCentralWidget(m_stack);
    m_start->setRecent(QSettings().value(QStringLiteral("recentProjects")).toStringList());
    connect(m_start, &StartPage::newRequested, this, &MainWindow::newProjectDialog);
    connect(m_review, &ReviewPage::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 6000); });
    connect(m_start, &StartPage::openRequested, this, [this] { openProjectDialog(); });
    connect(m_start, &StartPage::recentRequested, this, [this](const QString &p) { openProjectDialog(p); });
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    auto *dock = new QDockWidget(tr("Problems"), this);
    dock->setObjectName(QStringLiteral("problemsDock"));
    dock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    buildMenus();
    buildStatusBar();
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    m_jobs->cancelAll();
    m_jobs->waitForAll();
    delete m_session;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&Project"));
    file->addAction(tr("&New Project…"), QKeySequence::New, this, &MainWindow::newProjectDialog);
    file->addAction(tr("&Open Project…"), QKeySequence::Open, this, [this] { openProjectDialog(); });
    file->addSeparator();
    m_projectActions << file->addAction(tr("Add &Files…"), QKeySequence(tr("Ctrl+Shift+F")), this, [this] {
        addPaths(QFileDialog::getOpenFileNames(this, tr("Add DICOM files, DICOMDIR or zip")));
    });
    m_projectActions << file->addAction(tr("Add F&older…"), QKeySequence(tr("Ctrl+Shift+O")), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Add a folder of DICOM files"));
        if (!dir.isEmpty())
            addPaths({dir});
    });
    m_projectActions << file->addAction(tr("Add from &PACS…"), QKeySequence(tr("Ctrl+Shift+P")), this,
                                        [this] { pacsDialog()->open(); });
    m_projectActions << file->addAction(tr("Find Burned-in Text Again"), this, [this] {
        QList<qint64> ids;
        for (const ProjectInstance &i : m_session->instances())
            if (i.status == ReviewStatus::Unreviewed || !i.autoDone)
                ids << i.id;
        m_session->runAutomatic(ids);
    });
    m_projectActions << file->addAction(tr("&Settings…"), QKeySequence(tr("Ctrl+,")), this, [this] {
        const ProjectProfile profile = m_session->profile();
        const QJsonDocument current = QJsonDocument::fromJson(m_session->profileJson());
        const QByteArray rules = current.object().contains(QStringLiteral("rules"))
                                     ? QJsonDocument(current.object().value(QStringLiteral("rules")).toArray())
                                           .toJson(QJsonDocument::Indented)
                                     : QByteArray();
        SettingsDialog dialog(profile, rules, !m_session->instances().isEmpty(), this);
        dialog.setOcrLanguages(m_session->ocrLanguages(), ReviewSession::installedOcrLanguages());
        dialog.setUiLanguage(chosenUiLanguage());
        while (dialog.exec() == QDialog::Accepted) {
            if (dialog.uiLanguage() != chosenUiLanguage())
                chooseUiLanguage(dialog.uiLanguage());
            QStringList errors;
            if (dialog.ocrLanguages() != m_session->ocrLanguages() &&
                !m_session->setOcrLanguages(dialog.ocrLanguages()))
                errors << tr("The OCR languages could not be saved");
            if (errors.isEmpty() && m_session->setProfile(dialog.profileJson(), &errors))
                return;
            dialog.setErrors(errors);
        }
    });
    m_projectActions << file->addAction(tr("&Export Share Package…"), QKeySequence(tr("Ctrl+E")), this,
                                        &MainWindow::exportDialog);
    m_projectActions << file->addAction(tr("&Close Project"), QKeySequence::Close, this, &MainWindow::closeProject);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    auto *undo = edit->addAction(tr("&Undo"));
    auto *redo = edit->addAction(tr("&Redo"));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    connect(undo, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->undoStack()->undo();
    });
    connect(redo, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->undoStack()->redo();
    });
    m_projectActions << undo << redo;
    edit->addSeparator();
    edit->addAction(m_review->deleteMaskAction);

    QMenu *review = menuBar()->addMenu(tr("&Review"));
    for (QAction *a : {m_review->approveAction, m_review->approveNextAction, m_review->flagAction,
                       m_review->rejectAction, m_review->nextUnreviewedAction})
        review->addAction(a);
    review->addSeparator();
    for (QAction *a : {m_review->browseToolAction, m_review->drawToolAction, m_review->safeListReviewAction,
                       m_review->allFramesAction, m_review->seriesMaskAction, m_review->deviceMaskAction})
        review->addAction(a);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QAction *a :
         {m_review->zoomInAction, m_review->zoomOutAction, m_review->zoomFitAction, m_review->resetWindowAction,
          m_review->boxesAction, m_review->compareAction, m_review->playAction})
        view->addAction(a);
    view->addSeparator();
    for (QAction *a : {m_review->nextFrameAction, m_review->previousFrameAction, m_review->nextImageAction,
                       m_review->previousImageAction})
        view->addAction(a);
    view->addSeparator();
    m_projectActions << view->addAction(tr("3-D View (Face Check)…"), QKeySequence(tr("Ctrl+3")), this,
                                        &MainWindow::showVolume);
    buildLanguageMenu(view);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("User &Manual"), this, [this] {
        const QString manual = manualPath();
        if (manual.isEmpty())
            QMessageBox::information(this, tr("User Manual"),
                                     tr("The user manual is not installed here (it is looked for in %1).")
                                         .arg(QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                                              QStringLiteral("/../share/doc/veil/manual"))));
        else
            QDesktopServices::openUrl(QUrl::fromLocalFile(manual));
    });
    help->addAction(tr("&Keyboard Shortcuts"), QKeySequence(tr("F1")), this, &MainWindow::showShortcuts);
    help->addAction(tr("&About Veil"), this, [this] {
        QMessageBox::about(
            this, tr("About Veil"),
            tr("<b>Veil</b> %1<br>Makes medical images safe to share.").arg(QApplication::applicationVersion()));
    });
    for (QAction *a : m_projectActions)
        a->setEnabled(false);
}

QString MainWindow::manualPath()
{
    // Installed (/usr/bin/veil: /usr/share/doc/veil/manual), or in the build tree (build/bin/veil: build/manual).
    const QString bin = QCoreApplication::applicationDirPath();
    for (const QString &candidate :
         {bin + QStringLiteral("/../share/doc/veil/manual/index.html"), bin + QStringLiteral("/../manual/index.html")})
        if (QFileInfo::exists(candidate))
            return QDir::cleanPath(candidate);
    return {};
}

void MainWindow::buildStatusBar()
{
    m_summary = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMinimumWidth(260);
    m_progress->setMaximumWidth(320);
    m_estimate = new QLabel(this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    statusBar()->addWidget(m_summary, 1);
    statusBar()->addPermanentWidget(m_estimate);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    for (QWidget *w :
         {static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_cancel), static_cast<QWidget *>(m_estimate)})
        w->hide();
    connect(m_cancel, &QPushButton::clicked, m_jobs, &JobController::cancelAll);
    connect(m_jobs, &JobController::started, this, [this](const QString &title) {
        if (title == tr("Rendering") || title == tr("Reading tags"))
            return; // quick ones: no progress bar flicker
        m_jobStartedMs = QDateTime::currentMSecsSinceEpoch();
        m_progress->setFormat(title + QStringLiteral(" %p%"));
        m_progress->setRange(0, 0);
        m_progress->show();
        m_cancel->show();
    });
    connect(m_jobs, &JobController::progressed, this, [this](const QString &title, qint64 done, qint64 total) {
        if (title == tr("Rendering") || title == tr("Reading tags"))
            return;
        m_progress->setFormat(title + QStringLiteral(" %p%"));
        m_progress->setRange(0, int(std::max<qint64>(total, 0)));
        m_progress->setValue(int(done));
        const qint64 elapsed = QDateTime::currentMSecsSinceEpoch() - m_jobStartedMs;
        if (done > 0 && total > done) {
            const qint64 left = elapsed * (total - done) / done / 1000;
            m_estimate->setText(left >= 60 ? tr("about %1 min left").arg((left + 59) / 60)
                                           : tr("about %1 s left").arg(std::max<qint64>(left, 1)));
            m_estimate->show();
        }
    });
    connect(m_jobs, &JobController::idle, this, [this] {
        m_progress->hide();
        m_cancel->hide();
        m_estimate->hide();
    });
}

Status MainWindow::openProject(const QString &path, const QString &passphrase)
{
    // A project that cannot be written opens for browsing, and says so.
    return adopt(Project::open(path, passphrase, Project::OpenMode::ReadOnlyIfNeeded), path);
}

Status MainWindow::createProject(const QString &path, const QString &passphrase)
{
    return adopt(Project::create(path, passphrase), path);
}

Status MainWindow::adopt(Result<std::unique_ptr<Project>> project, const QString &path)
{
    if (!project)
        return project.error();
    closeProject();
    useSession(new ReviewSession(std::move(project).value(), m_jobs));
    rememberRecent(path);
    return {};
}

void MainWindow::useSession(ReviewSession *session)
{
    m_session = session;
    connect(session, &ReviewSession::problem, this, &MainWindow::showProblem);
    connect(session, &ReviewSession::addFinished, this, [this](int added, int already, int failed) {
        m_summary->setText(
            tr("%1 added, %2 already in the project, %3 not added (see Problems)").arg(added).arg(already).arg(failed));
    });
    m_review->setSession(session);
    m_stack->setCurrentWidget(m_review);
    const QString readOnly = session->readOnlyReason();
    setWindowTitle(readOnly.isEmpty()
                       ? tr("%1 — Veil").arg(QFileInfo(session->projectPath()).completeBaseName())
                       : tr("%1 (read-only) — Veil").arg(QFileInfo(session->projectPath()).completeBaseName()));
    if (!readOnly.isEmpty())
        showProblem(tr("Opened read-only"), tr("%1. You can look, but no change can be saved.").arg(readOnly));
    m_conflictsShown.clear();
    showStudyConflicts();
    connect(session, &ReviewSession::instancesChanged, this, &MainWindow::showStudyConflicts);
    for (QAction *a : m_projectActions)
        a->setEnabled(true);
    m_summary->setText(tr("%1 instances").arg(session->instances().size()));
}

void MainWindow::closeProject()
{
    if (!m_session)
        return;
    m_jobs->cancelAll();
    m_jobs->waitForAll();
    delete m_session; // releases the project's lock
    m_session = nullptr;
    m_stack->setCurrentWidget(m_start);
    m_start->setRecent(QSettings().value(QStringLiteral("recentProjects")).toStringList());
    setWindowTitle(tr("Veil"));
    for (QAction *a : m_projectActions)
        a->setEnabled(false);
}

void MainWindow::addPaths(const QStringList &paths)
{
    if (m_session && !paths.isEmpty())
        m_session->addPaths(paths, true);
}

void MainWindow::newProjectDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New project"), QString(), tr("Veil projects (*.veil)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".veil")))
        path += QStringLiteral(".veil");
    askPassphrase(path, true);
}

// Asks for the passphrase until the project is created or opened, or the user gives up.
void MainWindow::askPassphrase(const QString &path, bool creating)
{
    PassphraseDialog dialog(QFileInfo(path).completeBaseName(), creating, this);
    while (dialog.exec() == QDialog::Accepted) {
        const QString passphrase = dialog.passphrase();
        const Status done = creating ? createProject(path, passphrase) : openProject(path, passphrase);
        if (done)
            return;
        dialog.setError(done.message());
    }
}

void MainWindow::openProjectDialog(const QString &given)
{
    const QString path = given.isEmpty() ? QFileDialog::getOpenFileName(this, tr("Open project"), QString(),
                                                                        tr("Veil projects (*.veil)"))
                                         : given;
    if (!path.isEmpty())
        askPassphrase(path, false);
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentProjects")).toStringList();
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    recent.prepend(QFileInfo(path).absoluteFilePath());
    settings.setValue(QStringLiteral("recentProjects"), recent.mid(0, 8));
}

PacsDialog *MainWindow::pacsDialog()
{
    const QString folder = QFileInfo(m_session ? m_session->projectPath() : QString()).absolutePath() +
                           QStringLiteral("/retrieved-") +
                           QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    auto *dialog = new PacsDialog(m_jobs, folder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PacsDialog::retrieveRequested, this, &MainWindow::retrieveAndAdd);
    return dialog;
}

// One subfolder per study (study-1, study-2: nothing from the headers in a
// name); what arrived is added even when a study came only in part (a
// cancelled retrieval adds nothing; its whole files stay in the folder).
void MainWindow::retrieveAndAdd(const PacsNode &node, const QStringList &studyUids, const QString &folder)
{
    m_jobs->run<StudiesRetrieved>(
        tr("Retrieving from the PACS"),
        [node, studyUids, folder](JobContext &job) { return retrieveStudies(node, studyUids, folder, true, job); },
        [this, node](StudiesRetrieved o) {
            for (const QString &e : o.errors)
                showProblem(node.calledAeTitle, e);
            addPaths(o.folders);
        });
}

// The current image's series as a surface, built as a job, in its own window.
void MainWindow::showVolume()
{
    const ProjectInstance *current = m_session ? m_session->instance(m_session->currentId()) : nullptr;
    if (!current)
        return;
    const QList<InputItem> slices = m_session->seriesSources(current->id);
    const QString title = tr("%1, %n image(s)", nullptr, int(slices.size())).arg(current->modality);
    m_jobs->run<Result<Volume>>(
        tr("Building the 3-D view"), [slices](JobContext &job) { return buildVolume(slices, job); },
        [this, title](Result<Volume> r) {
            if (!r) {
                showProblem(tr("3-D View"), r.message());
                return;
            }
            auto *window = new VolumeWindow(*r, title, this);
            window->setAttribute(Qt::WA_DeleteOnClose);
            window->show();
        });
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.size() == 1 && paths[0].endsWith(QLatin1String(".veil")))
        openProjectDialog(paths[0]);
    else if (m_session)
        addPaths(paths);
    else
        showProblem(tr("Dropped files"), tr("open or create a project first, then drop them again"));
    event->acceptProposedAction();
}

} // namespace veil
