#pragma once

#include "dicom/StudyIndex.h"

#include <QStandardItemModel>

namespace veil {

// Patient -> study -> series -> instance, for the study browser.
class StudyTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role { InstanceRole = Qt::UserRole + 1, LevelRole };
    enum Level { PatientLevel, StudyLevel, SeriesLevel, InstanceLevel };

    explicit StudyTreeModel(QObject *parent = nullptr);

    void rebuild(const StudyIndex &index);
    // The model index of an instance (by StudyIndex position), or invalid.
    QModelIndex indexOfInstance(int instance) const;
};

} // namespace veil
