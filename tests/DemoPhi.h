#pragma once

// Every identifier of the demo study, as bytes that must never leave Veil:
// names, IDs, dates in three spellings, accession, institution, physicians
// and every original UID of the files in `demo`.

#include "engine/dicom/DicomFile.h"

#include <QByteArray>
#include <QDirIterator>
#include <QList>

namespace veil::test {

inline QList<QByteArray> demoPhi(const QString &demo)
{
    QList<QByteArray> phi = {"VEILDEMO",      "VD-0042-7731",          "19610704",      "07/04/1961", "1961-07-04",
                             "ACC-DEMO-5561", "FAKE GENERAL HOSPITAL", "NOBODY^DOCTOR", "SONO^SAM",   "20240315"};
    QDirIterator it(demo, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        auto f = DicomFile::open({it.next(), {}}).valueOr(nullptr);
        for (const QString &uid : {f->info().sopInstanceUid, f->info().seriesInstanceUid, f->info().studyInstanceUid})
            if (!phi.contains(uid.toLatin1()))
                phi << uid.toLatin1();
    }
    return phi;
}

} // namespace veil::test
