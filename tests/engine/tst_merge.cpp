// Shard projects merged into one (issue 17, part 2): the merge equals one
// local run, adds nothing the second time, flags an image decided two ways,
// carries opt-outs across data keys, refuses shards of another secret or
// profile, and leaves the target as it was when it stops half-way.
#include "ProjectDump.h"
#include "TestResult.h"
#include "e2e/HostileFiles.h"
#include "engine/dicom/demo/DemoStudy.h"
#include "engine/jobs/JobContext.h"
#include "engine/project/Project.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

#include <algorithm>

using namespace veil;

namespace {

const QString kPass = QStringLiteral("merge test passphrase");

int auditRows(const Project &p, const QString &action = {})
{
    const QList<AuditEntry> all = p.audit();
    return int(std::count_if(all.cbegin(), all.cend(),
                             [&](const AuditEntry &e) { return action.isEmpty() || e.action == action; }));
}

} // namespace

class TestMerge : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_in;
    DeidKey m_key;

    std::unique_ptr<Project> make(const QString &name, const Shard &shard = {}, const DeidKey &key = {})
    {
        auto p = test::must(Project::create(m_tmp.filePath(name), kPass, key.isValid() ? key : m_key));
        const AddReport added = p->addInputs({m_in}, JobContext::none(), {}, shard);
        for (qint64 id : added.added)
            test::must(p->runAutomatic(id, JobContext::none()));
        return p;
    }

    // A shard as a merge reads it: closed by its writer, opened read-only.
    static std::unique_ptr<Project> reader(std::unique_ptr<Project> &writer)
    {
        const QString path = writer->path();
        writer.reset();
        return test::must(Project::open(path, kPass, Project::OpenMode::ReadOnly));
    }

