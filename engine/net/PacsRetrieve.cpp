#include "engine/jobs/JobContext.h"
#include "engine/net/PacsClient.h"
#include "engine/net/PacsScu.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QDir>
#include <QFile>

#include <memory>

namespace veil {
using namespace net;
namespace {

// Receives the C-STOREs of a C-GET: each object written whole under a
// neutral name, progress from the C-GET responses, cancel between objects.
class GetScu : public DcmSCU
{
public:
    GetScu(const QString &folder, JobContext &job, NetResult &result) : m_folder(folder), m_job(job), m_result(result)
    {
    }

    OFCondition handleSTORERequest(const T_ASC_PresentationContextID, DcmDataset *incoming, OFBool &continueSession,
                                   Uint16 &status) override
    {
        std::unique_ptr<DcmDataset> owned(incoming);
        if (m_job.isCancelled()) {
            m_result.cancelled = true;
            continueSession = OFFalse;
            status = STATUS_STORE_Refused_OutOfResources;
            return EC_Normal;
        }
        continueSession = OFTrue;
        const QString path = write(*owned);
        status = path.isEmpty() ? STATUS_STORE_Refused_OutOfResources : STATUS_Success;
        if (path.isEmpty())
            ++m_result.failed;
        else
            m_result.files << path;
        m_result.done = int(m_result.files.size());
        m_job.setProgress(m_result.done, m_total, QStringLiteral("Retrieving"));
        return EC_Normal;
    }

    OFCondition handleCGETResponse(const T_ASC_PresentationContextID id, RetrieveResponse *response,
                                   OFBool &continueSession) override
    {
        const OFCondition c = DcmSCU::handleCGETResponse(id, response, continueSession);
        if (response) {
            m_lastStatus = response->m_status;
            m_total = response->m_numberOfCompletedSubops + response->m_numberOfFailedSubops +
                      response->m_numberOfWarningSubops + response->m_numberOfRemainingSubops;
            m_peerFailed = response->m_numberOfFailedSubops;
        }
        return c;
    }

    Uint16 lastStatus() const { return m_lastStatus; }
    int peerFailed() const { return m_peerFailed; }

private:
    QString write(DcmDataset &ds) { return writeReceived(ds, m_folder, &m_next); }

    QString m_folder;
    JobContext &m_job;
    NetResult &m_result;
    int m_next = 0;
    qint64 m_total = -1;
    Uint16 m_lastStatus = 0;
    int m_peerFailed = 0;
};

} // namespace

NetResult retrieveStudy(const PacsNode &node, const QString &studyUid, const QString &folder, JobContext &job)
{
    NetResult r;
    if (!QDir().mkpath(folder)) {
        r.status = failure(QStringLiteral("cannot create the folder to retrieve into"), ErrorCode::Io);
        return r;
    }
    // What a killed retrieval was writing (whole files only ever get their names).
    QDir dir(folder);
    for (const QString &stale : dir.entryList({QStringLiteral(".veil-partial-*")}, QDir::Files | QDir::Hidden))
        dir.remove(stale);
    GetScu scu(folder, job, r);
    configure(scu, node);
    scu.addPresentationContext(UID_GETStudyRootQueryRetrieveInformationModel, uncompressedSyntaxes());
    // Veil stores what the peer sends on the same association (SCP role):
    // uncompressed, which the peer makes from any syntax without loss.
    for (int i = 0; i < numberOfDcmLongSCUStorageSOPClassUIDs; ++i)
        scu.addPresentationContext(dcmLongSCUStorageSOPClassUIDs[i], uncompressedSyntaxes(), ASC_SC_ROLE_SCP);
    if (Status opened = open(scu, node); !opened) {
        r.status = opened;
        return r;
    }
    DcmDataset keys;
    keys.putAndInsertString(DCM_QueryRetrieveLevel, "STUDY");
    keys.putAndInsertString(DCM_StudyInstanceUID, studyUid.toLatin1().constData());
    const T_ASC_PresentationContextID id =
        scu.findPresentationContextID(UID_GETStudyRootQueryRetrieveInformationModel, "");
    OFList<RetrieveResponse *> responses;
    const OFCondition c = guarded([&] { return scu.sendCGETRequest(id, &keys, &responses); });
    for (RetrieveResponse *response : responses)
        delete response;
    if (r.cancelled)
        scu.abortAssociation();
    else
        scu.releaseAssociation();
    r.failed += scu.peerFailed();
    if (r.cancelled)
        r.status = failure(QStringLiteral("cancelled after %1 instance(s)").arg(r.done), ErrorCode::Cancelled);
    else if (c.bad())
        r.status = networkError("C-GET", c);
    else if (r.failed > 0 || scu.lastStatus() != STATUS_Success)
        r.status = failure(QStringLiteral("C-GET incomplete: %1 received, %2 failed (%3)")
                               .arg(r.done)
                               .arg(r.failed)
                               .arg(statusText(scu.lastStatus())),
                           ErrorCode::Network);
    else if (r.done == 0)
        r.status = failure(QStringLiteral("the peer has no instance of this study"), ErrorCode::NotFound);
    return r;
}

StudiesRetrieved retrieveStudies(const PacsNode &node, const QStringList &studyUids, const QString &folder,
                                 bool subfolders, JobContext &job)
{
    StudiesRetrieved out;
    for (int n = 0; n < studyUids.size() && !job.isCancelled(); ++n) {
        const QString into = subfolders ? QStringLiteral("%1/study-%2").arg(folder).arg(n + 1) : folder;
        const NetResult r = retrieveStudy(node, studyUids[n], into, job);
        out.instances += r.done;
        out.cancelled = out.cancelled || r.cancelled;
        if (r.done > 0 && !out.folders.contains(into))
            out.folders << into;
        if (!r.status)
            out.errors << QStringLiteral("study %1 of %2: %3").arg(n + 1).arg(studyUids.size()).arg(r.status.message());
    }
    return out;
}

} // namespace veil
