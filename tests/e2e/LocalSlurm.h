#pragma once

// A one-node Slurm of a test's (or a bench's) own: munged, slurmctld and
// slurmd as the current user, on loopback, with their configuration, state,
// sockets and logs in a folder of the caller's. No system service is used
// or enabled; stop() (or the destructor) ends the daemons.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <pwd.h>
#include <unistd.h>

namespace veil::test {

inline QString runProgram(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                          int *code = nullptr)
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

// Who runs it (the daemons run as this user too).
inline QString userName()
{
    const passwd *pw = getpwuid(geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QStringLiteral("root");
}

inline QString tailOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().right(1500)) : QStringLiteral("(no log)");
}

class LocalSlurm
{
public:
    explicit LocalSlurm(const QString &dir) : m_dir(dir) {}
    ~LocalSlurm() { stop(); }
    LocalSlurm(const LocalSlurm &) = delete;
    LocalSlurm &operator=(const LocalSlurm &) = delete;

    // Empty when the node is up and idle; otherwise why not.
    QString start()
    {
        for (const char *tool : {"munged", "slurmctld", "slurmd", "sbatch", "squeue", "scancel", "sinfo"})
            if (path(tool).isEmpty())
                return QStringLiteral("%1 is not installed (tools/packages-test.txt has slurm-wlm and munge)")
                    .arg(QLatin1String(tool));
        for (const char *d : {"state", "spool", "munge"})
            QDir().mkpath(m_dir + QLatin1Char('/') + QLatin1String(d));
        const QString key = m_dir + QStringLiteral("/munge/munge.key");
        QFile k(key);
        if (!k.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write the munge key");
        for (int i = 0; i < 32; ++i)
            k.write(QByteArray::number(QRandomGenerator::system()->generate64(), 16));
        k.close();
        QFile::setPermissions(key, QFileDevice::ReadOwner);
        QFile::setPermissions(m_dir + QStringLiteral("/munge"),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        if (!writeConfig())
            return QStringLiteral("cannot write slurm.conf");
        m_env.insert(QStringLiteral("SLURM_CONF"), m_dir + QStringLiteral("/slurm.conf"));
        int code = 0;
        const QString munge = tool(
            "munged",
            {QStringLiteral("--key-file=") + key, QStringLiteral("--socket=") + m_dir + QStringLiteral("/munge.socket"),
             QStringLiteral("--pid-file=") + m_dir + QStringLiteral("/munged.pid"),
             QStringLiteral("--log-file=") + m_dir + QStringLiteral("/munged.log"),
             QStringLiteral("--seed-file=") + m_dir + QStringLiteral("/munge.seed"), QStringLiteral("-f")},
            &code);
        if (code != 0)
            return QStringLiteral("munged did not start: ") + munge;
        m_pidFiles << m_dir + QStringLiteral("/munged.pid");
        const QString conf = m_dir + QStringLiteral("/slurm.conf");
        tool("slurmctld", {QStringLiteral("-f"), conf});
        m_pidFiles << m_dir + QStringLiteral("/slurmctld.pid");
        tool("slurmd", {QStringLiteral("-f"), conf});
        m_pidFiles << m_dir + QStringLiteral("/slurmd.pid");
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 30000 && !tool("sinfo", {QStringLiteral("-h")}).contains(QLatin1String("idle")))
            QThread::msleep(300);
        if (!tool("sinfo", {QStringLiteral("-h")}).contains(QLatin1String("idle")))
            return QStringLiteral("Slurm did not start:\n") + tailOf(m_dir + QStringLiteral("/slurmctld.log")) +
                   tailOf(m_dir + QStringLiteral("/slurmd.log"));
        return {};
    }

    void stop()
    {
        if (m_pidFiles.isEmpty())
            return;
        tool("scancel", {QStringLiteral("-u"), userName()});
        QList<pid_t> pids;
        for (auto it = m_pidFiles.crbegin(); it != m_pidFiles.crend(); ++it) {
            QFile f(*it);
            if (f.open(QIODevice::ReadOnly))
                pids << pid_t(f.readAll().trimmed().toInt());
        }
        for (pid_t pid : pids)
            if (pid > 0)
                ::kill(pid, SIGTERM);
        // Gone before the caller removes their folder (they write state as they stop).
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 15000 &&
               std::any_of(pids.cbegin(), pids.cend(), [](pid_t pid) { return pid > 0 && ::kill(pid, 0) == 0; }))
            QThread::msleep(100);
        m_pidFiles.clear();
    }

    // The environment jobs are submitted with (SLURM_CONF set; add what the script needs).
    QProcessEnvironment &environment() { return m_env; }

    QString tool(const char *name, const QStringList &args, int *code = nullptr) const
    {
        return runProgram(path(name), args, m_env, code);
    }

    // An array job of `script` with `args`; its ID, empty when refused.
    QString submit(const QString &script, const QStringList &args, const QString &array, const QString &logs) const
    {
        QDir().mkpath(logs);
        const QString reply =
            tool("sbatch", QStringList{QStringLiteral("--parsable"), QStringLiteral("--array=") + array,
                                       QStringLiteral("--output=%1/%a.log").arg(logs), script} +
                               args);
        return reply.trimmed().section(QLatin1Char(';'), 0, 0);
    }

    // Waits until `job` has left the queue.
    bool waitForJob(const QString &job, int seconds) const
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < seconds * 1000) {
            if (!tool("squeue", {QStringLiteral("-h"), QStringLiteral("-j"), job}).contains(job))
                return true;
            QThread::msleep(500);
        }
        return false;
    }

private:
    static QString path(const char *tool)
    {
        return QStandardPaths::findExecutable(QLatin1String(tool),
                                              {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    }

    bool writeConfig() const
    {
        const int port = 20000 + int(QRandomGenerator::global()->bounded(20000));
        const long memMb = sysconf(_SC_PHYS_PAGES) / 1024 * sysconf(_SC_PAGESIZE) / 1024 - 1024;
        char host[256] = {};
        gethostname(host, sizeof host - 1);
        const QString h = QString::fromLatin1(host).section(QLatin1Char('.'), 0, 0);
        QFile conf(m_dir + QStringLiteral("/slurm.conf"));
        if (!conf.open(QIODevice::WriteOnly))
            return false;
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
                       .arg(userName(), m_dir)
                       .arg(QThread::idealThreadCount())
                       .arg(memMb)
                       .toUtf8());
        return true;
    }

    QString m_dir;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QStringList m_pidFiles;
};

} // namespace veil::test
