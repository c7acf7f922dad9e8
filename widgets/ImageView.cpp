#include "ImageView.h"

#include <QPainter>
#include <QWheelEvent>

namespace veil {

ImageView::ImageView(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    setFocusPolicy(Qt::StrongFocus);
}

void ImageView::setImage(const QImage &image)
{
    m_image = image;
    m_message.clear();
    update();
}

void ImageView::setCaption(const QString &topLeft, const QString &bottomLeft)
{
    m_topLeft = topLeft;
    m_bottomLeft = bottomLeft;
    update();
}

void ImageView::setMessage(const QString &message)
{
    m_message = message;
    if (!message.isEmpty())
        m_image = {};
    update();
}

QRect ImageView::targetRect() const
{
    if (m_image.isNull())
        return {};
    // Captions get bands of their own: nothing may hide burned-in text.
    const int line = fontMetrics().lineSpacing();
    const int top = m_topLeft.isEmpty() ? 0 : line * int(m_topLeft.count(QLatin1Char('\n')) + 1) + 10;
    const int bottom = m_bottomLeft.isEmpty() ? 0 : line + 10;
    const QRect area = rect().adjusted(0, top, 0, -bottom);
    const QSize size = m_image.size().scaled(area.size(), Qt::KeepAspectRatio);
    return QRect(area.topLeft() + QPoint((area.width() - size.width()) / 2, (area.height() - size.height()) / 2), size);
}

void ImageView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::black);
    if (!m_image.isNull()) {
        const QRect target = targetRect();
        const bool integerZoom = target.width() % m_image.width() == 0 && target.width() >= m_image.width();
        p.setRenderHint(QPainter::SmoothPixmapTransform, !integerZoom);
        p.drawImage(target, m_image);
    }
    p.setPen(QColor(230, 230, 120));
    const QRect inner = rect().adjusted(8, 6, -8, -6);
    if (!m_message.isEmpty())
        p.drawText(inner, Qt::AlignCenter | Qt::TextWordWrap, m_message);
    p.drawText(inner, Qt::AlignLeft | Qt::AlignTop, m_topLeft);
    p.drawText(inner, Qt::AlignLeft | Qt::AlignBottom, m_bottomLeft);
}

void ImageView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps != 0)
        emit stepRequested(-steps);
    event->accept();
}

} // namespace veil
