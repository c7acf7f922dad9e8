#include "engine/project/ProjectTypes.h"

namespace veil {
namespace {

bool onFrame(const ProjectMask &m, int frame)
{
    return m.frame < 0 || m.frame == frame;
}

// `a` less `hole` (which lies inside it): up to four strips.
QList<QRect> subtract(const QRect &a, const QRect &hole)
{
    const QRect h = hole.intersected(a);
    if (h.isEmpty())
        return {a};
    QList<QRect> out;
    if (h.top() > a.top())
        out << QRect(a.left(), a.top(), a.width(), h.top() - a.top());
    if (h.bottom() < a.bottom())
        out << QRect(a.left(), h.bottom() + 1, a.width(), a.bottom() - h.bottom());
    if (h.left() > a.left())
        out << QRect(a.left(), h.top(), h.left() - a.left(), h.height());
    if (h.right() < a.right())
        out << QRect(h.right() + 1, h.top(), a.right() - h.right(), h.height());
    return out;
}

} // namespace

QList<QRect> burnedRects(const QList<ProjectMask> &masks, int frame)
{
    QList<QRect> kept;
    for (const ProjectMask &m : masks)
        if (!m.enabled && m.findingId != 0 && onFrame(m, frame))
            kept << m.box;
    QList<QRect> out;
    for (const ProjectMask &m : masks) {
        if (!m.enabled || !onFrame(m, frame))
            continue;
        QList<QRect> parts{m.box};
        if (m.findingId != 0)
            for (const QRect &k : kept)
                if (k != m.box && m.box.adjusted(-2, -2, 2, 2).contains(k)) { // a word inside this line
                    QList<QRect> next;
                    for (const QRect &p : parts)
                        next += subtract(p, k);
                    parts = next;
                }
        out += parts;
    }
    return out;
}

} // namespace veil
