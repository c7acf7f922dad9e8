#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace veil {

class TagDiffModel;

// Every tag of the current instance: original and de-identified value side
// by side, the action and why; changed rows tinted; a filter box.
class TagPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TagPanel(TagDiffModel *model, QWidget *parent = nullptr);
    void modelReset();
    // A line above the table (the last export check's finding), or none.
    void setAlert(const QString &text);
    QString alert() const;
    QTreeView *view() const { return m_view; }

private:
    TagDiffModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QLineEdit *m_filter;
    QCheckBox *m_changedOnly;
    QLabel *m_summary;
    QLabel *m_alert;
};

} // namespace veil
