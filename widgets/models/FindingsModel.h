#pragma once

#include "engine/project/ProjectTypes.h"

#include <QAbstractTableModel>

namespace veil {

// The words found in the current image's pixels, one row each, with what
// happens to it and why: what OCR could not read or class first, then PHI,
// then what stays (the order a reviewer should look at them in).
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StateColumn, TextColumn, WhyColumn, ConfidenceColumn, DetectorColumn, FrameColumn, ColumnCount };
    enum Role { FindingIdRole = Qt::UserRole + 1, FrameRole };
    enum class State { Unknown, Masked, Kept };

    explicit FindingsModel(QObject *parent = nullptr);
    void setFindings(const QList<ProjectFinding> &findings, const QList<ProjectMask> &masks);
    int count(State state) const;
    State stateOf(int row) const { return m_rows.at(row).state; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        ProjectFinding finding;
        State state;
    };
    QList<Row> m_rows;
};

} // namespace veil
