#include "widgets/models/TagDiffModel.h"

#include <QHash>

namespace veil {
namespace {

QString changeText(TagDiffRow::Change c)
{
    switch (c) {
    case TagDiffRow::Change::Kept:
        return QObject::tr("kept");
    case TagDiffRow::Change::Changed:
        return QObject::tr("replaced");
    case TagDiffRow::Change::Removed:
        return QObject::tr("removed");
    case TagDiffRow::Change::Added:
        return QObject::tr("added");
    }
    return {};
}

QColor tint(TagDiffRow::Change c)
{
    switch (c) {
    case TagDiffRow::Change::Changed:
        return QColor(255, 200, 60, 70);
    case TagDiffRow::Change::Removed:
        return QColor(230, 70, 70, 60);
    case TagDiffRow::Change::Added:
        return QColor(70, 180, 90, 60);
    default:
        return {};
    }
}

} // namespace

TagDiffModel::TagDiffModel(QObject *parent) : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Tag"), tr("Name"), tr("Original"), tr("De-identified"), tr("Action"), tr("Reason")});
}

void TagDiffModel::setAlert(const QStringList &tags, const QString &note)
{
    m_alertTags.clear();
    for (const QString &t : tags)
        m_alertTags << t.toLower();
    m_alertNote = note;
}

void TagDiffModel::setRows(const QList<TagDiffRow> &rows)
{
    removeRows(0, rowCount());
    m_changed = 0;
    m_alertRows = 0;
    QHash<QString, QStandardItem *> byPath;
    for (const TagDiffRow &r : rows) {
        const QString action =
            r.action.isEmpty() ? changeText(r.change) : QStringLiteral("%1 · %2").arg(r.action, changeText(r.change));
        const QString deid = r.change == TagDiffRow::Change::Removed ? tr("(removed)") : r.deidentified;
        const bool alert = m_alertTags.contains(r.tag.toLower());
        m_alertRows += alert ? 1 : 0;
        const QString reason = alert ? tr("last export check: %1").arg(m_alertNote) : r.reason;
        QList<QStandardItem *> row;
        for (const QString &text : {r.tag, r.name, r.original, deid, action, reason}) {
            auto *item = new QStandardItem(text);
            item->setEditable(false);
            item->setData(int(r.change), ChangeRole);
            if (alert)
                item->setBackground(QColor(230, 40, 40, 120));
            else if (tint(r.change).isValid())
                item->setBackground(tint(r.change));
            item->setToolTip(reason.isEmpty() ? text : reason);
            row << item;
        }
        if (r.change != TagDiffRow::Change::Kept)
            ++m_changed;
        // Parent: the item a nested path sits in, or the sequence an item belongs to.
        QString parentPath;
        if (r.path.endsWith(QLatin1Char(']')))
            parentPath = r.path.left(r.path.lastIndexOf(QLatin1Char('[')));
        else if (r.path.contains(QLatin1Char('.')))
            parentPath = r.path.left(r.path.lastIndexOf(QLatin1Char('.')));
        QStandardItem *parent = byPath.value(parentPath, invisibleRootItem());
        parent->appendRow(row);
        byPath.insert(r.path, row[0]);
    }
}

} // namespace veil
