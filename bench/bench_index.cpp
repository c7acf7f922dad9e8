// Indexes a folder (default: the shared corpus) and prints instances/s for
// header-only reading and for a full decode of every frame, on one thread
// and on all cores.
//   build/bin/bench_index [PATH] [--repeat N]
#include "engine/dicom/DicomFile.h"
#include "engine/dicom/input/IndexJob.h"
#include "engine/jobs/JobContext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <cstdio>

using namespace veil;

namespace {

struct DecodeTally
{
    std::atomic<qint64> frames{0};
    std::atomic<qint64> failedFrames{0};
    std::atomic<qint64> pixels{0};
};

void decodeAll(const InstanceInfo &info, DecodeTally &tally)
{
    auto file = DicomFile::open(info.source).valueOr(nullptr);
    if (!file)
        return;
    for (int f = 0; f < info.frames; ++f) {
        if (const Result<DisplayFrame> frame = file->renderFrame(f)) {
            ++tally.frames;
            tally.pixels += qint64(frame->width) * frame->height;
        } else {
            ++tally.failedFrames;
        }
    }
}

void report(const char *what, qint64 instances, qint64 ms, const QString &extra = {})
{
    std::printf("%-34s %6lld instances in %7.2f s = %8.1f instances/s %s\n", what, qlonglong(instances), ms / 1000.0,
                ms > 0 ? instances * 1000.0 / ms : 0.0, qPrintable(extra));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int repeat = 3;
    const qsizetype r = args.indexOf(QStringLiteral("--repeat"));
    if (r >= 0 && r + 1 < args.size()) {
        repeat = std::max(1, args[r + 1].toInt());
        args.remove(r, 2);
    }
    const QString path = args.value(0, QStringLiteral(VEIL_TESTDATA_DIR));
    std::printf("bench_index: %s, %d core(s), best of %d\n", qPrintable(path), QThread::idealThreadCount(), repeat);

    IndexResult index;
    qint64 best = -1;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        index = indexInputs({path}, JobContext::none());
        const qint64 ms = t.elapsed();
        best = best < 0 ? ms : std::min(best, ms);
    }
    report("headers only (1 thread)", index.instances.size(), best,
           QStringLiteral("(%1 skipped, %2 failed)").arg(index.skipped.size()).arg(index.failed.size()));

    QList<InstanceInfo> images;
    for (const InstanceInfo &i : index.instances)
        if (i.hasPixelData)
            images << i;

    for (const bool parallel : {false, true}) {
        DecodeTally tally;
        QElapsedTimer t;
        t.start();
        if (parallel)
            QtConcurrent::blockingMap(images, [&tally](const InstanceInfo &i) { decodeAll(i, tally); });
        else
            for (const InstanceInfo &i : images)
                decodeAll(i, tally);
        const qint64 ms = t.elapsed();
        report(parallel ? "full decode, all frames (all cores)" : "full decode, all frames (1 thread)", images.size(),
               ms,
               QStringLiteral("(%1 frames, %2 Mpixel/s, %3 frames failed)")
                   .arg(tally.frames.load())
                   .arg(ms > 0 ? tally.pixels.load() / 1000.0 / ms : 0.0, 0, 'f', 1)
                   .arg(tally.failedFrames.load()));
    }
    return 0;
}
