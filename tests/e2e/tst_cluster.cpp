// Shards on a real Slurm (issue 17): a one-node cluster of its own (munged,
// slurmctld, slurmd on loopback, their own configuration, state and socket
// in a temporary folder; no system service), the array script of
// tools/cluster over a generated archive in 4 shards; the shards' outputs
// together are one whole run's, byte for byte, also when a shard is
// cancelled half-way and run again. When Slurm cannot start, the test says
// why and fails.
#include "HostileFiles.h"
#include "ProjectDump.h"
#include "TestData.h"
#include "TestResult.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <pwd.h>
#include <unistd.h>

using namespace veil;

namespace {

QString run(const QString &program, const QStringList &args, const QProcessEnvironment &env, int *code = nullptr)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.waitForFinished(600000);
    if (code)
        *code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAll());
}

// Who runs the test (the daemons run as this user too).
QString userName()
{
    const passwd *pw = getpwuid(geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QStringLiteral("root");
}

const QString kPass = QStringLiteral("cluster test passphrase");

QString tail(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().right(1500)) : QStringLiteral("(no log)");
}

} // namespace

class TestCluster : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp{QStringLiteral("/tmp/veil-slurm-XXXXXX")};
    QString m_dir, m_in, m_key;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QStringList m_pidFiles;

    QString slurm(const char *tool, const QStringList &args, int *code = nullptr)
    {
        return run(QStandardPaths::findExecutable(QLatin1String(tool),
                                                  {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")}),
                   args, m_env, code);
    }

    void writeConfig()
    {
        const int port = 20000 + int(QRandomGenerator::global()->bounded(20000));
        const QString user = userName();
        const long memMb = sysconf(_SC_PHYS_PAGES) / 1024 * sysconf(_SC_PAGESIZE) / 1024 - 1024;
        char host[256] = {};
        gethostname(host, sizeof host - 1);
        const QString h = QString::fromLatin1(host).section(QLatin1Char('.'), 0, 0);
        QFile conf(m_dir + QStringLiteral("/slurm.conf"));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(QStringLiteral("ClusterName=veiltest\nSlurmctldHost=%1(127.0.0.1)\nSlurmctldPort=%2\n"
                                  "SlurmdPort=%3\nSlurmUser=%4\nSlurmdUser=%4\nAuthType=auth/munge\n"
                                  "AuthInfo=socket=%5/munge.socket\nStateSaveLocation=%5/state\n"
                                  "SlurmdSpoolDir=%5/spool\nSlurmctldPidFile=%5/slurmctld.pid\n"
                                  "SlurmdPidFile=%5/slurmd.pid\nSlurmctldLogFile=%5/slurmctld.log\n"
                                  "SlurmdLogFile=%5/slurmd.log\nProctrackType=proctrack/linuxproc\n"
                                  "TaskPlugin=task/none\nSchedulerType=sched/backfill\nSelectType=select/cons_tres\n"
                                  "SelectTypeParameters=CR_Core\nReturnToService=2\nMpiDefault=none\n"
                                  "JobCompType=jobcomp/none\nAccountingStorageType=accounting_storage/none\n"
                                  "NodeName=%1 NodeAddr=127.0.0.1 CPUs=%6 RealMemory=%7 State=UNKNOWN\n"
                                  "PartitionName=veil Nodes=%1 Default=YES MaxTime=INFINITE State=UP\n")
                       .arg(h)
                       .arg(port)
                       .arg(port + 1)
                       .arg(user, m_dir)
                       .arg(QThread::idealThreadCount())
                       .arg(memMb)
                       .toUtf8());
    }

    // Waits until the array `job` has left the queue.
    bool waitForJob(const QString &job, int seconds)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < seconds * 1000) {
            if (!slurm("squeue", {QStringLiteral("-h"), QStringLiteral("-j"), job}).contains(job))
                return true;
            QThread::msleep(500);
        }
        return false;
    }

    QString submit(const QString &out, const QString &array, const QString &logs,
                   const char *script = "veil-deid.sbatch")
    {
        QDir().mkpath(logs);
        const QString reply =
            slurm("sbatch", {QStringLiteral("--parsable"), QStringLiteral("--array=") + array,
                             QStringLiteral("--output=%1/%a.log").arg(logs),
                             QStringLiteral(VEIL_SOURCE_DIR "/tools/cluster/") + QLatin1String(script), m_in, out});
        return reply.trimmed().section(QLatin1Char(';'), 0, 0);
    }

    int cli(const QStringList &args, QString *output = nullptr)
    {
        int code = -1;
        const QString text = run(QStringLiteral(VEIL_CLI_PATH), args, m_env, &code);
        if (output)
            *output = text;
        if (code != 0)
            qWarning("veil-cli %s: %s", qPrintable(args.join(QLatin1Char(' '))), qPrintable(text.right(1500)));
        return code;
    }

    std::unique_ptr<Project> openProject(const QString &path)
    {
        return test::must(Project::open(path, kPass, Project::OpenMode::ReadOnly));
    }

