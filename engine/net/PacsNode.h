#pragma once

#include "engine/core/Result.h"

#include <QString>

namespace veil {

// A DICOM peer (a PACS, Orthanc, a modality) and how Veil calls it.
struct PacsNode
{
    QString host;
    quint16 port = 104;
    QString calledAeTitle;                           // the peer's AE title
    QString callingAeTitle = QStringLiteral("VEIL"); // Veil's, as the peer knows it
    int timeoutSeconds = 30;                         // connection, association and each message

    // "dicom://ORTHANC@pacs.example.org:4242?calling=VEIL&timeout=30"
    QString toUrl() const;
};

// Reads a node from the form toUrl() writes (calling and timeout optional).
Result<PacsNode> parsePacsUrl(const QString &url);

} // namespace veil
