#include "widgets/models/ProjectTreeModel.h"

#include <QPainter>
#include <QPixmap>

namespace veil {
namespace {

QString dicomDate(const QString &da)
{
    return da.size() == 8 ? da.left(4) + '-' + da.mid(4, 2) + '-' + da.mid(6, 2) : da;
}

QString personName(const QString &pn)
{
    QString name = pn.section(QLatin1Char('='), 0, 0);
    name.replace(QLatin1Char('^'), QLatin1Char(' '));
    return name.simplified();
}

bool decided(const QStandardItem *item)
{
    const auto s = ReviewStatus(item->data(ProjectTreeModel::StatusRole).toInt());
    return s == ReviewStatus::Approved || s == ReviewStatus::Rejected;
}

QList<QStandardItem *> makeRow(const QString &text, ProjectTreeModel::Level level)
{
    auto *name = new QStandardItem(text);
    auto *progress = new QStandardItem;
    for (QStandardItem *i : {name, progress}) {
        i->setEditable(false);
        i->setData(level, ProjectTreeModel::LevelRole);
    }
    progress->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return {name, progress};
}

} // namespace

ProjectTreeModel::ProjectTreeModel(QObject *parent) : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Study"), tr("Reviewed")});
}

QIcon ProjectTreeModel::statusIcon(ReviewStatus status, bool optedOut)
{
    QColor colour;
    switch (status) {
    case ReviewStatus::Unreviewed:
        colour = QColor(150, 150, 150);
        break;
    case ReviewStatus::AutoCleaned:
        colour = QColor(70, 130, 220);
        break;
    case ReviewStatus::Flagged:
        colour = QColor(235, 160, 20);
        break;
    case ReviewStatus::Approved:
        colour = QColor(40, 170, 80);
        break;
    case ReviewStatus::Rejected:
        colour = QColor(210, 50, 50);
        break;
    }
    // A small dot in the browser's 32x24 icon cell (series rows show thumbnails there).
    QPixmap pix(64, 48);
    pix.fill(Qt::transparent);
    QPainter p(&pix);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(optedOut ? QColor(60, 60, 60) : colour);
    p.drawEllipse(QRectF(18, 10, 28, 28));
    if (optedOut) { // a bar: blocked
        p.setBrush(Qt::white);
        p.drawRect(QRectF(24, 21, 16, 6));
    }
    return QIcon(pix);
}

QString ProjectTreeModel::statusText(ReviewStatus status, bool optedOut)
{
    if (optedOut)
        return tr("blocked (opt-out)");
    switch (status) {
    case ReviewStatus::Unreviewed:
        return tr("unreviewed");
    case ReviewStatus::AutoCleaned:
        return tr("auto-cleaned");
    case ReviewStatus::Flagged:
        return tr("flagged");
    case ReviewStatus::Approved:
        return tr("approved");
    case ReviewStatus::Rejected:
        return tr("rejected");
    }
    return {};
}

void ProjectTreeModel::rebuild(const QList<ProjectInstance> &instances)
{
    removeRows(0, rowCount());
    m_items.clear();
    QHash<QString, QStandardItem *> nodes;
    auto child = [&](QStandardItem *parent, const QString &key, const QString &text, Level level) {
        QStandardItem *&node = nodes[key];
        if (!node) {
            const QList<QStandardItem *> row = makeRow(text, level);
            (parent ? parent : invisibleRootItem())->appendRow(row);
            node = row[0];
        }
        return node;
    };
    for (const ProjectInstance &i : instances) {
        const InstanceLabels &l = i.labels;
        QStandardItem *patient =
            child(nullptr, i.pseudoPatientId,
                  tr("%1  (%2)")
                      .arg(personName(l.patientName).isEmpty() ? tr("(no name)") : personName(l.patientName),
                           i.pseudoPatientId),
                  PatientLevel);
        // Keyed under their patient: a study UID two patients share (a
        // data-quality problem) shows under each, and no node stays empty.
        const QString studyKey = i.pseudoPatientId + QLatin1Char('/') + i.pseudoStudyUid;
        QStandardItem *study = child(
            patient, studyKey, tr("%1 %2").arg(dicomDate(l.studyDate), l.studyDescription).simplified(), StudyLevel);
        QStandardItem *series =
            child(study, studyKey + QLatin1Char('/') + i.pseudoSeriesUid,
                  tr("Series %1 · %2 %3").arg(l.seriesNumber).arg(i.modality, l.seriesDescription), SeriesLevel);
        const QList<QStandardItem *> row = makeRow(QString(), InstanceLevel);
        series->appendRow(row);
        m_items.insert(i.id, row[0]);
        updateInstance(i);
    }
}

void ProjectTreeModel::updateInstance(const ProjectInstance &i)
{
    QStandardItem *item = m_items.value(i.id);
    if (!item)
        return;
    const QString frames = i.frames > 1 ? tr(", %1 frames").arg(i.frames) : QString();
    // The project's ID first (what the CLI, the export and the report say), then the file's Instance Number.
    item->setText(tr("ID %1 · #%2 %3%4").arg(i.id).arg(i.labels.instanceNumber).arg(i.modality, frames));
    item->setIcon(statusIcon(i.status, i.optedOut));
    item->setData(i.id, InstanceIdRole);
    item->setData(int(i.status), StatusRole);
    item->setToolTip(tr("Instance %1 (Instance Number %2): %3")
                         .arg(i.id)
                         .arg(i.labels.instanceNumber)
                         .arg(statusText(i.status, i.optedOut)));
    QStandardItem *progress = item->parent()->child(item->row(), 1);
    progress->setText(statusText(i.status, i.optedOut));
    for (QStandardItem *node = item->parent(); node; node = node->parent())
        refreshCounts(node);
}

void ProjectTreeModel::refreshCounts(QStandardItem *node)
{
    int total = 0, done = 0;
    std::function<void(QStandardItem *)> walk = [&](QStandardItem *n) {
        for (int r = 0; r < n->rowCount(); ++r) {
            QStandardItem *c = n->child(r);
            if (c->data(LevelRole).toInt() == InstanceLevel) {
                ++total;
                done += decided(c) ? 1 : 0;
            } else {
                walk(c);
            }
        }
    };
    walk(node);
    QStandardItem *parent = node->parent() ? node->parent() : invisibleRootItem();
    parent->child(node->row(), 1)->setText(tr("%1 / %2").arg(done).arg(total));
}

void ProjectTreeModel::setThumbnail(qint64 id, const QImage &image)
{
    if (QStandardItem *item = m_items.value(id); item && item->parent())
        item->parent()->setIcon(QIcon(QPixmap::fromImage(image)));
}

QModelIndex ProjectTreeModel::indexOfInstance(qint64 id) const
{
    const QStandardItem *item = m_items.value(id);
    return item ? item->index() : QModelIndex();
}

} // namespace veil
