#include "engine/dicom/header/IdentityReader.h"

#include "engine/dicom/deid/DeidWalker.h"

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

// Each value of `tag`, read in the object's character set.
void add(DcmItem &ds, const DcmTagKey &tag, QList<IdentityValues::Value> &to, const DicomCharset &charset)
{
    DcmElement *e = nullptr;
    if (ds.findAndGetElement(tag, e).bad() || !e)
        return;
    for (const QString &part : elementText(e, charset).split(QLatin1Char('\\'), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            to.push_back({part.trimmed(), source(tag)});
}

} // namespace

IdentityValues collectIdentity(DcmItem &ds)
{
    IdentityValues v;
    const DicomCharset charset = charsetOf(ds);
    for (const DcmTagKey &t :
         {DCM_PatientName, DCM_OtherPatientNames, DCM_PatientBirthName, DCM_PatientMotherBirthName,
          DCM_ReferringPhysicianName, DCM_PerformingPhysicianName, DCM_OperatorsName, DCM_NameOfPhysiciansReadingStudy,
          DCM_RequestingPhysician, DCM_PhysiciansOfRecord, DCM_ResponsiblePerson})
        add(ds, t, v.names, charset);
    for (const DcmTagKey &t : {DCM_PatientID, DCM_RETIRED_OtherPatientIDs, DCM_AccessionNumber,
                               DCM_PatientTelephoneNumbers, DCM_RETIRED_MedicalRecordLocator, DCM_IssuerOfPatientID,
                               DCM_StationName, DCM_DeviceSerialNumber, DCM_StudyID})
        add(ds, t, v.ids, charset);
    for (const DcmTagKey &t :
         {DCM_InstitutionName, DCM_InstitutionAddress, DCM_InstitutionalDepartmentName, DCM_PatientAddress})
        add(ds, t, v.phrases, charset);
    for (const DcmTagKey &t :
         {DCM_PatientBirthDate, DCM_StudyDate, DCM_SeriesDate, DCM_AcquisitionDate, DCM_ContentDate})
        add(ds, t, v.dates, charset);
    DcmSequenceOfItems *others = nullptr;
    if (ds.findAndGetSequence(DCM_OtherPatientIDsSequence, others).good() && others)
        for (unsigned long i = 0; i < others->card(); ++i)
            add(*others->getItem(i), DCM_PatientID, v.ids, charset);
    return v;
}

} // namespace veil
