#pragma once

#include "engine/dicom/DicomTypes.h"

#include <QList>
#include <QMap>

#include <functional>

namespace veil {

class JobContext;

struct FailedInput
{
    QString path;
    QString reason;
};

struct IndexResult
{
    QList<InstanceInfo> instances; // DICOMDIR files included (InstanceInfo::isDicomDir)
    QList<SkippedInput> skipped;   // not DICOM, missing, ...
    QList<FailedInput> failed;     // DICOM, but unreadable
    bool cancelled = false;

    // Reason -> count over skipped and failed, for summaries.
    QMap<QString, int> reasonCounts() const;
};

// What happened to one input, reported as soon as it is known.
struct IndexEvent
{
    enum class Kind { Instance, Skipped, Failed } kind;
    QString path;
    QString reason;               // Skipped, Failed
    const InstanceInfo *instance; // Instance
};

// Scans the paths and reads every header (no pixel data). One bad file never
// stops the rest: it is listed in skipped or failed with its reason.
IndexResult indexInputs(const QStringList &paths, JobContext &job,
                        const std::function<void(const IndexEvent &)> &onEvent = {});

// The reason without the variable part (byte offsets, sizes), for grouping.
QString reasonCategory(const QString &reason);

} // namespace veil
