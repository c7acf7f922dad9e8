#pragma once

#include "engine/core/Result.h"

#include <QString>

#include <functional>

namespace veil {

class DeidKey;

// One of N parts of an archive, for runs on several machines (a Slurm job
// array, a Kubernetes indexed job). An instance belongs to the shard its
// Study Instance UID hashes into, keyed with the project secret: a study
// never spans two shards, and every machine with the secret agrees without
// talking to the others. Inputs without a study (not DICOM, unreadable) go
// by their path, so each is reported by exactly one shard.
struct Shard
{
    int index = 0;
    int count = 1;

    bool isWhole() const { return count <= 1; }
    bool takes(const DeidKey &key, const QString &studyUidOrPath) const;
    QString text() const { return QStringLiteral("%1/%2").arg(index).arg(count); }

    // "I/N" (0 <= I < N), or "auto": I from SLURM_ARRAY_TASK_ID (an array
    // 0..N-1) or Kubernetes' JOB_COMPLETION_INDEX; N from `countGiven`
    // (--shard-count: needed outside Slurm and for a task run again alone)
    // or SLURM_ARRAY_TASK_COUNT. `environment(name)` reads a variable.
    static Result<Shard> parse(const QString &text, int countGiven,
                               const std::function<QString(const char *)> &environment);
};

int shardIndexOf(const DeidKey &key, const QString &studyUidOrPath, int count);

} // namespace veil
