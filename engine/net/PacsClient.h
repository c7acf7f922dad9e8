#pragma once

#include "engine/core/Result.h"
#include "engine/net/PacsNode.h"

#include <QList>
#include <QStringList>

namespace veil {

class JobContext;

// What to look for on a PACS (Study Root C-FIND at STUDY level). Empty keys
// match anything; DICOM wildcards (* ?) and date ranges ("20240101-") work.
struct StudyQuery
{
    QString patientId;
    QString patientName;
    QString studyDate;
    QString accessionNumber;
    QString modality; // one of the study's modalities
    QString studyUid;
};

// One study the PACS has (shown to the person who picks what to retrieve).
struct StudyMatch
{
    QString studyUid;
    QString patientId;
    QString patientName;
    QString studyDate;
    QString accessionNumber;
    QString modalities; // "CT\\SR"
    QString description;
    int instances = -1; // -1: the PACS did not say
};

// What a transfer did. `status` fails when not all of it went (network,
// association, peer status, cancel): never data from the images in it.
struct NetResult
{
    Status status;
    int done = 0;      // instances received or sent
    int failed = 0;    // sub-operations the peer or Veil could not complete
    QStringList files; // retrieved: where they were written
    bool cancelled = false;
};

// DICOM networking (DCMTK dcmnet, DcmSCU): verification, query, retrieval
// with C-GET (no port of Veil's own to open) and storage, for one peer.
// Everything is synchronous and honours the job's cancel between messages.
Status echo(const PacsNode &node);
Result<QList<StudyMatch>> findStudies(const PacsNode &node, const StudyQuery &query);

// Every instance of a study into `folder` (created if needed), each written
// to a hidden temporary name and renamed when whole: IM000001.dcm, ... (no
// identifier in any name). An interrupted retrieval leaves only whole files
// (what a killed one was writing is removed by the next into the folder).
NetResult retrieveStudy(const PacsNode &node, const QString &studyUid, const QString &folder, JobContext &job);

// Several studies, one after the other until cancelled: each into a
// subfolder of `folder` (study-1, study-2: nothing from the headers in a
// name), or a single one straight into `folder` when `subfolders` is false.
// `folders` lists where something arrived (also when a study came only in
// part); `errors` says, per study, why not all of it did.
struct StudiesRetrieved
{
    QStringList folders, errors;
    int instances = 0;
    bool cancelled = false;
};
StudiesRetrieved retrieveStudies(const PacsNode &node, const QStringList &studyUids, const QString &folder,
                                 bool subfolders, JobContext &job);

// C-STORE of files (Part 10), in their own transfer syntax where the peer
// takes it, else converted to an uncompressed one.
NetResult storeFiles(const PacsNode &node, const QStringList &files, JobContext &job);

} // namespace veil
