#include "widgets/models/FindingsModel.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace veil {
namespace {

// What happens to a finding: its own mask decides (a reviewer may have
// kept a masked word or masked a kept one); without one, its class.
FindingsModel::State verdictOf(const ProjectFinding &f, const QList<ProjectMask> &masks)
{
    for (const ProjectMask &m : masks)
        if (m.findingId == f.id) {
            if (!m.enabled)
                return FindingsModel::State::Kept;
            return f.cls == TextClass::Unknown ? FindingsModel::State::Unknown : FindingsModel::State::Masked;
        }
    if (f.cls == TextClass::NotPhi) {
        for (const ProjectMask &m : masks) // a safe word in a masked line goes with it
            if (m.enabled && (m.frame < 0 || f.frame < 0 || m.frame == f.frame) &&
                m.box.adjusted(-2, -2, 2, 2).contains(f.box))
                return FindingsModel::State::Masked;
        return FindingsModel::State::Kept;
    }
    return f.cls == TextClass::Unknown ? FindingsModel::State::Unknown : FindingsModel::State::Masked;
}

} // namespace

FindingsModel::FindingsModel(QObject *parent) : QAbstractTableModel(parent) {}

void FindingsModel::setFindings(const QList<ProjectFinding> &findings, const QList<ProjectMask> &masks)
{
    beginResetModel();
    m_rows.clear();
    for (const ProjectFinding &f : findings)
        m_rows.push_back({f, verdictOf(f, masks)});
    // Unknown first, then masked, then kept; within each, top to bottom, left to right.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        if (a.state != b.state)
            return int(a.state) < int(b.state);
        const QRect &p = a.finding.box, &q = b.finding.box;
        return p.y() != q.y() ? p.y() < q.y() : p.x() < q.x();
    });
    endResetModel();
}

int FindingsModel::count(State state) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [state](const Row &r) { return r.state == state; }));
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    if (role == FindingIdRole)
        return r.finding.id;
    if (role == FrameRole)
        return r.finding.frame;
    if (role == Qt::BackgroundRole) {
        if (r.state == State::Unknown)
            return QBrush(QColor(255, 236, 200));
        return r.state == State::Masked ? QBrush(QColor(255, 222, 222)) : QVariant();
    }
    if (role == Qt::ToolTipRole && index.column() == WhyColumn)
        return r.finding.why;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StateColumn:
        return r.state == State::Unknown ? tr("masked: unknown") : r.state == State::Masked ? tr("masked") : tr("kept");
    case TextColumn:
        return r.finding.text.isEmpty() ? tr("(not readable)") : r.finding.text;
    case WhyColumn:
        return r.finding.why;
    case ConfidenceColumn:
        return int(r.finding.confidence);
    case DetectorColumn:
        return r.finding.detector;
    case FrameColumn:
        return r.finding.frame < 0 ? tr("all") : QString::number(r.finding.frame + 1);
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("Verdict");
    case TextColumn:
        return tr("Read as");
    case WhyColumn:
        return tr("Why");
    case ConfidenceColumn:
        return tr("Confidence");
    case DetectorColumn:
        return tr("Found by");
    case FrameColumn:
        return tr("Frame");
    default:
        return {};
    }
}

} // namespace veil
