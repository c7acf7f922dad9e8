// The review page's actions: review decisions, mask tools, view and frame
// stepping, each with its shortcut (the menus and the shortcut sheet show them).
#include "widgets/ReviewPage.h"

#include "widgets/ReviewCanvas.h"
#include "widgets/ViewState.h"
#include "widgets/models/ReviewSession.h"

#include <QAction>
#include <QActionGroup>
#include <QDateTime>
#include <QLineEdit>
#include <QTimer>

namespace veil {

void ReviewPage::createActions()
{
    auto make = [this](const QString &text, const QKeySequence &key, auto slot, bool checkable = false) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        a->setCheckable(checkable);
        a->setToolTip(key.isEmpty() ? text : tr("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    approveAction =
        make(tr("Approve"), QKeySequence(tr("Ctrl+Return")), [this] { decide(int(ReviewStatus::Approved)); });
    approveNextAction = make(tr("Approve && Next"), QKeySequence(tr("Space")), [this] {
        if (m_session) {
            m_session->approveAndNext(m_comment->text());
            m_comment->clear();
        }
    });
    flagAction = make(tr("Flag"), QKeySequence(tr("F")), [this] { decide(int(ReviewStatus::Flagged)); });
    rejectAction = make(tr("Reject"), QKeySequence(tr("R")), [this] { decide(int(ReviewStatus::Rejected)); });
    nextUnreviewedAction = make(tr("Next Unreviewed"), QKeySequence(tr("N")), [this] {
        if (m_session && m_session->nextUnreviewed())
            m_session->setCurrent(m_session->nextUnreviewed());
    });
    // One tool at a time, for both panes (an exclusive group unchecks the other).
    auto tool = [this](ReviewCanvas::Tool t) {
        return [this, t] {
            m_original->setTool(t);
            m_redacted->setTool(t);
        };
    };
    browseToolAction = make(tr("Browse"), QKeySequence(tr("B")), tool(ReviewCanvas::Tool::Browse), true);
    browseToolAction->setShortcuts({QKeySequence(tr("B")), QKeySequence(Qt::Key_Escape)}); // Esc leaves Draw Mask
    drawToolAction = make(tr("Draw Mask"), QKeySequence(tr("M")), tool(ReviewCanvas::Tool::Draw), true);
    auto *tools = new QActionGroup(this);
    tools->addAction(browseToolAction);
    tools->addAction(drawToolAction);
    browseToolAction->setChecked(true);
    safeListReviewAction = make(
        tr("Safe-List Review"), QKeySequence(tr("K")),
        [this](bool on) {
            m_original->setSafeListReview(on);
            m_redacted->setSafeListReview(on);
            int unknownWords = 0;
            if (m_session && m_session->currentId())
                for (const ProjectFinding &f : m_session->findings(m_session->currentId()))
                    unknownWords += f.rule == TextRule::NotOnSafeList ? 1 : 0;
            emit statusMessage(on ? tr("%n word(s) masked only because the safe list does not know them: click one to "
                                       "keep it everywhere (project safe list, undoable); K leaves",
                                       nullptr, unknownWords)
                                  : QString());
        },
        true);
    safeListReviewAction->setToolTip(
        tr("Show only the words masked because the safe list does not know them; a click keeps one everywhere (K)"));
    allFramesAction = make(
        tr("All Frames"), QKeySequence(), [] {}, true);
    allFramesAction->setChecked(true);
    allFramesAction->setToolTip(tr("New masks cover every frame (off: this frame only)"));
    deleteMaskAction = make(tr("Delete Mask"), QKeySequence::Delete, [this] {
        const qint64 id = m_original->selectedMask() ? m_original->selectedMask() : m_redacted->selectedMask();
        if (m_session && id)
            m_session->removeMask(id);
    });
    seriesMaskAction = make(tr("Mask Whole Series"), QKeySequence(tr("Ctrl+Shift+S")), [this] {
        const qint64 id = m_original->selectedMask() ? m_original->selectedMask() : m_redacted->selectedMask();
        if (m_session && id)
            emit statusMessage(
                tr("Mask copied to %1 other image(s) of the series").arg(m_session->applyMaskToSeries(id)));
    });
    deviceMaskAction = make(tr("Mask Device (Template)"), QKeySequence(tr("Ctrl+Shift+T")), [this] {
        const qint64 id = m_original->selectedMask() ? m_original->selectedMask() : m_redacted->selectedMask();
        if (m_session && id)
            emit statusMessage(tr("Template saved; mask copied to %1 other image(s) of this device")
                                   .arg(m_session->applyMaskToDevice(id)));
    });
    playAction = make(
        tr("Play"), QKeySequence(tr("P")),
        [this](bool on) {
            const ProjectInstance *i = m_session ? m_session->instance(m_session->currentId()) : nullptr;
            if (on && i && i->frames > 1) {
                m_playTimer->start(int(i->labels.frameTimeMs > 0 ? i->labels.frameTimeMs : 1000.0 / 25));
                m_playStartedMs = QDateTime::currentMSecsSinceEpoch();
                m_playFrames = 0;
            } else {
                m_playTimer->stop();
                playAction->setChecked(false);
            }
        },
        true);
    compareAction = make(
        tr("Compare (hold C)"), QKeySequence(), [this](bool on) { setCompare(on); }, true);
    boxesAction = make(
        tr("Boxes"), QKeySequence(tr("H")),
        [this](bool on) {
            m_original->setShowBoxes(on);
            m_redacted->setShowBoxes(on);
        },
        true);
    boxesAction->setChecked(true);
    zoomInAction = make(tr("Zoom In"), QKeySequence::ZoomIn, [this] { m_view->setZoom(m_view->zoom() * 1.25); });
    zoomOutAction = make(tr("Zoom Out"), QKeySequence::ZoomOut, [this] { m_view->setZoom(m_view->zoom() / 1.25); });
    zoomFitAction = make(tr("Fit"), QKeySequence(tr("0")), [this] { m_view->reset(); });
    resetWindowAction = make(tr("Reset Window"), QKeySequence(tr("W")), [this] {
        m_window = {};
        render();
    });
    nextFrameAction =
        make(tr("Next Frame"), QKeySequence(Qt::Key_Right), [this] { emit m_original->stepRequested(1); });
    previousFrameAction =
        make(tr("Previous Frame"), QKeySequence(Qt::Key_Left), [this] { emit m_original->stepRequested(-1); });
    nextImageAction = make(tr("Next Image"), QKeySequence(Qt::Key_PageDown), [this] { stepImage(1); });
    previousImageAction = make(tr("Previous Image"), QKeySequence(Qt::Key_PageUp), [this] { stepImage(-1); });
}

} // namespace veil
