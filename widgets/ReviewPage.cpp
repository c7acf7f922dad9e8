#include "widgets/ReviewPage.h"

#include "widgets/FlowLayout.h"

#include "widgets/FindingsPanel.h"
#include "widgets/FrameBar.h"
#include "widgets/ReviewCanvas.h"
#include "widgets/TagPanel.h"
#include "widgets/ViewState.h"
#include "widgets/models/FindingsModel.h"
#include "widgets/models/ProjectTreeModel.h"
#include "widgets/models/ReviewSession.h"
#include "widgets/models/TagDiffModel.h"

#include <QAction>
#include <QActionGroup>
#include <QDateTime>
#include <QFrame>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace veil {

ReviewPage::ReviewPage(QWidget *parent)
    : QWidget(parent), m_treeModel(new ProjectTreeModel(this)), m_view(new ViewState(this)),
      m_tagModel(new TagDiffModel(this)), m_playTimer(new QTimer(this))
{
    createActions();
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(buildBrowser());
    auto *centre = new QSplitter(Qt::Vertical, split);
    auto *work = new QWidget(centre);
    auto *workLayout = new QVBoxLayout(work);
    workLayout->setContentsMargins(0, 0, 0, 0);
    workLayout->setSpacing(0);
    workLayout->addWidget(buildPanes(), 1);
    workLayout->addWidget(buildReviewBar());
    centre->addWidget(work);
    m_details = new QTabWidget(centre);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setDocumentMode(true);
    m_tags = new TagPanel(m_tagModel, m_details);
    m_details->addTab(m_tags, tr("Header"));
    m_findings = new FindingsPanel(m_details);
    m_details->addTab(m_findings, tr("Words in the pixels"));
    connect(m_findings, &FindingsPanel::toggleRequested, this, [this](qint64 findingId) {
        if (m_session && findingId)
            m_session->toggleFinding(findingId);
    });
    connect(m_findings, &FindingsPanel::frameRequested, this, &ReviewPage::showFrame);
    centre->addWidget(m_details);
    centre->setStretchFactor(0, 3);
    centre->setStretchFactor(1, 1);
    centre->setSizes({520, 230});
    split->addWidget(centre);
    split->setStretchFactor(1, 1);
    split->setSizes({300, 980});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    connect(m_playTimer, &QTimer::timeout, this, [this] {
        if (!m_session || m_rendering || m_redacting)
            return; // the pane is still drawing the last frame: keep real time, drop this tick
        const ProjectInstance *i = m_session->instance(m_session->currentId());
        if (i && i->frames > 1)
            showFrame((m_frame + 1) % i->frames);
    });
}

QWidget *ReviewPage::buildBrowser()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 0, 4);
    auto *filter = new QLineEdit(box);
    filter->setPlaceholderText(tr("Filter patients, studies, series…"));
    filter->setClearButtonEnabled(true);
    m_treeProxy = new QSortFilterProxyModel(this);
    m_treeProxy->setSourceModel(m_treeModel);
    m_treeProxy->setRecursiveFilteringEnabled(true);
    m_treeProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_tree = new QTreeView(box);
    m_tree->setModel(m_treeProxy);
    m_tree->setUniformRowHeights(false);
    m_tree->setIconSize(QSize(32, 24));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // The status column keeps a fixed share (longer translations elide there, not in the names).
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_tree->header()->resizeSection(1, fontMetrics().horizontalAdvance(QStringLiteral("auto-cleaned")) + 24);
    m_progressLabel = new QLabel(box);
    layout->addWidget(filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_progressLabel);
    connect(filter, &QLineEdit::textChanged, m_treeProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        const qint64 id = index.siblingAtColumn(0).data(ProjectTreeModel::InstanceIdRole).toLongLong();
        if (m_session && id > 0 && !m_syncingTree)
            m_session->setCurrent(id);
    });
    return box;
}

