#include "widgets/TagPanel.h"

#include "widgets/models/TagDiffModel.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace veil {
namespace {

// Text filter over all columns; optionally only rows that changed (or hold changes).
class TagFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    bool changedOnly = false;
    void refresh() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex first = sourceModel()->index(row, 0, parent);
        if (changedOnly && first.data(TagDiffModel::ChangeRole).toInt() == 0)
            return false;
        if (filterRegularExpression().pattern().isEmpty())
            return true;
        for (int c = 0; c < sourceModel()->columnCount(parent); ++c)
            if (sourceModel()->index(row, c, parent).data().toString().contains(filterRegularExpression()))
                return true;
        return false;
    }
};

} // namespace

TagPanel::TagPanel(TagDiffModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *row = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter tags (name, number, value)…"));
    m_filter->setClearButtonEnabled(true);
    m_changedOnly = new QCheckBox(tr("Changed only"), this);
    row->addWidget(m_filter, 1);
    row->addWidget(m_changedOnly);
    layout->addLayout(row);
    m_alert = new QLabel(this);
    m_alert->setObjectName(QStringLiteral("tagAlert"));
    m_alert->setWordWrap(true);
    m_alert->setStyleSheet(QStringLiteral("QLabel { background: #7a1f1f; color: white; padding: 4px; }"));
    m_alert->hide();
    layout->addWidget(m_alert);
    auto *proxy = new TagFilter(this);
    proxy->setSourceModel(model);
    proxy->setRecursiveFilteringEnabled(true);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy = proxy;
    m_view = new QTreeView(this);
    m_view->setModel(proxy);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(0, 150);
    m_view->setColumnWidth(1, 170);
    m_view->setColumnWidth(2, 170);
    m_view->setColumnWidth(3, 170);
    m_view->setColumnWidth(4, 110);
    layout->addWidget(m_view, 1);
    m_summary = new QLabel(this);
    layout->addWidget(m_summary);
    connect(m_filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_changedOnly, &QCheckBox::toggled, this, [proxy](bool on) {
        proxy->changedOnly = on;
        proxy->refresh();
    });
}

void TagPanel::setAlert(const QString &text)
{
    m_alert->setText(text);
    m_alert->setVisible(!text.isEmpty());
}

QString TagPanel::alert() const
{
    return m_alert->isHidden() ? QString() : m_alert->text();
}

void TagPanel::modelReset()
{
    m_view->expandToDepth(0);
    m_summary->setText(tr("%1 attributes changed, removed or added; tinted rows").arg(m_model->changedCount()));
}

} // namespace veil
