#include "engine/net/PacsScu.h"

#include "engine/dicom/DicomInit.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QFile>

namespace veil::net {

OFList<OFString> uncompressedSyntaxes()
{
    OFList<OFString> syntaxes;
    syntaxes.push_back(UID_LittleEndianExplicitTransferSyntax);
    syntaxes.push_back(UID_LittleEndianImplicitTransferSyntax);
    return syntaxes;
}

void configure(DcmSCU &scu, const PacsNode &node)
{
    ensureDicomInitialised(); // logging off (messages can name patients), dictionary, codecs
    scu.setAETitle(node.callingAeTitle.toLatin1().constData());
    scu.setPeerAETitle(node.calledAeTitle.toLatin1().constData());
    scu.setPeerHostName(node.host.toLatin1().constData());
    scu.setPeerPort(node.port);
    scu.setConnectionTimeout(node.timeoutSeconds);
    scu.setACSETimeout(Uint32(node.timeoutSeconds));
    scu.setDIMSETimeout(Uint32(node.timeoutSeconds));
    scu.setDIMSEBlockingMode(DIMSE_NONBLOCKING);
}

Status open(DcmSCU &scu, const PacsNode &node)
{
    OFCondition c = scu.initNetwork();
    if (c.good())
        c = scu.negotiateAssociation();
    if (c.good())
        return {};
    const QString where = QStringLiteral("%1 at %2:%3").arg(node.calledAeTitle, node.host).arg(node.port);
    if (c == DUL_ASSOCIATIONREJECTED)
        return failure(QStringLiteral("%1 refused the association (is %2 known to it as a DICOM node?)")
                           .arg(where, node.callingAeTitle),
                       ErrorCode::Network);
    if (c == NET_EC_NoAcceptablePresentationContexts)
        return failure(QStringLiteral("%1 accepts none of the services asked for").arg(where), ErrorCode::Network);
    return failure(QStringLiteral("cannot reach %1: %2").arg(where, QString::fromLatin1(c.text())), ErrorCode::Network);
}

QString statusText(Uint16 status)
{
    return QStringLiteral("status 0x%1").arg(status, 4, 16, QLatin1Char('0'));
}

Error networkError(const char *operation, const OFCondition &c)
{
    return failure(QStringLiteral("%1 failed: %2").arg(QLatin1String(operation), QString::fromLatin1(c.text())),
                   ErrorCode::Network);
}

StudyMatch studyMatchOf(DcmDataset &ds)
{
    ds.convertToUTF8(); // names in the study's own character set
    auto get = [&](const DcmTagKey &tag) {
        OFString v;
        ds.findAndGetOFStringArray(tag, v);
        return fromDicom(v);
    };
    StudyMatch m{get(DCM_StudyInstanceUID), get(DCM_PatientID),         get(DCM_PatientName),      get(DCM_StudyDate),
                 get(DCM_AccessionNumber),  get(DCM_ModalitiesInStudy), get(DCM_StudyDescription), -1};
    bool ok = false;
    const int n = get(DCM_NumberOfStudyRelatedInstances).toInt(&ok);
    m.instances = ok ? n : -1;
    return m;
}

QString writeReceived(DcmDataset &ds, const QString &folder, int *next)
{
    QString name;
    do
        name = folder + QStringLiteral("/IM%1.dcm").arg(++*next, 6, 10, QLatin1Char('0'));
    while (QFile::exists(name));
    const QString part = folder + QStringLiteral("/.veil-partial-%1").arg(*next);
    DcmFileFormat ff(&ds);
    const E_TransferSyntax xfer = ds.getOriginalXfer();
    if (ff.saveFile(OFFilename(part.toLocal8Bit().constData()), xfer).bad() || !QFile::rename(part, name)) {
        QFile::remove(part);
        return {};
    }
    return name;
}

QString fromDicom(const OFString &s)
{
    return QString::fromUtf8(s.c_str()).trimmed();
}

} // namespace veil::net