QWidget *ReviewPage::buildPanes()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // The tools wrap to a second row rather than hide one when the words
    // are long (French, Portuguese) or the window narrow.
    auto *tools = new QWidget(box);
    tools->setObjectName(QStringLiteral("tools"));
    auto *flow = new FlowLayout(tools, 2);
    flow->setContentsMargins(4, 2, 4, 2);
    const auto addTool = [tools, flow](QAction *a) {
        auto *b = new QToolButton(tools);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAutoRaise(true);
        flow->addWidget(b);
    };
    for (QAction *a : {browseToolAction, drawToolAction, safeListReviewAction, allFramesAction, deleteMaskAction,
                       seriesMaskAction, deviceMaskAction})
        addTool(a);
    auto *separator = new QFrame(tools);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    separator->setFixedSize(10, 22);
    flow->addWidget(separator);
    for (QAction *a : {zoomFitAction, resetWindowAction, boxesAction, compareAction})
        addTool(a);
    layout->addWidget(tools);
    auto *panes = new QSplitter(Qt::Horizontal, box);
    m_original = new ReviewCanvas(m_view, panes);
    m_redacted = new ReviewCanvas(m_view, panes);
    m_original->setObjectName(QStringLiteral("originalPane"));
    m_redacted->setObjectName(QStringLiteral("redactedPane"));
    m_original->setTitle(tr("Original"));
    m_redacted->setTitle(tr("Export-ready (masks burned in)"));
    panes->addWidget(m_original);
    panes->addWidget(m_redacted);
    layout->addWidget(panes, 1);
    m_frameBar = new FrameBar(playAction, box); // under the panes: never in a toolbar's overflow
    layout->addWidget(m_frameBar);
    for (ReviewCanvas *c : {m_original, m_redacted}) {
        c->installEventFilter(this);
        connect(c, &ReviewCanvas::hint, this, &ReviewPage::statusMessage);
        connect(c, &ReviewCanvas::maskDrawn, this, [this](const QRect &r) {
            if (m_session && m_session->currentId())
                m_session->addMask(m_session->currentId(), r, allFramesAction->isChecked() ? -1 : m_frame);
        });
        connect(c, &ReviewCanvas::maskChanged, this, [this](qint64 id, const QRect &r, bool nudge) {
            if (m_session)
                m_session->changeMask(id, r, nudge);
        });
        connect(c, &ReviewCanvas::maskDeleteRequested, this, [this](qint64 id) {
            if (m_session)
                m_session->removeMask(id);
        });
        connect(c, &ReviewCanvas::findingClicked, this, [this](qint64 id) {
            if (m_session)
                m_session->toggleFinding(id);
        });
        connect(c, &ReviewCanvas::keepWordRequested, this, [this](qint64 id) {
            if (!m_session)
                return;
            m_session->keepWordEverywhere(id);
            emit statusMessage(tr("Kept everywhere: on the project's safe list (Ctrl+Z undoes it)"));
        });
        connect(c, &ReviewCanvas::stepRequested, this, [this](int d) {
            const ProjectInstance *i = m_session ? m_session->instance(m_session->currentId()) : nullptr;
            if (i && i->frames > 1)
                showFrame(std::clamp(m_frame + d, 0, i->frames - 1));
            else
                stepImage(d);
        });
        connect(c, &ReviewCanvas::windowDragged, this, [this](int dx, int dy) {
            if (m_shownWidth <= 0)
                return; // a VOI LUT: no window to move
            const double unit = std::max(m_shownWidth / 256.0, 1e-3);
            m_window.windowWidth = std::max(1.0, m_window.windowWidth.value_or(m_shownWidth) + dx * unit);
            m_window.windowCenter = m_window.windowCenter.value_or(m_shownCentre) + dy * unit;
            render();
        });
    }
    connect(m_frameBar, &FrameBar::frameRequested, this, [this](int v) {
        if (v != m_frame)
            showFrame(v);
    });
    return box;
}

QWidget *ReviewPage::buildReviewBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(8, 6, 8, 6);
    m_statusLabel = new QLabel(bar);
    m_statusLabel->setMinimumWidth(200);
    m_comment = new QLineEdit(bar);
    m_comment->setPlaceholderText(tr("Comment (optional, stored encrypted)"));
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_comment, 1);
    for (QAction *a : {flagAction, rejectAction, approveAction, approveNextAction, nextUnreviewedAction}) {
        auto *b = new QToolButton(bar);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setMinimumHeight(30);
        layout->addWidget(b);
    }
    return bar;
}

