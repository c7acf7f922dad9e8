#pragma once

#include "engine/dicom/DicomTypes.h"

#include <QHash>
#include <QList>

namespace veil {

struct SeriesNode
{
    QString seriesInstanceUid;
    QString modality;
    QString description;
    int number = 0;
    QList<int> instances; // indexes into StudyIndex::instance(), by instance number
    int frameCount = 0;
};

struct StudyNode
{
    QString studyInstanceUid;
    QString date;
    QString description;
    QString accessionNumber;
    QList<SeriesNode> series; // by series number
    int instanceCount = 0;
};

struct PatientNode
{
    QString patientId;
    QString name;
    QString birthDate;
    QString sex;
    QList<StudyNode> studies; // by date
};

// Patient -> study -> series -> instance, built from instance headers.
class StudyIndex
{
public:
    void add(const InstanceInfo &info);
    void clear();

    const QList<PatientNode> &patients() const { return m_patients; }
    const InstanceInfo &instance(int i) const { return m_instances.at(i); }
    int instanceCount() const { return int(m_instances.size()); }
    int seriesCount() const;
    int studyCount() const;
    // The first instance (by the tree's order) that has pixel data, or -1.
    int firstImageInstance() const;

private:
    QList<InstanceInfo> m_instances;
    QList<PatientNode> m_patients;
};

} // namespace veil
