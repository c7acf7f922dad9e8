#pragma once

#include "engine/project/ProjectTypes.h"

#include <QImage>
#include <QPointer>
#include <QSet>
#include <QWidget>

namespace veil {

class ViewState;

// One image pane of the review: the frame, the automatic findings (PHI red,
// unknown amber, not PHI green) and the masks (manual blue), zoom and pan
// shared with the other pane through a ViewState. Mouse as in Weasis:
// left-drag window/level, middle-drag pan, wheel frames, Ctrl+wheel zoom.
// In the browse tool Ctrl+click on a box toggles it (masked / kept: a
// plain click only focuses, so nothing changes by accident) and masks can
// be moved (drag) or resized (drag a corner); in the draw tool a drag draws
// a new mask. A box that holds others (a line around its words) is drawn
// a few pixels larger, so no two outlines lie on each other. Solid with a
// tint: masked; dashed: kept. The canvas only asks (signals); the session
// decides.
class ReviewCanvas : public QWidget
{
    Q_OBJECT
public:
    enum class Tool { Browse, Draw };
    ReviewCanvas(ViewState *view, QWidget *parent = nullptr);

    // `frame`: the frame these pixels are (its boxes are drawn; while a
    // cine plays, the pixels may lag the frame asked for).
    void setImage(const QImage &image, int frame = -1);
    const QImage &image() const { return m_image; }
    void setTitle(const QString &title)
    {
        m_title = title;
        update();
    }
    void setMessage(const QString &message);
    void setOverlay(const QList<ProjectFinding> &findings, const QList<ProjectMask> &masks, int frame);
    void setShowBoxes(bool show)
    {
        m_showBoxes = show;
        update();
    }
    void setTool(Tool tool) { m_tool = tool; }
    // Safe-list review: only the boxes masked because the safe list does not
    // know their word are shown, and a click keeps a word everywhere.
    void setSafeListReview(bool on)
    {
        m_safeListReview = on;
        update();
    }
    Tool tool() const { return m_tool; }
    qint64 selectedMask() const { return m_selected; }
    void selectMask(qint64 id)
    {
        m_selected = id;
        update();
    }

    QRect imageToWidget(const QRect &r) const;     // for tests and tooltips
    QRect findingOnScreen(qint64 findingId) const; // where its outline is drawn (for tests)
    QPointF widgetToImage(const QPointF &p) const;
    QSize sizeHint() const override { return {560, 480}; }

signals:
    void maskDrawn(const QRect &imageRect);
    void maskChanged(qint64 maskId, const QRect &imageRect, bool nudge);
    void maskDeleteRequested(qint64 maskId);
    void findingClicked(qint64 findingId);    // Ctrl+click: toggle masked / kept
    void hint(const QString &message);        // for the status bar
    void keepWordRequested(qint64 findingId); // safe-list review: a click on a box
    void windowDragged(int dx, int dy);
    void stepRequested(int delta);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    enum class Drag { None, Window, Pan, Draw, Move, Resize, Click };
    double scale() const;
    QPointF offset() const;
    void paintOverlay(QPainter &p);
    qint64 maskAt(const QPointF &imagePoint, bool *onCorner) const;
    qint64 findingAt(const QPointF &imagePoint) const;
    bool shown(const ProjectFinding &f) const;       // on this frame, and in safe-list review only the unknown words
    bool holdsOthers(const ProjectFinding &f) const; // a line box around word boxes
    QRect drawnRect(const QRect &imageBox, bool line) const;
    void paintFindings(QPainter &p);
    void paintMasks(QPainter &p);

    QPointer<ViewState> m_view;
    QImage m_image;
    QString m_title, m_message;
    QList<ProjectFinding> m_findings;
    QList<ProjectMask> m_masks;
    int m_frame = 0;
    bool m_showBoxes = true;
    Tool m_tool = Tool::Browse;
    qint64 m_selected = 0;
    Drag m_drag = Drag::None;
    QPoint m_pressAt, m_lastAt;
    QRect m_dragRect; // image coordinates: the mask being drawn, moved or resized
    qint64 m_dragMask = 0;
    qint64 m_clickFinding = 0;
    bool m_toggleClick = false; // Ctrl held at the press
    bool m_safeListReview = false;
    QSet<qint64> m_lines; // findings that hold others (drawn larger)
};

} // namespace veil