void ReviewPage::setSession(ReviewSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_treeModel->rebuild(session->instances());
    m_tree->expandToDepth(2);
    connect(session, &ReviewSession::thumbnailReady, m_treeModel, &ProjectTreeModel::setThumbnail);
    session->loadThumbnails();
    connect(session, &ReviewSession::instancesChanged, this, [this] {
        m_treeModel->rebuild(m_session->instances());
        m_tree->expandToDepth(2);
        m_session->loadThumbnails();
        if (!m_session->currentId() && !m_session->instances().isEmpty())
            m_session->setCurrent(m_session->instances().first().id);
        else
            onCurrentChanged(m_session->currentId());
        updateReviewBar();
    });
    connect(session, &ReviewSession::currentChanged, this, &ReviewPage::onCurrentChanged);
    connect(session, &ReviewSession::instanceChanged, this, &ReviewPage::onInstanceChanged);
    connect(session, &ReviewSession::originalRendered, this, &ReviewPage::onOriginal);
    connect(session, &ReviewSession::redactedRendered, this, &ReviewPage::onRedacted);
    connect(session, &ReviewSession::tagDiffReady, this, [this](qint64 id, const QList<TagDiffRow> &rows) {
        if (m_session && id == m_session->currentId()) {
            m_tagModel->setRows(rows);
            m_tags->modelReset();
        }
    });
    if (!session->currentId() && !session->instances().isEmpty())
        session->setCurrent(session->instances().first().id);
    updateReviewBar();
}

void ReviewPage::onCurrentChanged(qint64 id)
{
    playAction->setChecked(false);
    m_playTimer->stop();
    const ProjectInstance *i = m_session->instance(id);
    if (!i) {
        m_original->setMessage(tr("Add files to the project (Project ▸ Add Files or Add Folder, or drop them here)."));
        m_redacted->setMessage(QString());
        return;
    }
    const QModelIndex index = m_treeProxy->mapFromSource(m_treeModel->indexOfInstance(id));
    if (index.isValid() && m_tree->currentIndex().siblingAtColumn(0) != index) {
        // Not a signal blocker: the view must hear of the new selection to paint it.
        m_syncingTree = true;
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
        m_syncingTree = false;
    }
    m_window = {};
    m_frame = 0;
    m_frameBar->setFrameCount(i->frames);
    playAction->setEnabled(i->frames > 1);
    m_comment->setText(i->comment);
    showCheckAlert(*i);
    m_tagModel->setRows({});
    m_session->loadTagDiff(id);
    if (i->frames == 0) {
        m_original->setMessage(
            tr("No image in this instance (%1): its text and tags are de-identified.").arg(i->modality));
        m_redacted->setMessage(QString());
    }
    refreshOverlay();
    render();
    updateReviewBar();
}

// An image the last export check sent back names the attribute (never the
// value): a line above the tag panel and that row marked red.
void ReviewPage::showCheckAlert(const ProjectInstance &i)
{
    static const QRegularExpression tag(QStringLiteral("\\(([0-9A-Fa-f]{4}),([0-9A-Fa-f]{4})\\)"));
    const QString prefix = QStringLiteral("export check: ");
    const bool sentBack = i.status == ReviewStatus::Flagged && i.comment.startsWith(prefix);
    QStringList tags;
    for (auto it = tag.globalMatch(sentBack ? i.comment : QString()); it.hasNext();)
        tags = QStringList{it.next().captured(0)}; // the innermost attribute of a nested path
    m_tagModel->setAlert(tags, i.comment.mid(prefix.size()));
    m_tags->setAlert(sentBack ? tr("The last export check sent this image back: %1").arg(i.comment.mid(prefix.size()))
                              : QString());
}

void ReviewPage::onInstanceChanged(qint64 id)
{
    if (const ProjectInstance *i = m_session->instance(id))
        m_treeModel->updateInstance(*i);
    if (id == m_session->currentId()) {
        const QString alertBefore = m_tags->alert();
        if (const ProjectInstance *i = m_session->instance(id))
            showCheckAlert(*i);
        if (m_tags->alert() != alertBefore) // marked rows follow the status
            m_session->loadTagDiff(id);
        refreshOverlay();
        render();
    }
    updateReviewBar();
}

void ReviewPage::refreshOverlay(bool findingsChanged)
{
    const qint64 id = m_session ? m_session->currentId() : 0;
    const QList<ProjectFinding> findings = id ? m_session->findings(id) : QList<ProjectFinding>{};
    const QList<ProjectMask> masks = id ? m_session->masks(id) : QList<ProjectMask>{};
    m_original->setOverlay(findings, masks, m_frame);
    m_redacted->setOverlay(findings, masks, m_frame);
    if (!findingsChanged)
        return;
    m_findings->setFindings(findings, masks);
    m_details->setTabText(1, findings.isEmpty() ? tr("Words in the pixels")
                                                : tr("Words in the pixels (%1 unknown, %2 masked)")
                                                      .arg(m_findings->model()->count(FindingsModel::State::Unknown))
                                                      .arg(m_findings->model()->count(FindingsModel::State::Masked)));
}