private slots:
    void initTestCase()
    {
        // The demo study (ultrasound with burned-in text, CT, SR...) and 8 more studies of 3 patients.
        m_key = DeidKey::generate();
        m_in = m_tmp.filePath(QStringLiteral("in"));
        VEIL_VERIFY_OK(writeDemoStudy(m_in + QStringLiteral("/demo")));
        for (int s = 0; s < 8; ++s)
            for (int n = 0; n < 2; ++n) {
                hostile::Image i;
                i.patientName = QByteArray("MERGE^PATIENT") + QByteArray::number(s % 3);
                i.patientId = QByteArray("MERGE-") + QByteArray::number(s % 3);
                i.studyUid = QByteArray("1.2.826.0.1.3680043.10.1079.8.") + QByteArray::number(s + 1);
                i.pixels = QByteArray(64 * 64, char(30 + s + n));
                QVERIFY(hostile::write(QStringLiteral("%1/s%2/IM%3.dcm").arg(m_in).arg(s).arg(n), hostile::image(i)));
            }
    }

    // Two shards merged give the project of one local run; merged again, nothing changes.
    void mergedShardsAreTheLocalRun()
    {
        auto local = make(QStringLiteral("local.veil"));
        auto a = make(QStringLiteral("a.veil"), {0, 2}), b = make(QStringLiteral("b.veil"), {1, 2});
        QVERIFY(!a->instances().isEmpty() && !b->instances().isEmpty());
        QCOMPARE(a->instances().size() + b->instances().size(), local->instances().size());
        const QStringList whole = test::projectDump(*local);
        const qint64 masks = std::count_if(whole.cbegin(), whole.cend(),
                                           [](const QString &s) { return s.contains(QLatin1String("\nM ")); });
        QVERIFY(masks > 0); // the demo's burned-in text
        auto target = test::must(Project::create(m_tmp.filePath(QStringLiteral("t.veil")), kPass, m_key));
        auto ra = reader(a), rb = reader(b);
        const MergeReport report = test::must(target->merge({ra.get(), rb.get()}, JobContext::none()));
        QCOMPARE(report.added, local->instances().size());
        QCOMPARE(report.conflicts, 0);
        QCOMPARE(test::projectDump(*target), test::projectDump(*local));
        // Each shard's audit rows came along, naming their origin.
        QCOMPARE(auditRows(*target, QStringLiteral("instance.add")), local->instances().size());
        for (const AuditEntry &e : target->audit())
            if (e.action == QLatin1String("instance.add"))
                QVERIFY(e.origin == ra->projectId() || e.origin == rb->projectId());

        const int rows = auditRows(*target);
        const MergeReport again = test::must(target->merge({ra.get(), rb.get()}, JobContext::none()));
        QCOMPARE(again.added, 0);
        QCOMPARE(again.unchanged, local->instances().size());
        QCOMPARE(again.auditRows, 0);
        QCOMPARE(test::projectDump(*target), test::projectDump(*local));
        QCOMPARE(auditRows(*target), rows + 2); // one "project.merge" per shard
    }

    // The same image approved in one project and rejected in another: flagged,
    // with the masks of both and both decisions in the audit.
    void anImageDecidedTwoWaysIsFlagged()
    {
        auto a = make(QStringLiteral("ca.veil")), b = make(QStringLiteral("cb.veil"));
        const qint64 ida = a->instances().value(0).id;
        QString hash = a->instances().value(0).contentHash;
        qint64 idb = 0;
        for (const ProjectInstance &i : b->instances())
            idb = i.contentHash == hash ? i.id : idb;
        QVERIFY(a->setStatus(ida, ReviewStatus::Approved, QStringLiteral("fine")));
        QVERIFY(b->setStatus(idb, ReviewStatus::Rejected, QStringLiteral("a name in the corner")));
        ProjectMask extra;
        extra.instanceId = idb;
        extra.box = QRect(3, 4, 20, 8);
        QVERIFY(b->addMask(extra) > 0);
        auto target = test::must(Project::create(m_tmp.filePath(QStringLiteral("ct.veil")), kPass, m_key));
        auto ra = reader(a), rb = reader(b);
        const MergeReport report = test::must(target->merge({ra.get(), rb.get()}, JobContext::none()));
        QCOMPARE(report.conflicts, 1);
        QCOMPARE(report.unchanged, ra->instances().size() - 1);
        ProjectInstance merged;
        for (const ProjectInstance &i : target->instances())
            merged = i.contentHash == hash ? i : merged;
        QCOMPARE(merged.status, ReviewStatus::Flagged);
        QCOMPARE(target->masks(merged.id).size(), ra->masks(ida).size() + 1);
        QString both;
        for (const AuditEntry &e : target->audit())
            both = e.action == QLatin1String("merge.conflict") ? e.details : both;
        QVERIFY2(both.contains(QLatin1String("approved")) && both.contains(QLatin1String("rejected")),
                 qPrintable(both));
        // Merged again: the flag is not raised twice.
        QCOMPARE(test::must(target->merge({ra.get(), rb.get()}, JobContext::none())).conflicts, 0);
    }

    // Opt-outs are keyed hashes under each project's own data key: they arrive working.
    void optOutsCrossDataKeys()
    {
        auto a = make(QStringLiteral("oa.veil"));
        QVERIFY(a->addOptOut(QStringLiteral("MERGE-1")));
        QVERIFY(a->addOptOut(QStringLiteral("NOT-IN-THIS-ARCHIVE")));
        auto target = test::must(Project::create(m_tmp.filePath(QStringLiteral("ot.veil")), kPass, m_key));
        auto ra = reader(a);
        QCOMPARE(test::must(target->merge({ra.get()}, JobContext::none())).optOuts, 2);
        QCOMPARE(target->optOutCount(), 2);
        int blocked = 0;
        for (const ProjectInstance &i : target->instances())
            blocked += i.optedOut ? 1 : 0;
        int expected = 0;
        for (const ProjectInstance &i : ra->instances())
            expected += i.optedOut ? 1 : 0;
        QVERIFY(expected > 0);
        QCOMPARE(blocked, expected);
        QCOMPARE(target->lookup(QStringLiteral("NOT-IN-THIS-ARCHIVE")).instances.size(), 0);
        QVERIFY(target->removeOptOut(QStringLiteral("NOT-IN-THIS-ARCHIVE"))); // the same key here
        QCOMPARE(target->optOutCount(), 1);
    }

    // Another secret, another profile, the target itself: refused, nothing changed.
    void foreignShardsAreRefused()
    {
        auto target = test::must(Project::create(m_tmp.filePath(QStringLiteral("rt.veil")), kPass, m_key));
        auto other = make(QStringLiteral("other-secret.veil"), {}, DeidKey::generate());
        auto ro = reader(other);
        auto refused = target->merge({ro.get()}, JobContext::none());
        QVERIFY(!refused);
        QVERIFY2(refused.message().contains(QLatin1String("another pseudonymisation secret")),
                 qPrintable(refused.message()));

        auto profiled = test::must(Project::create(m_tmp.filePath(QStringLiteral("other-profile.veil")), kPass, m_key));
        QStringList errors;
        QVERIFY2(profiled->setProfile(R"({"options": ["retain-uids"]})", &errors), qPrintable(errors.join(';')));
        auto rp = reader(profiled);
        refused = target->merge({rp.get()}, JobContext::none());
        QVERIFY(!refused);
        QVERIFY2(refused.message().contains(QLatin1String("another de-identification profile")),
                 qPrintable(refused.message()));
        QCOMPARE(target->instances().size(), 0);
    }

    // Stopped half-way (cancelled here; a killed process is the same
    // uncommitted transaction): the target is as it was.
    void aMergeStoppedHalfWayLeavesNothing()
    {
        auto a = make(QStringLiteral("ka.veil"), {0, 2}), b = make(QStringLiteral("kb.veil"), {1, 2});
        auto target = test::must(Project::create(m_tmp.filePath(QStringLiteral("kt.veil")), kPass, m_key));
        auto ra = reader(a), rb = reader(b);
        QVERIFY(test::must(target->merge({ra.get()}, JobContext::none())).added > 0);
        const QStringList before = test::projectDump(*target);
        const int rows = auditRows(*target);
        JobContext job([&job](qint64 done, qint64, const QString &) {
            if (done >= 2)
                job.cancel();
        });
        const auto stopped = target->merge({rb.get(), ra.get()}, job);
        QCOMPARE(stopped.code(), ErrorCode::Cancelled);
        QCOMPARE(test::projectDump(*target), before);
        QCOMPARE(auditRows(*target), rows);
    }

    // veil-cli project merge killed (SIGKILL) at moments from its start to
    // its end: the target holds all of the merge or none of it, never a part.
    void aKilledMergeLeavesAllOrNothing()
    {
        auto a = make(QStringLiteral("xa.veil"), {0, 2}), b = make(QStringLiteral("xb.veil"), {1, 2});
        const QString pa = a->path(), pb = b->path();
        a.reset();
        b.reset();
        const QString pristine = m_tmp.filePath(QStringLiteral("x-empty.veil"));
        test::must(Project::create(pristine, kPass, m_key));
        QFile empty(pristine);
        QVERIFY(empty.open(QIODevice::ReadOnly));
        const QByteArray emptyBytes = empty.readAll();
        const QStringList none = test::projectDump(*test::must(Project::open(pristine, kPass)));
        QStringList all;
        {
            auto t = test::must(Project::open(pristine, kPass));
            auto ra = test::must(Project::open(pa, kPass, Project::OpenMode::ReadOnly));
            auto rb = test::must(Project::open(pb, kPass, Project::OpenMode::ReadOnly));
            test::must(t->merge({ra.get(), rb.get()}, JobContext::none()));
            all = test::projectDump(*t);
        }
        QVERIFY(all.size() > none.size());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VEIL_PASSPHRASE"), kPass);
        int killedBefore = 0, killedAfter = 0;
        for (int delay = 5; delay < 3000 && killedAfter == 0; delay = delay * 3 / 2 + 5) {
            const QString target = m_tmp.filePath(QStringLiteral("x-target.veil"));
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(target + suffix);
            QVERIFY(hostile::write(target, emptyBytes));
            QProcess merge;
            merge.setProcessEnvironment(env);
            merge.start(QStringLiteral(VEIL_CLI_PATH),
                        {QStringLiteral("project"), QStringLiteral("merge"), target, pa, pb});
            QVERIFY(merge.waitForStarted());
            QThread::msleep(delay);
            const bool finished = merge.state() == QProcess::NotRunning;
            ::kill(pid_t(merge.processId()), SIGKILL);
            merge.waitForFinished();
            const QStringList now = test::projectDump(*test::must(Project::open(target, kPass)));
            QVERIFY2(now == none || now == all, qPrintable(QStringLiteral("killed after %1 ms: a part").arg(delay)));
            (now == all ? killedAfter : killedBefore) += finished ? 0 : 1;
            if (finished)
                break;
        }
        qInfo("merge killed %d time(s) before it committed (nothing there) and %d after (all there)", killedBefore,
              killedAfter);
        QVERIFY(killedBefore > 0);
    }
};

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
