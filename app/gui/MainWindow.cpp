#include "MainWindow.h"

#include "models/FrameImage.h"
#include "ImageView.h"
#include "models/JobController.h"
#include "models/StudyTreeModel.h"

#include <QApplication>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSlider>
#include <QStatusBar>
#include <QTreeView>

namespace veil {
namespace {

struct FrameResult
{
    DisplayFrame frame;
    QString error;
};

QString displayName(const QString &pn)
{
    QString n = pn.section(QLatin1Char('='), 0, 0);
    n.replace(QLatin1Char('^'), QLatin1Char(' '));
    return n.simplified();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_frames(std::make_shared<FrameSource>()), m_jobs(new JobController(this)),
      m_model(new StudyTreeModel(this))
{
    setWindowTitle(tr("Veil"));
    setAcceptDrops(true);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new ImageView(central);
    m_view->setMessage(tr("Open DICOM files, a folder, a DICOMDIR or a zip (File menu), or drop them here."));
    layout->addWidget(m_view, 1);
    auto *frameRow = new QHBoxLayout;
    frameRow->setContentsMargins(8, 2, 8, 4);
    m_frameSlider = new QSlider(Qt::Horizontal, central);
    m_frameLabel = new QLabel(central);
    frameRow->addWidget(new QLabel(tr("Frame"), central));
    frameRow->addWidget(m_frameSlider, 1);
    frameRow->addWidget(m_frameLabel);
    layout->addLayout(frameRow);
    setCentralWidget(central);
    m_frameSlider->setEnabled(false);
    connect(m_frameSlider, &QSlider::valueChanged, this, [this](int v) {
        if (m_current >= 0 && v != m_frame)
            showInstance(m_current, v);
    });
    connect(m_view, &ImageView::stepRequested, this, &MainWindow::stepFrame);
    buildMenus();
    buildDocks();
    buildStatusBar();
    resize(1200, 800);
}

MainWindow::~MainWindow()
{
    m_jobs->cancelAll();
    m_jobs->waitForAll();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open Files…"), QKeySequence::Open, this, &MainWindow::openFilesDialog);
    file->addAction(tr("Open &Folder…"), QKeySequence(tr("Ctrl+Shift+O")), this, &MainWindow::openFolderDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Next Frame"), QKeySequence(Qt::Key_Right), this, [this] { stepFrame(1); });
    view->addAction(tr("&Previous Frame"), QKeySequence(Qt::Key_Left), this, [this] { stepFrame(-1); });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Veil"), this, [this] {
        QMessageBox::about(
            this, tr("About Veil"),
            tr("<b>Veil</b> %1<br>Makes medical images safe to share.").arg(QApplication::applicationVersion()));
    });
}

void MainWindow::buildDocks()
{
    m_tree = new QTreeView(this);
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onTreeSelection(current); });
    auto *browser = new QDockWidget(tr("Studies"), this);
    browser->setObjectName(QStringLiteral("studies"));
    browser->setWidget(m_tree);
    addDockWidget(Qt::LeftDockWidgetArea, browser);
    resizeDocks({browser}, {340}, Qt::Horizontal);

    m_problems = new QListWidget(this);
    auto *problems = new QDockWidget(tr("Not loaded"), this);
    problems->setObjectName(QStringLiteral("problems"));
    problems->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, problems);
    problems->hide();
}

void MainWindow::buildStatusBar()
{
    m_summary = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_cancel = new QPushButton(tr("Cancel"), this);
    statusBar()->addWidget(m_summary, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    m_progress->hide();
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, m_jobs, &JobController::cancelAll);
    connect(m_jobs, &JobController::started, this, [this](const QString &title) {
        m_progress->setFormat(title + QStringLiteral(" %p%"));
        m_progress->setRange(0, 0);
        m_progress->show();
        m_cancel->show();
    });
    connect(m_jobs, &JobController::progressed, this, [this](const QString &, qint64 done, qint64 total) {
        m_progress->setRange(0, int(std::max<qint64>(total, 0)));
        m_progress->setValue(int(done));
    });
    connect(m_jobs, &JobController::idle, this, [this] {
        m_progress->hide();
        m_cancel->hide();
    });
}

void MainWindow::openPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_jobs->run<IndexResult>(
        tr("Reading"), [paths](JobContext &job) { return indexInputs(paths, job); },
        [this](IndexResult result) { onIndexed(result); });
}