void ReviewPage::render()
{
    const ProjectInstance *i = m_session ? m_session->instance(m_session->currentId()) : nullptr;
    if (!i || i->frames == 0)
        return;
    // One request per pane at a time; the newest wish wins.
    if (m_rendering)
        m_renderAgain = true;
    else {
        m_rendering = true;
        m_session->renderOriginal(i->id, m_frame, m_window);
    }
    if (m_redacting)
        m_redactAgain = true;
    else {
        m_redacting = true;
        m_session->renderRedacted(i->id, m_frame, m_window);
    }
}

void ReviewPage::onOriginal(qint64 id, int frame, const QImage &image, double centre, double width)
{
    m_rendering = false;
    if (m_session && id == m_session->currentId()) {
        m_lastOriginal = image;
        m_shownCentre = centre;
        m_shownWidth = width;
        m_original->setImage(image, frame); // the boxes of the frame whose pixels are shown
        if (m_compare)
            m_redacted->setImage(image, frame);
        if (playAction->isChecked())
            ++m_playFrames;
    }
    if (m_renderAgain) {
        m_renderAgain = false;
        render();
    }
}

void ReviewPage::onRedacted(qint64 id, int frame, const QImage &image)
{
    m_redacting = false;
    if (m_session && id == m_session->currentId()) {
        m_lastRedacted = image;
        if (!m_compare)
            m_redacted->setImage(image, frame);
    }
    if (m_redactAgain) {
        m_redactAgain = false;
        render();
    }
}

void ReviewPage::showFrame(int frame)
{
    m_frame = frame;
    m_frameBar->setFrame(frame);
    refreshOverlay(false); // the words panel lists every frame's: nothing to redo
    render();
}

void ReviewPage::stepImage(int delta)
{
    if (!m_session)
        return;
    const QList<ProjectInstance> &all = m_session->instances();
    for (int i = 0; i < all.size(); ++i)
        if (all[i].id == m_session->currentId() && i + delta >= 0 && i + delta < all.size()) {
            m_session->setCurrent(all[i + delta].id);
            return;
        }
}

void ReviewPage::decide(int status)
{
    if (m_session && m_session->currentId())
        m_session->setStatus(m_session->currentId(), ReviewStatus(status), m_comment->text());
}

void ReviewPage::updateReviewBar()
{
    if (!m_session)
        return;
    const ProjectInstance *i = m_session->instance(m_session->currentId());
    m_statusLabel->setText(
        i ? tr("<b>%1</b> · %2").arg(ProjectTreeModel::statusText(i->status, i->optedOut), i->pseudoPatientId)
          : QString());
    const int total = int(m_session->instances().size()), done = m_session->reviewedCount();
    m_progressLabel->setText(tr("%1 of %2 reviewed").arg(done).arg(total));
    for (QAction *a : {approveAction, approveNextAction, flagAction, rejectAction})
        a->setEnabled(i && !i->optedOut);
    nextUnreviewedAction->setEnabled(m_session->nextUnreviewed() != 0);
}

void ReviewPage::setCompare(bool on)
{
    m_compare = on;
    compareAction->setChecked(on);
    m_redacted->setTitle(on ? tr("Original (compare)") : tr("Export-ready (masks burned in)"));
    m_redacted->setImage(on ? m_lastOriginal : m_lastRedacted);
}

bool ReviewPage::eventFilter(QObject *watched, QEvent *event)
{
    // Hold C: the right pane shows the original until the key is released.
    if (event->type() == QEvent::KeyPress || event->type() == QEvent::KeyRelease) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_C && !key->isAutoRepeat() && key->modifiers() == Qt::NoModifier) {
            setCompare(event->type() == QEvent::KeyPress);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool ReviewPage::isPlaying() const
{
    return m_playTimer->isActive();
}

double ReviewPage::framesShownPerSecond() const
{
    const qint64 ms = QDateTime::currentMSecsSinceEpoch() - m_playStartedMs;
    return ms > 0 ? m_playFrames * 1000.0 / ms : 0;
}

} // namespace veil
