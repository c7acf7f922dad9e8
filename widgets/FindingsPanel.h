#pragma once

#include "engine/project/ProjectTypes.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace veil {

class FindingsModel;

// The words found in the current image's pixels and why each is masked or
// kept ("value after label Name:", "safe list: probe name", "not on the
// safe list"), what could not be read first. A double-click (or Enter)
// masks a kept word or keeps a masked one (undoable, as on the canvas).
class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget *parent = nullptr);
    void setFindings(const QList<ProjectFinding> &findings, const QList<ProjectMask> &masks);
    FindingsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QString summary() const; // "2 unknown, 5 masked, 12 kept"

signals:
    void toggleRequested(qint64 findingId);
    void frameRequested(int frame); // a finding of one frame was chosen

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FindingsModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
};

} // namespace veil
