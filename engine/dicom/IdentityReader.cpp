#include "dicom/IdentityReader.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcdict.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcsequen.h>

namespace veil {
namespace {

QString source(const DcmTagKey &tag)
{
    DcmTag t(tag);
    return QStringLiteral("(%1,%2) %3")
        .arg(tag.getGroup(), 4, 16, QLatin1Char('0'))
        .arg(tag.getElement(), 4, 16, QLatin1Char('0'))
        .arg(QString::fromLatin1(t.getTagName()));
}

void add(DcmItem &ds, const DcmTagKey &tag, QList<IdentityValues::Value> &to)
{
    OFString v;
    if (ds.findAndGetOFStringArray(tag, v).bad())
        return;
    for (const QString &part :
         QString::fromLatin1(v.c_str(), int(v.length())).split(QLatin1Char('\\'), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            to.push_back({part.trimmed(), source(tag)});
}

} // namespace

IdentityValues collectIdentity(DcmItem &ds)
{
    IdentityValues v;
    for (const DcmTagKey &t :
         {DCM_PatientName, DCM_OtherPatientNames, DCM_PatientBirthName, DCM_PatientMotherBirthName,
          DCM_ReferringPhysicianName, DCM_PerformingPhysicianName, DCM_OperatorsName, DCM_NameOfPhysiciansReadingStudy,
          DCM_RequestingPhysician, DCM_PhysiciansOfRecord, DCM_ResponsiblePerson})
        add(ds, t, v.names);
    for (const DcmTagKey &t : {DCM_PatientID, DCM_RETIRED_OtherPatientIDs, DCM_AccessionNumber,
                               DCM_PatientTelephoneNumbers, DCM_RETIRED_MedicalRecordLocator, DCM_IssuerOfPatientID,
                               DCM_StationName, DCM_DeviceSerialNumber, DCM_StudyID})
        add(ds, t, v.ids);
    for (const DcmTagKey &t :
         {DCM_InstitutionName, DCM_InstitutionAddress, DCM_InstitutionalDepartmentName, DCM_PatientAddress})
        add(ds, t, v.phrases);
    for (const DcmTagKey &t :
         {DCM_PatientBirthDate, DCM_StudyDate, DCM_SeriesDate, DCM_AcquisitionDate, DCM_ContentDate})
        add(ds, t, v.dates);
    DcmSequenceOfItems *others = nullptr;
    if (ds.findAndGetSequence(DCM_OtherPatientIDsSequence, others).good() && others)
        for (unsigned long i = 0; i < others->card(); ++i)
            add(*others->getItem(i), DCM_PatientID, v.ids);
    return v;
}

} // namespace veil
