#include "widgets/FindingsPanel.h"

#include "widgets/models/FindingsModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace veil {

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent), m_model(new FindingsModel(this)), m_view(new QTreeView(this)), m_summary(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("findings"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(FindingsModel::WhyColumn, QHeaderView::Stretch);
    m_view->setToolTip(tr("Double-click or Enter: mask a kept word, keep a masked one (Ctrl+Z undoes it)"));
    m_view->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        emit toggleRequested(index.data(FindingsModel::FindingIdRole).toLongLong());
    });
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        const int frame = index.data(FindingsModel::FrameRole).toInt();
        if (frame >= 0)
            emit frameRequested(frame);
    });
}

void FindingsPanel::setFindings(const QList<ProjectFinding> &findings, const QList<ProjectMask> &masks)
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 chosen = current.isValid() ? current.data(FindingsModel::FindingIdRole).toLongLong() : 0;
    m_model->setFindings(findings, masks);
    m_summary->setText(findings.isEmpty() ? tr("No text found in the pixels of this image.") : summary());
    for (int r = 0; r < m_model->rowCount() && chosen; ++r) // the row chosen stays chosen after a toggle
        if (m_model->index(r, 0).data(FindingsModel::FindingIdRole).toLongLong() == chosen)
            m_view->setCurrentIndex(m_model->index(r, 0));
    for (int c : {FindingsModel::StateColumn, FindingsModel::TextColumn, FindingsModel::ConfidenceColumn,
                  FindingsModel::DetectorColumn, FindingsModel::FrameColumn})
        m_view->resizeColumnToContents(c);
}

QString FindingsPanel::summary() const
{
    return tr("%1 unknown (could not be read or classed), %2 masked, %3 kept")
        .arg(m_model->count(FindingsModel::State::Unknown))
        .arg(m_model->count(FindingsModel::State::Masked))
        .arg(m_model->count(FindingsModel::State::Kept));
}

bool FindingsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress &&
        (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Return ||
         static_cast<QKeyEvent *>(event)->key() == Qt::Key_Enter) &&
        m_view->currentIndex().isValid()) {
        emit toggleRequested(m_view->currentIndex().data(FindingsModel::FindingIdRole).toLongLong());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace veil
