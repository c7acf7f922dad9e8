// Whole-archive scale (issue 17): a generated archive (CT-like studies of 3
// patients, plus the demo study: ultrasound with burned-in text, CT, SR)
// de-identified, tags and pixels, by veil-cli deid
//   - as 1 worker (one process, the whole archive),
//   - as 2 workers (two processes at once, --shard 0/2 and 1/2),
//   - as 4 shards of a job array on a one-node Slurm of its own
//     (tools/cluster/veil-deid.sbatch; as many at once as the node has CPUs),
//   - as 4 shard projects of a job array (tools/cluster/veil-project.sbatch:
//     project add --auto), then their merge at the desk (project merge),
// at 200 and 2,000 instances. Printed side by side: wall time, throughput
// and the peak resident set of each worker (GNU time), so one sees whether
// memory stays flat as the archive grows.
//   build/bin/bench_scale [SIZE...]      (default: 200 2000)
#include "../tests/e2e/GeneratedArchive.h"
#include "../tests/e2e/LocalSlurm.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

using namespace veil;

namespace {

struct Figures
{
    double seconds = 0;
    int written = 0;
    QList<long> peakKb; // one per worker
    bool ok = false;
};

int filesUnder(const QString &dir)
{
    int n = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

// The largest "veil-peak-rss-kb N" GNU time wrote into each of `files`.
QList<long> peaksIn(const QStringList &files)
{
    static const QRegularExpression line(QStringLiteral("veil-peak-rss-kb (\\d+)"));
    QList<long> out;
    for (const QString &f : files) {
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        long peak = 0;
        auto it = line.globalMatch(QString::fromUtf8(file.readAll()));
        while (it.hasNext())
            peak = std::max(peak, it.next().captured(1).toLong());
        out << peak;
    }
    return out;
}

// veil-cli under GNU time for array tasks: each task's peaks go to LOGS/task-I.time.
QString timedCli(const QString &logs)
{
    QDir().mkpath(logs);
    const QString wrapper = logs + QStringLiteral("/timed-veil-cli");
    QFile w(wrapper);
    if (!w.open(QIODevice::WriteOnly))
        return {};
    w.write(QStringLiteral("#!/bin/sh\nexec /usr/bin/time -a -f 'veil-peak-rss-kb %M' -o \"%1/task-$SLURM_ARRAY_TASK_ID"
                           ".time\" '%2' \"$@\"\n")
                .arg(logs, QStringLiteral(VEIL_CLI_PATH))
                .toUtf8());
    w.close();
    QFile::setPermissions(wrapper, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return wrapper;
}

QStringList taskTimes(const QString &logs)
{
    QStringList out;
    for (int i = 0; i < 4; ++i)
        out << QStringLiteral("%1/task-%2.time").arg(logs).arg(i);
    return out;
}

// `workers` local processes at once, shard i of `workers` each (1: the whole archive).
Figures local(const QString &in, const QString &out, const QString &key, int workers, const QString &logs)
{
    Figures f;
    QList<QProcess *> running;
    QStringList timeLogs;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < workers; ++i) {
        auto *p = new QProcess;
        p->setStandardOutputFile(QProcess::nullDevice());
        p->setStandardErrorFile(QProcess::nullDevice());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));
        p->setProcessEnvironment(env);
        timeLogs << QStringLiteral("%1/local-%2-of-%3.time").arg(logs).arg(i).arg(workers);
        QStringList args{QStringLiteral("-f"),
                         QStringLiteral("veil-peak-rss-kb %M"),
                         QStringLiteral("-o"),
                         timeLogs.last(),
                         QStringLiteral(VEIL_CLI_PATH),
                         QStringLiteral("deid"),
                         in,
                         QStringLiteral("--out"),
                         out,
                         QStringLiteral("--key-file"),
                         key};
        if (workers > 1)
            args << QStringLiteral("--shard") << QStringLiteral("%1/%2").arg(i).arg(workers);
        p->start(QStringLiteral("/usr/bin/time"), args);
        running << p;
    }
    f.ok = true;
    for (QProcess *p : running) {
        f.ok = p->waitForFinished(3600 * 1000) && p->exitCode() == 0 && f.ok;
        delete p;
    }
    f.seconds = t.elapsed() / 1000.0;
    f.written = filesUnder(out);
    f.peakKb = peaksIn(timeLogs);
    return f;
}

Figures slurm(test::LocalSlurm &cluster, const QString &in, const QString &out, const QString &key, const QString &logs)
{
    Figures f;
    const QString wrapper = timedCli(logs);
    if (wrapper.isEmpty())
        return f;
    QProcessEnvironment &env = cluster.environment();
    env.insert(QStringLiteral("VEIL_KEY_FILE"), key);
    env.insert(QStringLiteral("VEIL_CLI"), wrapper);
    env.insert(QStringLiteral("VEIL_SHARDS"), QStringLiteral("4"));
    QElapsedTimer t;
    t.start();
    const QString job = cluster.submit(QStringLiteral(VEIL_SOURCE_DIR "/tools/cluster/veil-deid.sbatch"), {in, out},
                                       QStringLiteral("0-3"), logs);
    if (job.isEmpty() || job.toLongLong() == 0) {
        std::fprintf(stderr, "bench_scale: sbatch refused the array: %s\n", qPrintable(job));
        return f;
    }
    f.ok = cluster.waitForJob(job, 3600);
    f.seconds = t.elapsed() / 1000.0;
    f.written = filesUnder(out);
    f.peakKb = peaksIn(taskTimes(logs));
    return f;
}

