#include "engine/dicom/input/IndexJob.h"

#include "engine/dicom/DicomFile.h"
#include "engine/dicom/input/InputScanner.h"
#include "engine/jobs/JobContext.h"

#include <QRegularExpression>

namespace veil {

QString reasonCategory(const QString &reason)
{
    static const QRegularExpression at(QStringLiteral(" \\(at byte \\d+\\)"));
    static const QRegularExpression numbers(QStringLiteral("(?<!,)\\b\\d+\\b(?!,)")); // not tag parts
    QString r = reason;
    r.remove(at);
    r.replace(numbers, QStringLiteral("N"));
    return r;
}

QMap<QString, int> IndexResult::reasonCounts() const
{
    QMap<QString, int> counts;
    for (const SkippedInput &s : skipped)
        ++counts[reasonCategory(s.reason)];
    for (const FailedInput &f : failed)
        ++counts[reasonCategory(f.reason)];
    return counts;
}

IndexResult indexInputs(const QStringList &paths, JobContext &job,
                        const std::function<void(const IndexEvent &)> &onEvent)
{
    IndexResult result;
    job.setProgress(0, 0, QStringLiteral("Scanning"));
    ScanResult scan = scanInputs(paths, job);
    auto emitEvent = [&](IndexEvent::Kind kind, const QString &path, const QString &reason, const InstanceInfo *info) {
        if (onEvent)
            onEvent(IndexEvent{kind, path, reason, info});
    };
    for (const SkippedInput &s : scan.skipped) { // a missing input is a failure; junk is only skipped
        if (s.failure)
            result.failed.push_back({s.path, s.reason});
        else
            result.skipped.push_back(s);
        emitEvent(s.failure ? IndexEvent::Kind::Failed : IndexEvent::Kind::Skipped, s.path, s.reason, nullptr);
    }
    const qint64 total = scan.items.size();
    for (qint64 i = 0; i < total; ++i) {
        if (job.isCancelled()) {
            result.cancelled = true;
            break;
        }
        const InputItem &item = scan.items[qsizetype(i)];
        if (const Result<std::unique_ptr<DicomFile>> file = DicomFile::open(item)) {
            result.instances.push_back((*file)->info());
            emitEvent(IndexEvent::Kind::Instance, item.displayPath(), {}, &result.instances.back());
        } else if (file.code() == ErrorCode::NotDicom) {
            result.skipped.push_back({item.displayPath(), file.message()});
            emitEvent(IndexEvent::Kind::Skipped, item.displayPath(), file.message(), nullptr);
        } else {
            result.failed.push_back({item.displayPath(), file.message()});
            emitEvent(IndexEvent::Kind::Failed, item.displayPath(), file.message(), nullptr);
        }
        job.setProgress(i + 1, total, QStringLiteral("Reading headers"));
    }
    result.cancelled = job.isCancelled();
    return result;
}

} // namespace veil
