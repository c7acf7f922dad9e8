#pragma once

#include "engine/core/Result.h"

#include <QByteArray>
#include <QString>

namespace veil {

// A structural check of raw DICOM bytes, done before DCMTK parses them.
// DCMTK 3.6.7 recurses once per nested sequence and trusts declared lengths,
// so a hostile file can crash it; this walker is iterative, bounds every
// length by the bytes that remain and limits the nesting depth.
struct PreflightResult
{
    enum class Kind { Dicom, NotDicom, Gzip, Zip, Empty };
    Kind kind = Kind::NotDicom;
    // Fails unless Kind::Dicom and the structure is sound; the message says
    // why in one line (no PHI: tags and sizes only), the code is NotDicom for
    // the other kinds and Damaged for broken structure.
    Status status = failure(QStringLiteral("not checked"));
    bool hasPreamble = false;
    bool hasMetaHeader = false;
    QString transferSyntaxUid; // from the meta header, or a guess without one
    int maxSequenceDepth = 0;
    bool directoryRecords = false; // a top-level Directory Record Sequence (a DICOMDIR)
    quint32 stoppedAt = 0;         // with PreflightLimits::stopAtTag: the top-level tag the walk stopped at
};

struct PreflightLimits
{
    int maxSequenceDepth = 64;
    qint64 maxInflatedBytes = qint64(4) << 30; // deflated data sets
    // Non-zero: walk only the top-level elements before this tag
    // ((group << 16) | element), which must lie whole in the bytes given:
    // the head of a file that DCMTK is then asked to read up to that tag.
    quint32 stopAtTag = 0;
};

PreflightResult preflightDicom(const char *data, qint64 size, const PreflightLimits &limits = {});

} // namespace veil
