#pragma once

#include "engine/project/ProjectTypes.h"

#include <QHash>
#include <QStandardItemModel>

namespace veil {

// Patient -> study -> series -> instance of a project, with review progress
// per node ("reviewed / total") and a status icon per instance.
class ProjectTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role { InstanceIdRole = Qt::UserRole + 1, StatusRole, LevelRole };
    enum Level { PatientLevel, StudyLevel, SeriesLevel, InstanceLevel };
    explicit ProjectTreeModel(QObject *parent = nullptr);

    // `instances` in browser order.
    void rebuild(const QList<ProjectInstance> &instances);
    void updateInstance(const ProjectInstance &instance);
    QModelIndex indexOfInstance(qint64 id) const;
    // Shown on the series row of the instance.
    void setThumbnail(qint64 id, const QImage &image);

    static QIcon statusIcon(ReviewStatus status, bool optedOut);
    static QString statusText(ReviewStatus status, bool optedOut);

private:
    void refreshCounts(QStandardItem *node);
    QHash<qint64, QStandardItem *> m_items;
};

} // namespace veil
