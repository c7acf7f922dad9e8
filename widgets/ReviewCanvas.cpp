#include "widgets/ReviewCanvas.h"

#include "widgets/ViewState.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

namespace veil {
namespace {

constexpr int kTitleBand = 26;
constexpr int kCorner = 8; // px: the resize handle of a mask

QColor classColour(TextClass c)
{
    switch (c) {
    case TextClass::Phi:
        return QColor(235, 60, 60);
    case TextClass::Unknown:
        return QColor(245, 170, 30);
    case TextClass::NotPhi:
        return QColor(60, 200, 90);
    }
    return Qt::white;
}

const QColor kManual(70, 150, 255);

} // namespace

ReviewCanvas::ReviewCanvas(ViewState *view, QWidget *parent) : QWidget(parent), m_view(view)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(240, 200);
    connect(view, &ViewState::changed, this, qOverload<>(&QWidget::update));
}

void ReviewCanvas::setImage(const QImage &image, int frame)
{
    m_image = image;
    if (frame >= 0)
        m_frame = frame;
    m_message.clear();
    update();
}

void ReviewCanvas::setMessage(const QString &message)
{
    m_message = message;
    if (!message.isEmpty())
        m_image = {};
    update();
}

void ReviewCanvas::setOverlay(const QList<ProjectFinding> &findings, const QList<ProjectMask> &masks, int frame)
{
    m_findings = findings;
    m_masks = masks;
    if (m_image.isNull())
        m_frame = frame; // otherwise the frame of the pixels shown (setImage) decides
    m_lines.clear();
    for (const ProjectFinding &f : m_findings)
        if (holdsOthers(f))
            m_lines.insert(f.id);
    update();
}

bool ReviewCanvas::holdsOthers(const ProjectFinding &f) const
{
    const QRect around = f.box.adjusted(-2, -2, 2, 2);
    for (const ProjectFinding &o : m_findings)
        if (o.id != f.id && (o.frame == f.frame || o.frame < 0 || f.frame < 0) && around.contains(o.box) &&
            qint64(o.box.width()) * o.box.height() < qint64(f.box.width()) * f.box.height())
            return true;
    return false;
}

QRect ReviewCanvas::findingOnScreen(qint64 findingId) const
{
    for (const ProjectFinding &f : m_findings)
        if (f.id == findingId)
            return drawnRect(f.box, m_lines.contains(f.id));
    return {};
}

QRect ReviewCanvas::drawnRect(const QRect &imageBox, bool line) const
{
    const QRect r = imageToWidget(imageBox);
    return line ? r.adjusted(-4, -4, 4, 4) : r; // a line's outline stands clear of its words'
}

double ReviewCanvas::scale() const
{
    if (m_image.isNull())
        return 1;
    const QSizeF area(width(), height() - kTitleBand);
    const double fit = std::min(area.width() / m_image.width(), area.height() / m_image.height());
    return fit * (m_view ? m_view->zoom() : 1);
}

QPointF ReviewCanvas::offset() const
{
    const QPointF centre =
        m_view && m_view->centre().x() >= 0 ? m_view->centre() : QPointF(m_image.width() / 2.0, m_image.height() / 2.0);
    const QPointF viewCentre(width() / 2.0, kTitleBand + (height() - kTitleBand) / 2.0);
    return viewCentre - centre * scale();
}

QPointF ReviewCanvas::widgetToImage(const QPointF &p) const
{
    return (p - offset()) / scale();
}

QRect ReviewCanvas::imageToWidget(const QRect &r) const
{
    const QPointF o = offset();
    const double s = scale();
    return QRectF(o + QPointF(r.x(), r.y()) * s, QSizeF(r.width() * s, r.height() * s)).toAlignedRect();
}

void ReviewCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(16, 16, 18));
    if (!m_image.isNull()) {
        p.save();
        p.setClipRect(rect().adjusted(0, kTitleBand, 0, 0));
        const double s = scale();
        p.setRenderHint(QPainter::SmoothPixmapTransform, s < 1);
        p.drawImage(QRectF(offset(), QSizeF(m_image.width() * s, m_image.height() * s)), m_image);
        paintOverlay(p);
        p.restore();
    }
    p.fillRect(QRect(0, 0, width(), kTitleBand), QColor(36, 38, 42));
    p.setPen(QColor(225, 228, 235));
    p.drawText(QRect(10, 0, width() - 20, kTitleBand), Qt::AlignVCenter | Qt::AlignLeft, m_title);
    if (!m_message.isEmpty()) {
        p.setPen(QColor(200, 200, 200));
        p.drawText(rect().adjusted(20, kTitleBand, -20, 0), Qt::AlignCenter | Qt::TextWordWrap, m_message);
    }
    if (hasFocus()) {
        p.setPen(QPen(QColor(70, 150, 255, 160), 2));
        p.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

void ReviewCanvas::paintOverlay(QPainter &p)
{
    if (!m_showBoxes)
        return;
    p.setRenderHint(QPainter::Antialiasing, false);
    paintFindings(p);
    if (!m_safeListReview)
        paintMasks(p);
    if (m_drag == Drag::Draw) {
        p.setPen(QPen(kManual, 2));
        p.setBrush(QColor(70, 150, 255, 60));
        p.drawRect(imageToWidget(m_dragRect));
    }
}

// Each OCR box once: solid and tinted when its mask is on, dashed when kept.
void ReviewCanvas::paintFindings(QPainter &p)
{
    QHash<qint64, const ProjectMask *> maskOf;
    for (const ProjectMask &m : m_masks)
        if (m.findingId)
            maskOf.insert(m.findingId, &m);
    // Lines first, so their words' outlines are drawn over the lines' tint.
    for (int pass = 0; pass < 2; ++pass)
        for (const ProjectFinding &f : m_findings) {
            const bool line = m_lines.contains(f.id);
            if (!shown(f) || line != (pass == 0))
                continue;
            const ProjectMask *m = maskOf.value(f.id);
            const bool masked = m && m->enabled;
            QColor c = classColour(f.cls);
            const QRect r = drawnRect(m && m->id == m_dragMask && m_drag != Drag::None ? m_dragRect : f.box, line);
            if (masked) {
                c.setAlpha(line ? 45 : 70);
                p.setBrush(c);
                c.setAlpha(255);
                p.setPen(QPen(c, m->id == m_selected ? 3 : 2));
            } else {
                p.setBrush(Qt::NoBrush);
                p.setPen(QPen(c, 1.5, Qt::DashLine));
            }
            p.drawRect(r);
            if (m && m->id == m_selected)
                p.fillRect(QRect(r.bottomRight() - QPoint(kCorner, kCorner), QSize(kCorner, kCorner)), c);
        }
}

// Masks drawn by hand or from a device template (blue).
void ReviewCanvas::paintMasks(QPainter &p)
{
    for (const ProjectMask &m : m_masks) {
        if (m.findingId || (m.frame >= 0 && m.frame != m_frame))
            continue;
        QColor c = kManual;
        const QRect r = drawnRect(m.id == m_dragMask && m_drag != Drag::None ? m_dragRect : m.box, false);
        if (m.enabled) {
            c.setAlpha(70);
            p.setBrush(c);
            c.setAlpha(255);
            p.setPen(QPen(c, m.id == m_selected ? 3 : 2));
        } else {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(c, 1.5, Qt::DashLine));
        }
        p.drawRect(r);
        if (m.id == m_selected)
            p.fillRect(QRect(r.bottomRight() - QPoint(kCorner, kCorner), QSize(kCorner, kCorner)), c);
    }
}

// The smallest mask under the point (a word before the line around it).
qint64 ReviewCanvas::maskAt(const QPointF &at, bool *onCorner) const
{
    const QPoint wp = (at * scale() + offset()).toPoint();
    qint64 best = 0, bestArea = 0;
    for (const ProjectMask &m : m_masks) {
        if (m.frame >= 0 && m.frame != m_frame)
            continue;
        const QRect w = drawnRect(m.box, m.findingId && m_lines.contains(m.findingId));
        const qint64 area = qint64(w.width()) * w.height();
        if (w.adjusted(-3, -3, 3, 3).contains(wp) && (!best || area < bestArea)) {
            best = m.id;
            bestArea = area;
            *onCorner = (w.bottomRight() - wp).manhattanLength() <= 2 * kCorner;
        }
    }
    return best;
}

bool ReviewCanvas::shown(const ProjectFinding &f) const
{
    return (f.frame < 0 || f.frame == m_frame) && (!m_safeListReview || f.rule == TextRule::NotOnSafeList);
}

qint64 ReviewCanvas::findingAt(const QPointF &at) const
{
    qint64 best = 0, bestArea = 0;
    for (const ProjectFinding &f : m_findings) {
        const qint64 area = qint64(f.box.width()) * f.box.height();
        if (shown(f) && QRectF(f.box).contains(at) && (!best || area < bestArea)) {
            best = f.id;
            bestArea = area;
        }
    }
    return best;
}

void ReviewCanvas::mousePressEvent(QMouseEvent *event)
{
    setFocus();
    m_pressAt = m_lastAt = event->position().toPoint();
    const QPointF at = widgetToImage(event->position());
    if (event->button() == Qt::MiddleButton) {
        m_drag = Drag::Pan;
        return;
    }
    if (event->button() != Qt::LeftButton || m_image.isNull())
        return;
    if (m_tool == Tool::Draw) {
        m_drag = Drag::Draw;
        m_dragRect = QRect(at.toPoint(), QSize(1, 1));
        return;
    }
    bool corner = false;
    const qint64 mask = maskAt(at, &corner);
    m_clickFinding = findingAt(at);
    m_toggleClick = event->modifiers() & Qt::ControlModifier;
    if (m_safeListReview) { // one click keeps a word everywhere; nothing else moves
        m_drag = m_clickFinding ? Drag::Click : Drag::Window;
        return;
    }
    if (m_toggleClick && m_clickFinding) { // the deliberate gesture: nothing moves
        m_drag = Drag::Click;
        return;
    }
    if (mask != 0) {
        for (const ProjectMask &m : m_masks)
            if (m.id == mask)
                m_dragRect = m.box;
        m_dragMask = mask;
        m_selected = mask;
        m_drag = corner ? Drag::Resize : Drag::Move;
        update();
        return;
    }
    m_selected = 0;
    m_drag = m_clickFinding ? Drag::Click : Drag::Window;
    update();
}

void ReviewCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QPoint delta = pos - m_lastAt;
    m_lastAt = pos;
    const QPointF at = widgetToImage(event->position());
    const QPointF moved = QPointF(delta) / scale();
    switch (m_drag) {
    case Drag::Pan: {
        const QPointF c =
            m_view->centre().x() >= 0 ? m_view->centre() : QPointF(m_image.width() / 2.0, m_image.height() / 2.0);
        m_view->setCentre(c - moved);
        break;
    }
    case Drag::Window:
        emit windowDragged(delta.x(), delta.y());
        break;
    case Drag::Draw:
        m_dragRect = QRect(widgetToImage(m_pressAt).toPoint(), at.toPoint()).normalized();
        update();
        break;
    case Drag::Move:
    case Drag::Click:
        if (m_drag == Drag::Click && (pos - m_pressAt).manhattanLength() > 4)
            m_drag = Drag::Window; // a drag that began on a box is window/level after all
        else if (m_drag == Drag::Move) {
            const QPoint shift = ((QPointF(pos - m_pressAt)) / scale()).toPoint();
            for (const ProjectMask &m : m_masks)
                if (m.id == m_dragMask)
                    m_dragRect = m.box.translated(shift);
            update();
        }
        break;
    case Drag::Resize:
        m_dragRect.setBottomRight(at.toPoint());
        update();
        break;
    case Drag::None:
        break;
    }
}

void ReviewCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    const bool clicked = (event->position().toPoint() - m_pressAt).manhattanLength() <= 4;
    const QRect bounds(QPoint(0, 0), m_image.size());
    if (drag == Drag::Draw) {
        const QRect r = m_dragRect.normalized().intersected(bounds);
        if (r.width() >= 2 && r.height() >= 2)
            emit maskDrawn(r);
    } else if (drag == Drag::Move || drag == Drag::Resize) {
        const QRect r = m_dragRect.normalized().intersected(bounds);
        const qint64 id = m_dragMask;
        m_dragMask = 0;
        bool changed = true;
        for (const ProjectMask &m : m_masks)
            changed = m.id == id ? m.box != r : changed;
        if (clicked && m_clickFinding)
            emit hint(tr("Ctrl+click a box to mask or keep it"));
        else if (!clicked && changed && r.width() >= 2 && r.height() >= 2)
            emit maskChanged(id, r, false);
    } else if (drag == Drag::Click && clicked && m_safeListReview) {
        emit keepWordRequested(m_clickFinding);
    } else if (drag == Drag::Click && clicked) {
        if (m_toggleClick)
            emit findingClicked(m_clickFinding);
        else
            emit hint(tr("Ctrl+click a box to mask or keep it"));
    }
    update();
}

void ReviewCanvas::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps != 0 && event->modifiers() & Qt::ControlModifier && !m_image.isNull()) {
        // Around the cursor: the image point under it stays under it.
        const QPointF under = widgetToImage(event->position());
        m_view->setZoom(m_view->zoom() * std::pow(1.25, steps));
        const QPointF viewCentre(width() / 2.0, kTitleBand + (height() - kTitleBand) / 2.0);
        m_view->setCentre(under - (event->position() - viewCentre) / scale());
    } else if (steps != 0)
        emit stepRequested(-steps);
    event->accept();
}

void ReviewCanvas::keyPressEvent(QKeyEvent *event)
{
    if (m_selected && (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)) {
        emit maskDeleteRequested(m_selected);
        m_selected = 0;
        return;
    }
    const QHash<int, QPoint> arrows{
        {Qt::Key_Left, {-1, 0}}, {Qt::Key_Right, {1, 0}}, {Qt::Key_Up, {0, -1}}, {Qt::Key_Down, {0, 1}}};
    if (m_selected && arrows.contains(event->key()) && event->modifiers() & Qt::AltModifier) {
        for (const ProjectMask &m : m_masks)
            if (m.id == m_selected)
                emit maskChanged(m.id, m.box.translated(arrows[event->key()]), true);
        return;
    }
    QWidget::keyPressEvent(event);
}

bool ReviewCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const qint64 under = findingAt(widgetToImage(help->pos()));
        for (const ProjectFinding &f : m_findings)
            if (f.id == under) {
                QToolTip::showText(help->globalPos(),
                                   tr("<b>%1</b> — “%2”<br>confidence %3%<br>%4<br><i>Ctrl+click to mask or keep</i>")
                                       .arg(textClassName(f.cls), f.text.toHtmlEscaped())
                                       .arg(int(f.confidence))
                                       .arg(f.why.toHtmlEscaped()),
                                   this);
                return true;
            }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace veil