// Shard projects (tools/cluster/veil-project.sbatch: add --auto per task),
// then their merge at the desk, timed apart: `mergeSeconds`.
Figures slurmProjects(test::LocalSlurm &cluster, const QString &in, const QString &dir, const QString &key,
                      double *mergeSeconds)
{
    Figures f;
    const QString logs = dir + QStringLiteral("/logsp"), shards = dir + QStringLiteral("/shards");
    QDir().mkpath(logs);
    const QString pass = dir + QStringLiteral("/passphrase");
    QFile p(pass);
    if (!p.open(QIODevice::WriteOnly) || p.write("bench scale passphrase\n") < 0)
        return f;
    p.close();
    QProcessEnvironment &env = cluster.environment();
    env.insert(QStringLiteral("VEIL_PASSPHRASE_FILE"), pass);
    env.insert(QStringLiteral("VEIL_CLI"), timedCli(logs));
    QElapsedTimer t;
    t.start();
    const QString job = cluster.submit(QStringLiteral(VEIL_SOURCE_DIR "/tools/cluster/veil-project.sbatch"),
                                       {in, shards}, QStringLiteral("0-3"), logs);
    f.ok = job.toLongLong() > 0 && cluster.waitForJob(job, 3600);
    f.seconds = t.elapsed() / 1000.0;
    QProcessEnvironment local = QProcessEnvironment::systemEnvironment();
    local.insert(QStringLiteral("VEIL_PASSPHRASE"), QStringLiteral("bench scale passphrase"));
    const QString target = dir + QStringLiteral("/merged.veil");
    test::runProgram(QStringLiteral(VEIL_CLI_PATH),
                     {QStringLiteral("project"), QStringLiteral("create"), target, QStringLiteral("--key-file"), key},
                     local);
    QStringList args{QStringLiteral("-f"),          QStringLiteral("veil-peak-rss-kb %M"),
                     QStringLiteral("-o"),          logs + QStringLiteral("/merge.time"),
                     QStringLiteral(VEIL_CLI_PATH), QStringLiteral("project"),
                     QStringLiteral("merge"),       target};
    for (int i = 0; i < 4; ++i)
        args << QStringLiteral("%1/shard-%2.veil").arg(shards).arg(i);
    t.restart();
    int code = -1;
    const QString said = test::runProgram(QStringLiteral("/usr/bin/time"), args, local, &code);
    *mergeSeconds = t.elapsed() / 1000.0;
    f.ok = f.ok && code == 0;
    static const QRegularExpression added(QStringLiteral("(\\d+) instance\\(s\\) added"));
    f.written = added.match(said).captured(1).toInt();
    f.peakKb = peaksIn(taskTimes(logs) << logs + QStringLiteral("/merge.time")); // the tasks', then the merge's
    return f;
}

void print(int size, const char *config, const Figures &f)
{
    QStringList peaks;
    for (long kb : f.peakKb)
        peaks << QString::number(kb / 1024);
    std::printf("%6d  %-28s %8.1f s %8.1f inst/s   %s MB%s\n", size, config, f.seconds,
                f.written / std::max(f.seconds, 1e-3), qPrintable(peaks.join(QStringLiteral(" / "))),
                f.ok ? "" : "   (FAILED)");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    for (const QString &a : app.arguments().mid(1))
        sizes << a.toInt();
    if (sizes.isEmpty())
        sizes = {200, 2000};
    QTemporaryDir tmp(QStringLiteral("/tmp/veil-bench-scale-XXXXXX"));
    test::LocalSlurm cluster(tmp.filePath(QStringLiteral("slurm")));
    if (const QString why = cluster.start(); !why.isEmpty()) {
        std::fprintf(stderr, "bench_scale: %s\n", qPrintable(why));
        return 1;
    }
    const QString key = tmp.filePath(QStringLiteral("project.key"));
    test::runProgram(QStringLiteral(VEIL_CLI_PATH), {QStringLiteral("keygen"), key},
                     QProcessEnvironment::systemEnvironment());
    std::printf("veil-cli deid (tags and pixels) of a generated archive; %d CPU(s); peak resident set per worker\n",
                QThread::idealThreadCount());
    std::printf("%6s  %-28s %10s %15s   %s\n", "images", "configuration", "wall", "throughput", "peak RSS");
    for (int size : sizes) {
        const QString dir = tmp.filePath(QStringLiteral("n%1").arg(size)), in = dir + QStringLiteral("/in");
        test::writeGeneratedArchive(in, std::max(1, (size - 20) / 10), 10);
        test::runProgram(QStringLiteral(VEIL_CLI_PATH), {QStringLiteral("make-demo"), in + QStringLiteral("/demo")},
                         QProcessEnvironment::systemEnvironment());
        const int images = filesUnder(in);
        QDir().mkpath(dir + QStringLiteral("/logs"));
        print(images, "1 worker", local(in, dir + QStringLiteral("/out1"), key, 1, dir + QStringLiteral("/logs")));
        print(images, "2 workers (local processes)",
              local(in, dir + QStringLiteral("/out2"), key, 2, dir + QStringLiteral("/logs")));
        print(images, "4 Slurm shards (job array)",
              slurm(cluster, in, dir + QStringLiteral("/out4"), key, dir + QStringLiteral("/logs4")));
        double merge = 0;
        Figures projects = slurmProjects(cluster, in, dir, key, &merge);
        const long mergePeak = projects.peakKb.isEmpty() ? 0 : projects.peakKb.takeLast();
        print(images, "4 Slurm shard projects", projects);
        std::printf("%6s  %-28s %8.1f s %8.1f inst/s   %ld MB\n", "", "  then their merge", merge,
                    projects.written / std::max(merge, 1e-3), mergePeak / 1024);
        std::fflush(stdout);
    }
    return 0;
}
