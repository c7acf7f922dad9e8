#pragma once

#include <QObject>
#include <QPointF>

namespace veil {

// What two synchronised panes share: zoom (1 = fit), the image point at the
// centre of the view, and whether the right pane shows the original (the
// hold-to-compare key).
class ViewState : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    double zoom() const { return m_zoom; }
    QPointF centre() const { return m_centre; } // image coordinates; negative: the image centre
    void setZoom(double zoom);
    void setCentre(QPointF centre);
    void reset();

signals:
    void changed();

private:
    double m_zoom = 1;
    QPointF m_centre{-1, -1};
};

} // namespace veil
