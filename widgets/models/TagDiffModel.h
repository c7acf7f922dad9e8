#pragma once

#include "engine/dicom/header/TagDiff.h"

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
    // Attributes the last export check found an original identifier in
    // ("(0009,1010)"): their rows are marked red with `note` (next setRows).
    void setAlert(const QStringList &tags, const QString &note);
    int alertRows() const { return m_alertRows; }
    int changedCount() const { return m_changed; }

private:
    int m_changed = 0;
    QStringList m_alertTags;
    QString m_alertNote;
    int m_alertRows = 0;
};

} // namespace veil
