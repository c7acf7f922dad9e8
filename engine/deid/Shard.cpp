#include "engine/deid/Shard.h"

#include "engine/deid/DeidKey.h"

#include <QRegularExpression>

#include <cstring>
#include <functional>

namespace veil {

int shardIndexOf(const DeidKey &key, const QString &studyUidOrPath, int count)
{
    if (count <= 1)
        return 0;
    const QByteArray h = key.hash("shard", studyUidOrPath.toUtf8(), 8);
    quint64 v = 0;
    std::memcpy(&v, h.constData(), 8);
    return int(v % quint64(count));
}

bool Shard::takes(const DeidKey &key, const QString &studyUidOrPath) const
{
    return isWhole() || shardIndexOf(key, studyUidOrPath, count) == index;
}

Result<Shard> Shard::parse(const QString &text, int countGiven, const std::function<QString(const char *)> &environment)
{
    auto number = [](const QString &s, bool *ok) { return s.trimmed().toInt(ok); };
    bool okIndex = false, okCount = false;
    Shard s;
    if (text == QLatin1String("auto")) {
        if (!environment("SLURM_ARRAY_TASK_ID").isEmpty()) {
            // Arrays run 0..N-1; a task run again alone (--array=5) gives --shard-count.
            s.index = number(environment("SLURM_ARRAY_TASK_ID"), &okIndex);
            s.count = countGiven > 0 ? countGiven : number(environment("SLURM_ARRAY_TASK_COUNT"), &okCount);
            okCount = okCount || countGiven > 0;
        } else if (!environment("JOB_COMPLETION_INDEX").isEmpty()) {
            s.index = number(environment("JOB_COMPLETION_INDEX"), &okIndex);
            s.count = countGiven;
            okCount = countGiven > 0;
        } else {
            return failure(QStringLiteral("--shard auto: neither SLURM_ARRAY_TASK_ID nor JOB_COMPLETION_INDEX is set"),
                           ErrorCode::Invalid);
        }
    } else {
        static const QRegularExpression form(QStringLiteral("^(\\d+)/(\\d+)$"));
        const QRegularExpressionMatch m = form.match(text.trimmed());
        if (m.hasMatch()) {
            s.index = number(m.captured(1), &okIndex);
            s.count = number(m.captured(2), &okCount);
        }
    }
    if (!okIndex || !okCount || s.count < 1 || s.index < 0 || s.index >= s.count)
        return failure(QStringLiteral("--shard takes I/N with 0 <= I < N, or auto (with --shard-count N outside "
                                      "Slurm): got '%1' (%2/%3)")
                           .arg(text)
                           .arg(s.index)
                           .arg(s.count),
                       ErrorCode::Invalid);
    return s;
}

} // namespace veil
