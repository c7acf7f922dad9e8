// Crash safety of the project file: a CLI run that adds and auto-processes
// the demo study and records decisions is killed with SIGKILL at random
// moments; every decision it reported as committed must be there after.
#include "TestResult.h"
#include "engine/project/Project.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <QFile>

#include <algorithm>
#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace veil;

namespace {

const QString kPass = QStringLiteral("crash test passphrase");

struct Run
{
    QStringList lines; // what the CLI reported as committed
    bool killed = false;
    double ms = 0;
};

// add --auto, then approve everything auto-cleaned: one shell, one process group.
Run runScript(const QString &project, const QString &demo, int killAfterMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VEIL_PASSPHRASE"), kPass);
    p.setProcessEnvironment(env);
    p.setChildProcessModifier([] { ::setpgid(0, 0); });
    const QString cli = QStringLiteral(VEIL_CLI_PATH);
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"),
                                        QStringLiteral("\"$0\" project add \"$1\" \"$2\" --auto "
                                                       "&& \"$0\" review \"$1\" --approve-all"),
                                        cli, project, demo});
    QElapsedTimer t;
    t.start();
    p.waitForStarted();
    Run run;
    if (!p.waitForFinished(killAfterMs < 0 ? 120000 : killAfterMs)) {
        const pid_t group = pid_t(p.processId());
        ::kill(-group, SIGKILL);
        p.waitForFinished();
        // The CLI under the shell dies asynchronously: wait until the kernel has
        // released its lock on the project (as it does for any process that ends).
        const int fd = ::open(QFile::encodeName(project + QStringLiteral(".lock")).constData(), O_RDWR | O_CLOEXEC);
        for (int i = 0; fd >= 0 && i < 500 && ::flock(fd, LOCK_EX | LOCK_NB) != 0; ++i)
            QThread::msleep(10);
        if (fd >= 0)
            ::close(fd);
        run.killed = true;
    }
    run.ms = t.nsecsElapsed() / 1e6;
    run.lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return run;
}

int countAudit(Project &p, const char *action)
{
    int n = 0;
    for (const AuditEntry &e : p.audit())
        n += e.action == QLatin1String(action) ? 1 : 0;
    return n;
}

// Every reported decision is in the file; each committed change has exactly its audit row.
void verify(const QString &path, const Run &run)
{
    QString error;
    auto p = test::orError(Project::open(path, kPass), &error);
    QVERIFY2(p, qPrintable(error));
    VEIL_VERIFY_OK(p->checkIntegrity());
    for (const QString &line : run.lines) {
        const QStringList w = line.split(QLatin1Char(' '));
        if (w.size() < 3 || w[1] != QLatin1String("instance"))
            continue;
        ProjectInstance i;
        QVERIFY2(p->instance(w[2].toLongLong(), &i), qPrintable(line));
        if (w[0] == QLatin1String("auto"))
            QVERIFY2(i.autoDone, qPrintable(line));
        if (w[0] == QLatin1String("approved"))
            QVERIFY2(i.status == ReviewStatus::Approved, qPrintable(line));
    }
    int autoDone = 0, approved = 0;
    const QList<ProjectInstance> all = p->instances();
    for (const ProjectInstance &i : all) {
        autoDone += i.autoDone ? 1 : 0;
        approved += i.status == ReviewStatus::Approved ? 1 : 0;
    }
    QCOMPARE(countAudit(*p, "instance.add"), all.size());
    QCOMPARE(countAudit(*p, "auto.run"), autoDone);
    QCOMPARE(countAudit(*p, "status.set"), approved);
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedRunsKeepEveryCommittedDecision()
    {
        QTemporaryDir tmp;
        const QString demo = tmp.filePath(QStringLiteral("demo"));
        QCOMPARE(QProcess::execute(QStringLiteral(VEIL_CLI_PATH), {QStringLiteral("make-demo"), demo}), 0);
        QString error;
        auto fresh = [&](int n) {
            const QString path = tmp.filePath(QStringLiteral("p%1.veil").arg(n));
            return test::orError(Project::create(path, kPass), &error) ? path : QString();
        };
        const QString whole = fresh(0);
        const Run complete = runScript(whole, demo, -1);
        QVERIFY(!complete.killed);
        // Every auto-cleaned image approved (how many the automatic run leaves
        // for a person depends on what OCR reads; verify() checks the counts).
        QVERIFY2(complete.lines.indexOf(QRegularExpression(QStringLiteral("^2[0-4] approved(; .*)?$"))) >= 0,
                 qPrintable(complete.lines.join('\n')));
        verify(whole, complete);
        // Kills are drawn within the duration of a whole run, which shrinks to
        // any run that ends before its kill (the first run of a fresh binary is
        // the slowest): up to 30 runs until 20 were killed before the end.
        double fullMs = complete.ms;
        const quint32 seed = QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        int killed = 0, reported = 0, n = 0;
        while (killed < 20 && n < 30) {
            const QString path = fresh(++n);
            QVERIFY2(!path.isEmpty(), qPrintable(error));
            const int at = random.bounded(int(fullMs)) + 1;
            const Run run = runScript(path, demo, at);
            killed += run.killed ? 1 : 0;
            fullMs = run.killed ? fullMs : std::min(fullMs, run.ms);
            reported += int(run.lines.size());
            verify(path, run);
            if (QTest::currentTestFailed()) {
                qWarning("seed %u, run %d killed after %d ms", seed, n, at);
                return;
            }
        }
        qInfo("whole run %.0f ms; %d runs, each to be killed at a random moment (seed %u): %d killed before the end, "
              "%d committed decisions reported and found",
              fullMs, n, seed, killed, reported);
        QVERIFY(killed >= 15);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
