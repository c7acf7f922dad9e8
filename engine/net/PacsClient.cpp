#include "engine/net/PacsClient.h"

#include "engine/jobs/JobContext.h"
#include "engine/net/PacsScu.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QMap>
#include <QPair>
#include <QSet>

namespace veil {
using namespace net;

Status echo(const PacsNode &node)
{
    DcmSCU scu;
    configure(scu, node);
    scu.addPresentationContext(UID_VerificationSOPClass, uncompressedSyntaxes());
    if (Status opened = open(scu, node); !opened)
        return opened;
    const OFCondition c = guarded([&] { return scu.sendECHORequest(0); });
    scu.releaseAssociation();
    if (c.bad())
        return networkError("C-ECHO", c);
    return {};
}

namespace {

void putKey(DcmDataset &keys, const DcmTagKey &tag, const QString &value)
{
    keys.putAndInsertString(tag, value.toUtf8().constData());
}

} // namespace

Result<QList<StudyMatch>> findStudies(const PacsNode &node, const StudyQuery &q)
{
    DcmSCU scu;
    configure(scu, node);
    scu.addPresentationContext(UID_FINDStudyRootQueryRetrieveInformationModel, uncompressedSyntaxes());
    if (Status opened = open(scu, node); !opened)
        return opened.error();
    DcmDataset keys;
    keys.putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192"); // UTF-8 keys
    putKey(keys, DCM_QueryRetrieveLevel, QStringLiteral("STUDY"));
    putKey(keys, DCM_StudyInstanceUID, q.studyUid);
    putKey(keys, DCM_PatientID, q.patientId);
    putKey(keys, DCM_PatientName, q.patientName);
    putKey(keys, DCM_StudyDate, q.studyDate);
    putKey(keys, DCM_AccessionNumber, q.accessionNumber);
    putKey(keys, DCM_ModalitiesInStudy, q.modality);
    putKey(keys, DCM_StudyDescription, {});
    putKey(keys, DCM_NumberOfStudyRelatedInstances, {});
    OFList<QRResponse *> responses;
    const T_ASC_PresentationContextID id =
        scu.findPresentationContextID(UID_FINDStudyRootQueryRetrieveInformationModel, "");
    const OFCondition c = guarded([&] { return scu.sendFINDRequest(id, &keys, &responses); });
    QList<StudyMatch> matches;
    Uint16 last = 0;
    for (QRResponse *response : responses) {
        last = response->m_status;
        if (response->m_dataset && DICOM_PENDING_STATUS(response->m_status))
            matches << studyMatchOf(*response->m_dataset);
        delete response;
    }
    scu.releaseAssociation();
    if (c.bad())
        return networkError("C-FIND", c);
    if (last != STATUS_Success)
        return failure(QStringLiteral("C-FIND refused: %1").arg(statusText(last)), ErrorCode::Network);
    return matches;
}

namespace {

struct Outgoing
{
    QString path;
    QString sopClass, syntax;
};

bool readMeta(const QString &path, Outgoing *out)
{
    DcmFileFormat ff;
    if (ff.loadFile(OFFilename(path.toLocal8Bit().constData()), EXS_Unknown, EGL_noChange, DCM_MaxReadLength,
                    ERM_metaOnly)
            .bad())
        return false;
    OFString sop, ts;
    ff.getMetaInfo()->findAndGetOFString(DCM_MediaStorageSOPClassUID, sop);
    ff.getMetaInfo()->findAndGetOFString(DCM_TransferSyntaxUID, ts);
    *out = {path, QString::fromLatin1(sop.c_str()), QString::fromLatin1(ts.c_str())};
    return !sop.empty() && !ts.empty();
}

// One association for up to ~60 kinds of file: a context for each SOP class
// in its own syntax, and one uncompressed for conversion where that is refused.
void storeBatch(const PacsNode &node, const QList<Outgoing> &batch, qint64 total, JobContext &job, NetResult &r)
{
    DcmSCU scu;
    configure(scu, node);
    scu.setDatasetConversionMode(OFTrue);
    QSet<QPair<QString, QString>> pairs;
    QSet<QString> classes;
    for (const Outgoing &o : batch)
        pairs.insert({o.sopClass, o.syntax});
    for (const auto &p : pairs) {
        OFList<OFString> one;
        one.push_back(p.second.toLatin1().constData());
        scu.addPresentationContext(p.first.toLatin1().constData(), one);
        classes.insert(p.first);
    }
    for (const QString &c : classes)
        scu.addPresentationContext(c.toLatin1().constData(), uncompressedSyntaxes());
    if (Status opened = open(scu, node); !opened) {
        if (r.status)
            r.status = opened;
        r.failed += int(batch.size());
        return;
    }
    for (const Outgoing &o : batch) {
        if (job.isCancelled()) {
            r.cancelled = true;
            break;
        }
        Uint16 status = 0;
        const OFCondition c = guarded(
            [&] { return scu.sendSTORERequest(0, OFFilename(o.path.toLocal8Bit().constData()), nullptr, status); });
        const bool stored = c.good() && (status == STATUS_Success || DICOM_WARNING_STATUS(status));
        r.done += stored ? 1 : 0;
        r.failed += stored ? 0 : 1;
        if (!stored && r.status)
            r.status = c.good()
                           ? failure(QStringLiteral("C-STORE refused: %1").arg(statusText(status)), ErrorCode::Network)
                           : networkError("C-STORE", c);
        job.setProgress(r.done + r.failed, total, QStringLiteral("Sending"));
    }
    scu.releaseAssociation();
}

} // namespace

NetResult storeFiles(const PacsNode &node, const QStringList &files, JobContext &job)
{
    NetResult r;
    QMap<QPair<QString, QString>, QList<Outgoing>> byKind;
    for (const QString &f : files) {
        Outgoing o;
        if (readMeta(f, &o))
            byKind[{o.sopClass, o.syntax}] << o;
        else
            ++r.failed;
    }
    QList<Outgoing> batch;
    int kinds = 0;
    for (auto it = byKind.cbegin(); it != byKind.cend() && !r.cancelled; ++it) {
        batch += it.value();
        if (++kinds == 60 || std::next(it) == byKind.cend()) {
            storeBatch(node, batch, files.size(), job, r);
            batch.clear();
            kinds = 0;
        }
    }
    if (r.cancelled && r.status)
        r.status = failure(QStringLiteral("cancelled after %1 of %2 file(s)").arg(r.done).arg(files.size()),
                           ErrorCode::Cancelled);
    else if (r.failed > 0 && r.status)
        r.status = failure(QStringLiteral("%1 file(s) are not DICOM Part 10 files").arg(r.failed), ErrorCode::Invalid);
    return r;
}

} // namespace veil