private slots:
    void initTestCase()
    {
        for (const char *tool : {"munged", "slurmctld", "slurmd", "sbatch", "squeue", "scancel", "sinfo"})
            QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool),
                                                     {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")})
                          .isEmpty(),
                     qPrintable(QStringLiteral("%1 is not installed (tools/packages-test.txt has slurm-wlm and "
                                               "munge)")
                                    .arg(QLatin1String(tool))));
        m_dir = m_tmp.path();
        for (const char *d : {"state", "spool", "munge"})
            QDir().mkpath(m_dir + QLatin1Char('/') + QLatin1String(d));
        QFile key(m_dir + QStringLiteral("/munge/munge.key"));
        QVERIFY(key.open(QIODevice::WriteOnly));
        for (int i = 0; i < 32; ++i)
            key.write(QByteArray::number(QRandomGenerator::system()->generate64(), 16));
        key.close();
        QFile::setPermissions(key.fileName(), QFileDevice::ReadOwner);
        QFile::setPermissions(m_dir + QStringLiteral("/munge"),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        writeConfig();
        m_env.insert(QStringLiteral("SLURM_CONF"), m_dir + QStringLiteral("/slurm.conf"));
        int code = 0;
        const QString munge =
            slurm("munged",
                  {QStringLiteral("--key-file=") + key.fileName(),
                   QStringLiteral("--socket=") + m_dir + QStringLiteral("/munge.socket"),
                   QStringLiteral("--pid-file=") + m_dir + QStringLiteral("/munged.pid"),
                   QStringLiteral("--log-file=") + m_dir + QStringLiteral("/munged.log"),
                   QStringLiteral("--seed-file=") + m_dir + QStringLiteral("/munge.seed"), QStringLiteral("-f")},
                  &code);
        QVERIFY2(code == 0, qPrintable(QStringLiteral("munged did not start: ") + munge));
        m_pidFiles << m_dir + QStringLiteral("/munged.pid");
        const QString conf = m_dir + QStringLiteral("/slurm.conf");
        slurm("slurmctld", {QStringLiteral("-f"), conf});
        m_pidFiles << m_dir + QStringLiteral("/slurmctld.pid");
        slurm("slurmd", {QStringLiteral("-f"), conf});
        m_pidFiles << m_dir + QStringLiteral("/slurmd.pid");
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 30000 && !slurm("sinfo", {QStringLiteral("-h")}).contains(QLatin1String("idle")))
            QThread::msleep(300);
        QVERIFY2(slurm("sinfo", {QStringLiteral("-h")}).contains(QLatin1String("idle")),
                 qPrintable(QStringLiteral("Slurm did not start:\n") + tail(m_dir + QStringLiteral("/slurmctld.log")) +
                            tail(m_dir + QStringLiteral("/slurmd.log"))));
        // The archive: 24 studies of 3 patients, 9 images each (216), and the demo study (US with text, CT, SR).
        m_in = m_dir + QStringLiteral("/archive");
        for (int s = 0; s < 24; ++s)
            for (int n = 0; n < 9; ++n) {
                hostile::Image i;
                i.patientName = QByteArray("CLUSTER^PATIENT") + QByteArray::number(s % 3);
                i.patientId = QByteArray("CLUSTER-") + QByteArray::number(s % 3);
                i.studyUid = QByteArray("1.2.826.0.1.3680043.10.1079.9.") + QByteArray::number(s + 1);
                i.rows = i.columns = 128;
                i.pixels = QByteArray(128 * 128, char(10 + s));
                QVERIFY(hostile::write(QStringLiteral("%1/p%2/s%3/IM%4.dcm").arg(m_in).arg(s % 3).arg(s).arg(n),
                                       hostile::image(i)));
            }
        int made = 0;
        run(QStringLiteral(VEIL_CLI_PATH), {QStringLiteral("make-demo"), m_in + QStringLiteral("/demo")}, m_env, &made);
        QCOMPARE(made, 0);
        m_key = m_dir + QStringLiteral("/project.key");
        run(QStringLiteral(VEIL_CLI_PATH), {QStringLiteral("keygen"), m_key}, m_env);
        m_env.insert(QStringLiteral("VEIL_KEY_FILE"), m_key);
        m_env.insert(QStringLiteral("VEIL_CLI"), QStringLiteral(VEIL_CLI_PATH));
        m_env.insert(QStringLiteral("VEIL_SHARDS"), QStringLiteral("4"));
        const QString pass = m_dir + QStringLiteral("/passphrase");
        QVERIFY(hostile::write(pass, kPass.toUtf8() + '\n'));
        QFile::setPermissions(pass, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        m_env.insert(QStringLiteral("VEIL_PASSPHRASE_FILE"), pass);
        m_env.insert(QStringLiteral("VEIL_PASSPHRASE"), kPass);
    }

    void cleanupTestCase()
    {
        if (!m_dir.isEmpty())
            slurm("scancel", {QStringLiteral("-u"), userName()});
        for (auto it = m_pidFiles.crbegin(); it != m_pidFiles.crend(); ++it) {
            QFile f(*it);
            if (f.open(QIODevice::ReadOnly))
                ::kill(pid_t(f.readAll().trimmed().toInt()), SIGTERM);
        }
    }

    void arrayOfFourIsTheWholeRun()
    {
        const QString whole = m_dir + QStringLiteral("/whole"), sharded = m_dir + QStringLiteral("/sharded");
        int code = -1;
        run(QStringLiteral(VEIL_CLI_PATH),
            {QStringLiteral("deid"), m_in, QStringLiteral("--out"), whole, QStringLiteral("--key-file"), m_key}, m_env,
            &code);
        QCOMPARE(code, 0);
        const QString job = submit(sharded, QStringLiteral("0-3"), m_dir + QStringLiteral("/logs-a"));
        QVERIFY2(!job.isEmpty(), "sbatch refused the array");
        QVERIFY2(waitForJob(job, 600), "the array did not finish in 10 minutes");
        for (int i = 0; i < 4; ++i)
            QVERIFY2(tail(m_dir + QStringLiteral("/logs-a/%1.log").arg(i)).contains(QLatin1String("Summary:")),
                     qPrintable(tail(m_dir + QStringLiteral("/logs-a/%1.log").arg(i))));
        const QMap<QString, QByteArray> expected = test::treeHashes(whole);
        QCOMPARE(expected.size(), 240);
        QCOMPARE(test::treeHashes(sharded), expected);
    }

    // A task cancelled half-way and run again alone: the same result.
    void cancelledShardRunAgain()
    {
        const QString out = m_dir + QStringLiteral("/again"), logs = m_dir + QStringLiteral("/logs-b");
        const QString job = submit(out, QStringLiteral("0-3"), logs);
        QVERIFY(!job.isEmpty());
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 120000 && tail(logs + QStringLiteral("/1.log")).count(QLatin1String("\tok\t")) < 5)
            QThread::msleep(50);
        slurm("scancel", {job + QStringLiteral("_1")});
        QVERIFY(waitForJob(job, 600));
        const QString partial = tail(logs + QStringLiteral("/1.log"));
        const QString again = submit(out, QStringLiteral("1"), m_dir + QStringLiteral("/logs-c"));
        QVERIFY(waitForJob(again, 600));
        const QString second = tail(m_dir + QStringLiteral("/logs-c/1.log"));
        QVERIFY2(second.contains(QLatin1String("Summary:")), qPrintable(second));
        qInfo("shard 1 cancelled %s; run again: %s",
              partial.contains(QLatin1String("Summary:")) ? "too late (it had finished)" : "half-way",
              qPrintable(second.section(QLatin1String("Summary:"), 1).trimmed()));
        QCOMPARE(test::treeHashes(out), test::treeHashes(m_dir + QStringLiteral("/whole")));
    }

    // Part 2: a shard project per task (one task cancelled half-way and run
    // again), merged at the desk, is the project of one local run: the same
    // instances, pseudonyms, UIDs, findings and masks. Merged again, nothing changes.
    void shardProjectsMergeIntoTheLocalRun()
    {
        const QString local = m_dir + QStringLiteral("/local.veil"), shards = m_dir + QStringLiteral("/shards");
        const QString merged = m_dir + QStringLiteral("/merged.veil"), logs = m_dir + QStringLiteral("/logs-p");
        QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("create"), local, QStringLiteral("--key-file"), m_key}),
                 0);
        QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("add"), local, m_in, QStringLiteral("--auto")}), 0);
        const QString job = submit(shards, QStringLiteral("0-3"), logs, "veil-project.sbatch");
        QVERIFY(!job.isEmpty());
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 120000 && tail(logs + QStringLiteral("/2.log")).count(QLatin1String("auto instance")) < 5)
            QThread::msleep(50);
        slurm("scancel", {job + QStringLiteral("_2")});
        QVERIFY(waitForJob(job, 600));
        {
            QFile log(logs + QStringLiteral("/2.log"));
            QVERIFY(log.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(log.readAll());
            qInfo("project shard 2 cancelled after %lld of %lld automatic runs",
                  qlonglong(text.count(QLatin1String("auto instance"))),
                  qlonglong(text.count(QLatin1String("added instance"))));
        }
        const QString again =
            submit(shards, QStringLiteral("2"), m_dir + QStringLiteral("/logs-q"), "veil-project.sbatch");
        QVERIFY(waitForJob(again, 600));
        for (int i = 0; i < 4; ++i)
            QVERIFY2(QFileInfo::exists(shards + QStringLiteral("/shard-%1.veil").arg(i)),
                     qPrintable(tail(logs + QStringLiteral("/%1.log").arg(i))));
        QCOMPARE(
            cli({QStringLiteral("project"), QStringLiteral("create"), merged, QStringLiteral("--key-file"), m_key}), 0);
        QStringList mergeArgs{QStringLiteral("project"), QStringLiteral("merge"), merged};
        for (int i = 0; i < 4; ++i)
            mergeArgs << shards + QStringLiteral("/shard-%1.veil").arg(i);
        QString said;
        QCOMPARE(cli(mergeArgs, &said), 0);
        qInfo("%s", qPrintable(said.trimmed()));
        const QStringList expected = test::projectDump(*openProject(local));
        QCOMPARE(expected.size(), 240);
        QCOMPARE(test::projectDump(*openProject(merged)), expected);
        QCOMPARE(cli(mergeArgs, &said), 0);
        QVERIFY2(said.contains(QLatin1String(": 0 instance(s) added, 240 unchanged, 0 conflict(s)")), qPrintable(said));
        QCOMPARE(test::projectDump(*openProject(merged)), expected);
    }
};

QTEST_GUILESS_MAIN(TestCluster)
#include "tst_cluster.moc"
