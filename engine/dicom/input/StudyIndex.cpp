#include "engine/dicom/input/StudyIndex.h"

#include <algorithm>

namespace veil {
namespace {

template <typename List, typename Pred> auto &findOrAppend(List &list, Pred pred)
{
    auto it = std::find_if(list.begin(), list.end(), pred);
    if (it != list.end())
        return *it;
    list.push_back({});
    return list.back();
}

} // namespace

void StudyIndex::add(const InstanceInfo &info)
{
    const int index = int(m_instances.size());
    m_instances.push_back(info);

    PatientNode &patient = findOrAppend(
        m_patients, [&](const PatientNode &p) { return p.patientId == info.patientId && p.name == info.patientName; });
    if (patient.studies.isEmpty()) {
        patient.patientId = info.patientId;
        patient.name = info.patientName;
        patient.birthDate = info.patientBirthDate;
        patient.sex = info.patientSex;
    }
    StudyNode &study =
        findOrAppend(patient.studies, [&](const StudyNode &s) { return s.studyInstanceUid == info.studyInstanceUid; });
    if (study.series.isEmpty()) {
        study.studyInstanceUid = info.studyInstanceUid;
        study.date = info.studyDate;
        study.description = info.studyDescription;
        study.accessionNumber = info.accessionNumber;
        std::stable_sort(patient.studies.begin(), patient.studies.end(),
                         [](const StudyNode &a, const StudyNode &b) { return a.date < b.date; });
    }
    StudyNode &s = *std::find_if(patient.studies.begin(), patient.studies.end(),
                                 [&](const StudyNode &x) { return x.studyInstanceUid == info.studyInstanceUid; });
    ++s.instanceCount;
    SeriesNode &series =
        findOrAppend(s.series, [&](const SeriesNode &x) { return x.seriesInstanceUid == info.seriesInstanceUid; });
    if (series.instances.isEmpty()) {
        series.seriesInstanceUid = info.seriesInstanceUid;
        series.modality = info.modality;
        series.description = info.seriesDescription;
        series.number = info.seriesNumber;
    }
    series.instances.push_back(index);
    series.frameCount += info.frames;
    std::stable_sort(series.instances.begin(), series.instances.end(),
                     [this](int a, int b) { return m_instances[a].instanceNumber < m_instances[b].instanceNumber; });
    std::stable_sort(s.series.begin(), s.series.end(),
                     [](const SeriesNode &a, const SeriesNode &b) { return a.number < b.number; });
}

void StudyIndex::clear()
{
    m_instances.clear();
    m_patients.clear();
}

int StudyIndex::studyCount() const
{
    int n = 0;
    for (const PatientNode &p : m_patients)
        n += int(p.studies.size());
    return n;
}

int StudyIndex::seriesCount() const
{
    int n = 0;
    for (const PatientNode &p : m_patients)
        for (const StudyNode &s : p.studies)
            n += int(s.series.size());
    return n;
}

int StudyIndex::firstImageInstance() const
{
    for (const PatientNode &p : m_patients)
        for (const StudyNode &s : p.studies)
            for (const SeriesNode &se : s.series)
                for (int i : se.instances)
                    if (m_instances[i].hasPixelData)
                        return i;
    return -1;
}

} // namespace veil