void MainWindow::onIndexed(const IndexResult &result)
{
    QSet<QString> known;
    for (int i = 0; i < m_index.instanceCount(); ++i)
        known.insert(m_index.instance(i).source.displayPath());
    for (const InstanceInfo &info : result.instances)
        if (!info.isDicomDir && !known.contains(info.source.displayPath()))
            m_index.add(info);
    for (const SkippedInput &s : result.skipped)
        m_problems->addItem(tr("%1 — skipped: %2").arg(s.path, s.reason));
    for (const FailedInput &f : result.failed)
        m_problems->addItem(tr("%1 — error: %2").arg(f.path, f.reason));
    auto *problemsDock = static_cast<QDockWidget *>(m_problems->parentWidget());
    if (m_problems->count() > 0 && problemsDock->isHidden()) {
        problemsDock->show();
        resizeDocks({problemsDock}, {110}, Qt::Vertical);
    }
    m_model->rebuild(m_index);
    m_tree->expandAll();
    m_summary->setText(tr("%1 instances in %2 series; %3 skipped, %4 could not be read")
                           .arg(m_index.instanceCount())
                           .arg(m_index.seriesCount())
                           .arg(result.skipped.size())
                           .arg(result.failed.size()));
    const int first = m_current >= 0 ? m_current : m_index.firstImageInstance();
    if (first >= 0) {
        m_tree->setCurrentIndex(m_model->indexOfInstance(first));
        if (m_current < 0)
            showInstance(first, 0);
    } else if (m_current < 0) {
        m_view->setMessage(tr("No images found."));
    }
}

void MainWindow::onTreeSelection(const QModelIndex &index)
{
    const int instance = index.data(StudyTreeModel::InstanceRole).toInt();
    if (index.isValid() && instance >= 0 && instance != m_current)
        showInstance(instance, 0);
}

void MainWindow::showInstance(int instance, int frame)
{
    if (instance < 0 || instance >= m_index.instanceCount())
        return;
    const InstanceInfo &info = m_index.instance(instance);
    m_current = instance;
    m_frame = frame;
    {
        const QSignalBlocker block(m_frameSlider);
        m_frameSlider->setRange(0, std::max(0, info.frames - 1));
        m_frameSlider->setValue(frame);
        m_frameSlider->setEnabled(info.frames > 1);
    }
    m_frameLabel->setText(info.frames > 0 ? tr("%1 / %2").arg(frame + 1).arg(info.frames) : QString());
    updateCaption();
    if (!info.hasPixelData) {
        m_view->setMessage(
            tr("%1: no image to show.").arg(info.sopClassName.isEmpty() ? info.sopClassUid : info.sopClassName));
        return;
    }
    const quint64 request = ++m_request;
    const InputItem item = info.source;
    auto frames = m_frames;
    m_jobs->run<FrameResult>(
        tr("Decoding"),
        [frames, item, frame](JobContext &) {
            FrameResult r;
            frames->frame(item, frame, r.frame, &r.error);
            return r;
        },
        [this, request](FrameResult r) {
            if (request != m_request)
                return; // the user has moved on
            if (r.frame.isNull())
                m_view->setMessage(tr("Cannot show this image: %1").arg(r.error));
            else
                m_view->setImage(toQImage(r.frame));
        });
}

void MainWindow::stepFrame(int delta)
{
    if (m_current < 0)
        return;
    const int frames = m_index.instance(m_current).frames;
    if (frames > 1)
        m_frameSlider->setValue(std::clamp(m_frame + delta, 0, frames - 1));
}

void MainWindow::updateCaption()
{
    const InstanceInfo &i = m_index.instance(m_current);
    m_view->setCaption(
        QStringLiteral("%1\n%2  %3\n%4 %5")
            .arg(displayName(i.patientName), i.modality, i.seriesDescription, i.transferSyntaxName, i.photometric),
        i.frames > 1 ? tr("Frame %1 / %2").arg(m_frame + 1).arg(i.frames) : QString());
}

int MainWindow::problemCount() const
{
    return m_problems->count();
}

void MainWindow::openFilesDialog()
{
    openPaths(QFileDialog::getOpenFileNames(this, tr("Open DICOM files, DICOMDIR or zip")));
}

void MainWindow::openFolderDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a folder of DICOM files"));
    if (!dir.isEmpty())
        openPaths({dir});
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
    openPaths(paths);
    event->acceptProposedAction();
}

} // namespace veil
