#include "widgets/BoxLegend.h"

#include <QPainter>

namespace veil {

BoxLegend::BoxLegend(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("boxLegend"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // the slider gives way, not the legend
    setToolTip(tr("Ctrl+click a box to mask or keep it"));
}

QList<BoxLegend::Entry> BoxLegend::entries() const
{
    return {{QColor(235, 60, 60), true, tr("PHI")},
            {QColor(245, 170, 30), true, tr("unknown")},
            {QColor(60, 200, 90), true, tr("not PHI")},
            {QColor(70, 150, 255), true, tr("drawn")},
            {palette().color(QPalette::WindowText), true, tr("masked")},
            {palette().color(QPalette::WindowText), false, tr("kept")}};
}

QSize BoxLegend::sizeHint() const
{
    int w = 8;
    for (const Entry &e : entries())
        w += 22 + fontMetrics().horizontalAdvance(e.text) + 14;
    return {w, fontMetrics().height() + 10};
}

void BoxLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    int x = 4;
    const int h = height();
    for (const Entry &e : entries()) {
        QColor fill = e.colour;
        fill.setAlpha(e.solid ? 70 : 0);
        p.setBrush(fill);
        p.setPen(QPen(e.colour, e.solid ? 2 : 1.5, e.solid ? Qt::SolidLine : Qt::DashLine));
        p.drawRect(QRect(x, h / 2 - 6, 16, 12));
        x += 22;
        p.setPen(palette().color(QPalette::WindowText));
        const int w = fontMetrics().horizontalAdvance(e.text);
        p.drawText(QRect(x, 0, w + 2, h), Qt::AlignVCenter | Qt::AlignLeft, e.text);
        x += w + 14;
    }
}

} // namespace veil
