#include "widgets/ViewState.h"

#include <algorithm>

namespace veil {

void ViewState::setZoom(double zoom)
{
    zoom = std::clamp(zoom, 0.25, 16.0);
    if (zoom != m_zoom) {
        m_zoom = zoom;
        emit changed();
    }
}

void ViewState::setCentre(QPointF centre)
{
    if (centre != m_centre) {
        m_centre = centre;
        emit changed();
    }
}

void ViewState::reset()
{
    m_zoom = 1;
    m_centre = {-1, -1};
    emit changed();
}

} // namespace veil
