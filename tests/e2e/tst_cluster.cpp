// Shards on a real Slurm (issue 17): a one-node cluster of its own (munged,
// slurmctld, slurmd on loopback, their own configuration, state and socket
// in a temporary folder; no system service), the array script of
// tools/cluster over a generated archive in 4 shards; the shards' outputs
// together are one whole run's, byte for byte, also when a shard is
// cancelled half-way and run again. When Slurm cannot start, the test says
// why and fails.
#include "GeneratedArchive.h"
#include "LocalSlurm.h"
#include "ProjectDump.h"
#include "TestData.h"
#include "TestResult.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace veil;

namespace {

const QString kPass = QStringLiteral("cluster test passphrase");

using test::tailOf;

} // namespace

class TestCluster : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp{QStringLiteral("/tmp/veil-slurm-XXXXXX")};
    QString m_dir, m_in, m_key;
    std::unique_ptr<test::LocalSlurm> m_slurm;
    QProcessEnvironment m_env;

    QString slurm(const char *tool, const QStringList &args) { return m_slurm->tool(tool, args); }
    bool waitForJob(const QString &job, int seconds) { return m_slurm->waitForJob(job, seconds); }

    QString submit(const QString &out, const QString &array, const QString &logs,
                   const char *script = "veil-deid.sbatch")
    {
        return m_slurm->submit(QStringLiteral(VEIL_SOURCE_DIR "/tools/cluster/") + QLatin1String(script), {m_in, out},
                               array, logs);
    }

    QString run(const QString &program, const QStringList &args, const QProcessEnvironment &env, int *code = nullptr)
    {
        return test::runProgram(program, args, env, code);
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
        m_dir = m_tmp.path();
        m_slurm = std::make_unique<test::LocalSlurm>(m_dir);
        const QString why = m_slurm->start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        // The archive: 24 studies of 3 patients, 9 images each (216), and the demo study (US with text, CT, SR).
        m_in = m_dir + QStringLiteral("/archive");
        QVERIFY(test::writeGeneratedArchive(m_in, 24, 9));
        int made = 0;
        m_env = m_slurm->environment();
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
        m_slurm->environment() = m_env; // what the jobs are submitted with
    }

    void cleanupTestCase() { m_slurm.reset(); }

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
            QVERIFY2(tailOf(m_dir + QStringLiteral("/logs-a/%1.log").arg(i)).contains(QLatin1String("Summary:")),
                     qPrintable(tailOf(m_dir + QStringLiteral("/logs-a/%1.log").arg(i))));
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
        while (t.elapsed() < 120000 && tailOf(logs + QStringLiteral("/1.log")).count(QLatin1String("\tok\t")) < 5)
            QThread::msleep(50);
        slurm("scancel", {job + QStringLiteral("_1")});
        QVERIFY(waitForJob(job, 600));
        const QString partial = tailOf(logs + QStringLiteral("/1.log"));
        const QString again = submit(out, QStringLiteral("1"), m_dir + QStringLiteral("/logs-c"));
        QVERIFY(waitForJob(again, 600));
        const QString second = tailOf(m_dir + QStringLiteral("/logs-c/1.log"));
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
        while (t.elapsed() < 120000 &&
               tailOf(logs + QStringLiteral("/2.log")).count(QLatin1String("auto instance")) < 5)
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
                     qPrintable(tailOf(logs + QStringLiteral("/%1.log").arg(i))));
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
