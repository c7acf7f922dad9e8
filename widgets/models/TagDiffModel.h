#pragma once

#include "dicom/TagDiff.h"

#include <QStandardItemModel>

namespace veil {

// The tag panel's model: every attribute of an instance, original and
// de-identified value side by side, the action and its reason; sequences
// are tree nodes; changed, removed and added rows are tinted.
class TagDiffModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column { TagColumn, NameColumn, OriginalColumn, DeidentifiedColumn, ActionColumn, ReasonColumn };
    enum Role { ChangeRole = Qt::UserRole + 1 };
    explicit TagDiffModel(QObject *parent = nullptr);
    void setRows(const QList<TagDiffRow> &rows);
    int changedCount() const { return m_changed; }

private:
    int m_changed = 0;
};

} // namespace veil
